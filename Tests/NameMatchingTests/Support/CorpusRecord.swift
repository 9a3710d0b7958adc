import Foundation
import NameMatching

/// One line of the labelled corpus (`plugins/name-usage/labelled/*.jsonl`).
struct CorpusRecord: Decodable, Sendable {
    struct Person: Decodable, Sendable {
        let name: String
        let preferred: String?
        let title: String?
    }

    struct Agent: Decodable, Sendable {
        let name: String
    }

    struct Line: Decodable, Sendable {
        let speaker: String
        let text: String
    }

    let id: String
    let customer: Person
    let agent: Agent
    let utterances: [Line]
    let used: Bool
    let forms: [String]
    let cases: [String]

    var customerName: CustomerName {
        CustomerName(fullName: customer.name, preferred: customer.preferred, title: customer.title)
    }

    var interaction: [Utterance] {
        utterances.map { Utterance(speaker: Speaker(rawValue: $0.speaker) ?? .other, text: $0.text) }
    }

    /// The records of one corpus file.
    static func load(_ file: String) throws -> [CorpusRecord] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("plugins/name-usage/labelled/\(file)")
        let text = try String(contentsOf: url, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").map { try decoder.decode(CorpusRecord.self, from: Data($0.utf8)) }
    }
}
