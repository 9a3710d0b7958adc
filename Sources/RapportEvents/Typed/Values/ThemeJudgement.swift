/// What a comment says about a theme (values of `themes` in `rapport.feedback.tagged`).
public enum ThemeJudgement: String, Sendable, Hashable, CaseIterable, DataValue {
    /// `positive`: the comment praises it.
    case positive = "positive"
    /// `negative`: the comment criticises it.
    case negative = "negative"
}
