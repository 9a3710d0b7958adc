/// Who wrote a comment, when the feedback says so (its `source`): a customer, or an employee writing
/// about their own workplace.
///
/// The tagger reads an employee's comment as the labelling rules do: what customers say and what staff
/// tools do to customers are judgements, the workplace itself (rotas, pay, staff rooms, how managers
/// treat staff) is not. Without an author it reads every comment as a customer's.
public enum CommentAuthor: String, Sendable, Hashable, CaseIterable {
    /// A customer: a comment card, a survey or a focus group.
    case customer
    /// An employee: staff feedback about the place they work.
    case employee
}

extension CommentAuthor {
    /// The author of feedback with the `source` of `rapport.feedback.received`: `employee` for an
    /// employee; `comment-card`, `survey` and `focus-group` for a customer; nil for any other value.
    public init?(source: String) {
        switch source {
        case "employee": self = .employee
        case "comment-card", "survey", "focus-group": self = .customer
        default: return nil
        }
    }
}
