import Foundation

/// One line of the promise tracker's labelled set (`plugins/promise-tracker/labelled/*.jsonl`).
struct LabelledItem: Decodable {
    let id: String
    let location: String
    let saidAt: String
    let text: String
    let commitment: Bool
    let kind: String
    let duePhrase: String?
    let due: String?
    let dueUnreadable: Bool
    let asr: Bool

    enum CodingKeys: String, CodingKey {
        case id, location, text, commitment, kind, due, asr
        case saidAt = "said_at"
        case duePhrase = "due_phrase"
        case dueUnreadable = "due_unreadable"
    }

    /// The utterance instant.
    var saidAtDate: Date { RFC3339Text.date(saidAt)! }
}
