/// The state of one open interaction, fed utterance by utterance: the plugin keeps one per
/// open interaction and asks for the ``result`` when the interaction closes.
///
/// It holds the prepared name (shared, copy-on-write) and a few small arrays: the accepted
/// uses (form, utterance index), names found to be someone else's, and names just asked about.
/// A use can be withdrawn by a later turn ("Is that Alice?" - "No, she's my daughter"),
/// so ``result`` is final only once every utterance has been observed.
public struct NameUsageTracker: Sendable {
    /// The prepared customer and agent names.
    public let customer: PreparedCustomer
    private var uses: [(use: NameUse, index: Int)] = []
    private var others: [String] = []
    private var denied: [String] = []
    private var asked: [String] = []
    /// True after the agent put the customer on hold, until the customer speaks again.
    private var onHold = false
    /// How many utterances (any speaker) have been observed.
    public private(set) var utterances = 0
    /// How many agent utterances have been observed.
    public private(set) var agentTurns = 0

    /// Starts tracking an interaction.
    public init(customer: PreparedCustomer) {
        self.customer = customer
    }

    /// Feeds the next utterance.
    /// - Returns: the name forms this utterance used (empty for customer and other turns),
    ///   before any later withdrawal.
    @discardableResult
    public mutating func observe(_ utterance: Utterance) -> [String] {
        defer { utterances += 1 }
        switch utterance.speaker {
        case .agent:
            agentTurns += 1
            let reading = UtteranceReading(utterance.text, customer: customer)
            defer { onHold = onHold || reading.putsOnHold }
            if onHold, HoldReading.addressesSomeoneElse(reading.text, customer: customer) { return [] }
            others.append(contentsOf: reading.others)
            denied.append(contentsOf: reading.presented)
            for use in reading.uses {
                uses.append((use, utterances))
                if use.question { asked.append(use.identity) }
            }
            return reading.uses.map(\.form)
        case .customer:
            onHold = false
            if !asked.isEmpty, ReplyReading.pointsElsewhere(utterance.text) { denied.append(contentsOf: asked) }
            for identity in asked where ReplyReading.corrects(utterance.text, identity: identity, customer: customer)
                || ReplyReading.correctsSpelling(utterance.text, identity: identity, customer: customer) {
                denied.append(identity)
            }
            asked.removeAll()
            others.append(contentsOf: ReplyReading.namesakes(in: utterance.text, customer: customer))
            return []
        case .other:
            return []
        }
    }

    /// The verdict on the utterances observed so far.
    public var result: NameCheck {
        var forms: [String] = []
        var first: Int?
        for (use, index) in uses where !withdrawn(use) {
            if !forms.contains(use.form) { forms.append(use.form) }
            if first == nil { first = index }
        }
        return NameCheck(used: !forms.isEmpty, forms: forms, firstUtteranceIndex: first, agentTurns: agentTurns)
    }

    /// True when a later or earlier turn shows the use meant someone else: a reply about
    /// another person or correcting the name withdraws it, and so does a third person presented under the name ("this
    /// must be Bella"); another person of the same name mentioned in the agent's words, or
    /// named by the customer as a relation ("my daughter Marie", "same as me"), withdraws it
    /// unless it was a vocative to the listener.
    private func withdrawn(_ use: NameUse) -> Bool {
        if denied.contains(where: { Self.same(use.identity, $0) }) { return true }
        return !use.vocative && others.contains { Self.same(use.identity, $0) }
    }

    /// Two identities are the same person when the name keys agree and the title genders do
    /// not differ ("tom|-" and "tom|-"; "okafor|1" is not "okafor|0").
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.split(separator: "|", omittingEmptySubsequences: false)
        let right = rhs.split(separator: "|", omittingEmptySubsequences: false)
        guard left.count == 2, right.count == 2, left[0] == right[0] else { return lhs == rhs }
        return left[1] == right[1] || left[1] == "-" || right[1] == "-"
    }
}
