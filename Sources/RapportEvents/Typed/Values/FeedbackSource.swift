/// Where feedback came from (`source` of `rapport.feedback.received`).
public enum FeedbackSource: String, Sendable, Hashable, CaseIterable, DataValue {
    /// `comment-card`: a comment card.
    case commentCard = "comment-card"
    /// `survey`: a survey.
    case survey = "survey"
    /// `focus-group`: a focus group.
    case focusGroup = "focus-group"
    /// `employee`: an employee (anonymous: never with a respondent).
    case employee = "employee"
}
