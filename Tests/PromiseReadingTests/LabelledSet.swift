import Foundation
import RapportCalendar
import RapportConfig

/// The labelled set on disk: its location calendars and its two parts.
struct LabelledSet {
    /// `plugins/promise-tracker/labelled/` of this checkout.
    static let directory: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("plugins/promise-tracker/labelled")

    /// The locations of `calendars.yaml`, read with the product's configuration reader.
    static func locations() throws -> [String: LocationConfiguration] {
        let url = directory.appendingPathComponent("calendars.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let reading = RapportConfigFile.read(text, source: url.path, dataDirectory: "/tmp")
        return try reading.get().locations
    }

    /// The items of one part (`tuning` or `holdout`).
    static func items(_ part: String) throws -> [LabelledItem] {
        let url = directory.appendingPathComponent("\(part).jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map {
            try decoder.decode(LabelledItem.self, from: Data($0.utf8))
        }
    }
}
