import Foundation
import PromiseReading

/// A commitment heard in an agent's utterance: the words, and the due they give (read in the
/// location's calendar at the time they were said), if they give one.
public struct CommitmentHeard: Sendable, Equatable {
    /// The agent's words (the whole utterance).
    public let text: String
    /// The deadline words, when the commitment has some.
    public let dueWords: String?
    /// The due instant, when the words give one.
    public let due: Date?

    /// Reads `text`, said at `saidAt` at `location`; `nil` when it commits to nothing.
    public static func read(_ text: String, saidAt: Date, location: PromiseDueReader.Location?,
                            detector: CommitmentDetector = CommitmentDetector(), reader: DueTimeReader = DueTimeReader()) -> CommitmentHeard? {
        guard let commitment = detector.read(text) else { return nil }
        guard let words = commitment.dueWords else { return CommitmentHeard(text: text, dueWords: nil, due: nil) }
        var due: Date?
        if let location, !words.isVague {
            due = reader.read(words, saidAt: saidAt, calendar: location.calendar, dateOrder: location.dateOrder).date
        }
        return CommitmentHeard(text: text, dueWords: words.text, due: due)
    }
}
