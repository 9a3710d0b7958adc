/// One turn of an interaction: who spoke and what they said, as transcribed or typed.
///
/// The text may be punctuated and cased (typed chat, e-mail, a careful transcript) or a
/// speech-recognition transcript in lower case without punctuation; it may be NFC or NFD.
public struct Utterance: Sendable, Hashable {
    /// Who said it.
    public var speaker: Speaker
    /// What was said.
    public var text: String

    /// Creates an utterance.
    public init(speaker: Speaker, text: String) {
        self.speaker = speaker
        self.text = text
    }
}
