/// Who wrote a comment, when the feedback says so (its `source`): a customer, or an employee writing
/// about their own workplace.
///
/// The tagger reads an employee's comment as the labelling rules do: what customers say and what staff
/// tools do to customers are judgements, the workplace itself (rotas, pay, staff rooms, how managers
/// treat staff) is not. Unless told otherwise it reads a comment as a customer's.
public enum CommentAuthor: String, Sendable, Hashable, CaseIterable {
    /// A customer: a comment card, a survey or a focus group.
    case customer
    /// An employee: staff feedback about the place they work.
    case employee
}

extension CommentAuthor {
    /// The values of `source` in `rapport.feedback.received` (../shared/EVENTS.md), each with its author.
    public static let sources: KeyValuePairs<String, CommentAuthor> = [
        "comment-card": .customer, "survey": .customer, "focus-group": .customer, "employee": .employee,
    ]

    /// The sources, for messages: "comment-card, survey, focus-group or employee".
    public static var sourceList: String {
        let names = sources.map(\.key)
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }

    /// The author of feedback with the `source` of `rapport.feedback.received`, or nil for a value the
    /// catalogue does not list.
    public init?(source: String) {
        guard let author = Self.sources.first(where: { $0.key == source })?.value else { return nil }
        self = author
    }
}
