extension FeedbackReceived {
    /// The scores of one piece of feedback (`scores`); each is optional, and all may be absent
    /// when the feedback has a comment. Ranges are checked with the event.
    public struct Scores: Sendable, Hashable, DataValue, DataReadable {
        /// Customer satisfaction, 1-5.
        public let csat: Int?
        /// Net promoter score, 0-10 (0-6 detractor, 7-8 passive, 9-10 promoter).
        public let nps: Int?
        /// Customer effort, 1-7 (1 = very difficult, 7 = very easy).
        public let ces: Int?

        /// Scores; ranges are checked with the event.
        public init(csat: Int? = nil, nps: Int? = nil, ces: Int? = nil) {
            self.csat = csat
            self.nps = nps
            self.ces = ces
        }

        /// No score at all (a comment card with only words).
        public static let none = Scores()

        /// Whether no score is given.
        public var isEmpty: Bool { csat == nil && nps == nil && ces == nil }

        init(reading data: DataReader) throws(EventValidationError) {
            csat = try data.optional("csat", data.integer)
            nps = try data.optional("nps", data.integer)
            ces = try data.optional("ces", data.integer)
        }

        var jsonValue: JSONValue {
            var object = DataObjectBuilder()
            object.add("csat", csat)
            object.add("nps", nps)
            object.add("ces", ces)
            return object.json
        }
    }
}
