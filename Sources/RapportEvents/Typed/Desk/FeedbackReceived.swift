/// `rapport.feedback.received`: a comment card, survey answer, focus-group note or employee
/// remark.
///
/// The initialiser refuses, with the bus's own `invalid-data` message, what the catalogue
/// refuses: a score out of its range, no score and no comment, or a respondent on employee
/// feedback (which is anonymous).
public struct FeedbackReceived: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.feedbackReceived
    /// Where the feedback came from.
    public let source: FeedbackSource
    /// The scores given; may be empty when there is a comment.
    public let scores: Scores
    /// The words, e.g. "Waited 25 minutes and nobody apologised."
    public let comment: String?
    /// Who to call back (never for ``FeedbackSource/employee``).
    public let respondent: Respondent?
    /// The interaction it is about (non-empty when present).
    public let interactionID: String?
    /// How it was given.
    public let channel: Channel?

    /// Feedback; throws the bus's `invalid-data` error when it breaks the catalogue.
    public init(
        source: FeedbackSource, scores: Scores, comment: String? = nil, respondent: Respondent? = nil,
        interactionID: String? = nil, channel: Channel? = nil
    ) throws(EventValidationError) {
        self.source = source
        self.scores = scores
        self.comment = comment
        self.respondent = respondent
        self.interactionID = interactionID
        self.channel = channel
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        source = try data.required("source", data.choice)
        scores = try data.required("scores")
        comment = try data.optional("comment", data.string)
        respondent = try data.optional("respondent")
        interactionID = try data.optional("interaction", data.string)
        channel = try data.optional("channel", data.choice)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("source", source)
        object.add("scores", scores)
        object.add("comment", comment)
        object.add("respondent", respondent)
        object.add("interaction", interactionID)
        object.add("channel", channel)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .feedbackReceived(self) }
}
