import Foundation
import ThemeTagging

/// One comment of the feedback aggregator's labelled set (`plugins/feedback-aggregator/labelled/`).
struct LabelledComment: Decodable, Sendable {
    let id: String
    let source: String
    let comment: String
    let themes: [String: String]
    let cases: [String]
    let note: String

    /// The gold tags as typed values.
    var gold: [Theme: Polarity] {
        var result: [Theme: Polarity] = [:]
        for (theme, polarity) in themes { result[Theme(theme)] = Polarity(rawValue: polarity) }
        return result
    }
}

/// Reads a part of the labelled set.
enum LabelledSet {
    /// The labelled set's folder, found from this file's path.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("plugins/feedback-aggregator/labelled")

    /// The comments of `file` (`tuning.jsonl`, `probe.jsonl` or `holdout.jsonl`).
    static func comments(_ file: String) throws -> [LabelledComment] {
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").map { line in
            try decoder.decode(LabelledComment.self, from: Data(line.utf8))
        }
    }
}
