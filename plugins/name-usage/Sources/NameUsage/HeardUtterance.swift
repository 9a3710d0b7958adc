import Foundation
import NameMatching

/// One `rapport.interaction.utterance` as the accumulator keeps it: who spoke, what they
/// said, and where it falls in the interaction.
public struct HeardUtterance: Sendable, Hashable {
    /// Who spoke.
    public var speaker: Speaker
    /// What was said.
    public var text: String
    /// Milliseconds from the start of the interaction (`offset_ms`), when the desk sent it.
    public var offsetMilliseconds: Int?
    /// When it was said at the desk (the event's `time`).
    public var time: Date

    /// Bundles the values.
    public init(speaker: Speaker, text: String, offsetMilliseconds: Int?, time: Date) {
        self.speaker = speaker
        self.text = text
        self.offsetMilliseconds = offsetMilliseconds
        self.time = time
    }
}
