import PromiseReading
import Testing

/// One row of a detector table: an utterance and the verdict expected.
struct CommitmentCase: Sendable, CustomTestStringConvertible {
    let text: String
    /// The deadline words expected when it is a commitment (`nil`: none).
    let dueWords: String?
    /// The reason expected when it is not a commitment.
    let reason: NonCommitmentReason?

    /// A commitment, with its deadline words.
    static func commits(_ text: String, due: String? = nil) -> CommitmentCase {
        CommitmentCase(text: text, dueWords: due, reason: nil)
    }

    /// Not a commitment, for `reason`.
    static func not(_ text: String, _ reason: NonCommitmentReason) -> CommitmentCase {
        CommitmentCase(text: text, dueWords: nil, reason: reason)
    }

    var testDescription: String { text }

    /// Reads the text and checks the verdict.
    func check() {
        let verdict = CommitmentDetector().verdict(text)
        if let reason {
            #expect(verdict == .notCommitment(reason), "\(text) -> \(verdict)")
            return
        }
        guard let reading = verdict.commitment else {
            Issue.record("\(text) is not read as a commitment: \(verdict)")
            return
        }
        #expect(reading.dueWords?.text == dueWords, "\(text): due words \(reading.dueWords?.text ?? "none")")
        if let words = reading.dueWords { #expect(String(text[words.range]) == words.text) }
    }
}
