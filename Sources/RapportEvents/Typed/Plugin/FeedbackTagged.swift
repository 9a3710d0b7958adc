/// `rapport.feedback.tagged`: the feedback aggregator's reading of one comment's themes.
public struct FeedbackTagged: EventData, DataReadable {
    /// The catalogue type.
    public static let eventType = EventType.feedbackTagged
    /// The `rapport.feedback.received` event read.
    public let feedback: EventReference
    /// Each theme the comment judges and how, e.g. ["waiting time": .negative]; empty when it
    /// judges none. Written with names sorted.
    public let themes: [String: ThemeJudgement]
    /// The version of the theme lexicon used (non-empty), e.g. "2026-12".
    public let lexicon: String
    /// The version of the learned theme model that read with the lexicon, when one did (an addition to
    /// the catalogue's fields; absent when the lexicon tagged alone).
    public let model: String?

    /// A tagging; throws the bus's `invalid-data` error when an id, the lexicon or the model is empty.
    public init(feedback: EventReference, themes: [String: ThemeJudgement], lexicon: String, model: String? = nil) throws(EventValidationError) {
        self.feedback = feedback
        self.themes = themes
        self.lexicon = lexicon
        self.model = model
        try checkAgainstCatalogue()
    }

    init(reading data: DataReader) throws(EventValidationError) {
        feedback = try data.required("feedback")
        themes = try data.required("themes", data.choices)
        lexicon = try data.required("lexicon", data.string)
        model = try data.optional("model", data.string)
    }

    /// The `data` object.
    public var json: JSONValue {
        var object = DataObjectBuilder()
        object.add("feedback", feedback)
        object.add("themes", JSONValue.object(themes.sorted { $0.key < $1.key }.map { ($0.key, $0.value.jsonValue) }))
        object.add("lexicon", lexicon)
        object.add("model", model)
        return object.json
    }

    /// This value as a payload.
    public var payload: EventPayload { .feedbackTagged(self) }
}
