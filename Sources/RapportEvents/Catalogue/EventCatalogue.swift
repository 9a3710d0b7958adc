/// The Rapport event catalogue (EVENTS.md): every known type and the rules for its `data`,
/// kept as a table so adding a type is adding a row.
///
/// Unknown extra `data` members are always allowed: the catalogue only grows.
public enum EventCatalogue {
    /// Every catalogue type, sorted.
    public static let knownTypes: [String] = entries.map(\.type).sorted()

    /// The desk events: what capture agents emit (each carries `location`).
    public static let deskTypes: Set<String> = Set(entries.filter(\.needsLocation).map(\.type))

    /// The plugin output events: alerts and results (neither desk events nor ones the bus adds).
    public static let resultTypes: Set<String> =
        Set(entries.filter { !$0.needsLocation && !$0.type.hasPrefix("rapport.bus.") }.map(\.type))

    /// Whether `type` is a catalogue type (site types starting with `x-` are not).
    public static func isKnown(_ type: String) -> Bool {
        entriesByType[type] != nil
    }

    /// The row for a type, if it is in the catalogue.
    static func entry(for type: String) -> CatalogueEntry? {
        entriesByType[type]
    }

    /// The row whose type is exactly these UTF-8 bytes.
    static func entry(matching type: UnsafeBufferPointer<UInt8>) -> CatalogueEntry? {
        for entry in entries where entry.typeBytes.count == type.count {
            if entry.typeBytes.withUnsafeBufferPointer({ ByteCompare.equal($0, type) }) { return entry }
        }
        return nil
    }

    private static let entriesByType: [String: CatalogueEntry] =
        Dictionary(entries.map { ($0.type, $0) }, uniquingKeysWith: { first, _ in first })

    static let channels = FieldKind.oneOf(["front-desk", "phone", "chat", "email", "other"])

    private static let dueRule = DataRule.anyOf(
        ["due", "due_text"], need: "'due' (RFC 3339) or 'due_text' (the words used)", foundNone: "neither")

    /// A desk event's row: its envelope must carry `location` too.
    private static func desk(_ type: String, _ fields: [DataField], rules: [DataRule] = []) -> CatalogueEntry {
        CatalogueEntry(type, fields, rules: rules, needsLocation: true)
    }

    /// The identity of another event: its (`source`, `id`).
    private static let eventRef = FieldKind.object(DataShape([
        .required("source", .identifier),
        .required("id", .identifier),
    ]))

    /// The table.
    static let entries: [CatalogueEntry] = [
        // Desk events, emitted by capture agents.
        desk("rapport.interaction.started", [
            .required("interaction", .identifier),
            .required("channel", channels),
            .required("customer", .object(DataShape([
                .required("id", .identifier),
                .required("name", .string),
                .optional("preferred", .string),
                .optional("title", .string),
            ]))),
            .required("agent", .object(DataShape([
                .required("id", .identifier),
                .required("name", .string),
            ]))),
        ]),
        desk("rapport.interaction.utterance", [
            .required("interaction", .identifier),
            .required("speaker", .oneOf(["agent", "customer"])),
            .required("text", .string),
            .optional("offset_ms", .integer(minimum: 0, maximum: nil)),
        ]),
        desk("rapport.interaction.name-used", [
            .required("interaction", .identifier),
        ]),
        desk("rapport.interaction.ended", [
            .required("interaction", .identifier),
            .optional("outcome", .string),
        ]),
        desk("rapport.promise.made", [
            .required("promise", .identifier),
            .optional("interaction", .identifier),
            .required("customer", .object(DataShape([
                .required("id", .identifier),
                .required("name", .string),
                .optional("contact", .string),
            ]))),
            .required("what", .string),
            .optional("due", .timestamp),
            .optional("due_text", .string),
        ], rules: [dueRule]),
        desk("rapport.promise.revised", [
            .required("promise", .identifier),
            .optional("due", .timestamp),
            .optional("due_text", .string),
            .required("customer_contacted", .boolean),
            .optional("reason", .string),
        ], rules: [dueRule]),
        desk("rapport.promise.kept", [
            .required("promise", .identifier),
            .optional("at", .timestamp),
        ]),
        desk("rapport.promise.cancelled", [
            .required("promise", .identifier),
            .optional("reason", .string),
        ]),
        desk("rapport.customer.contacted", [
            .required("customer", .object(DataShape([
                .required("id", .identifier),
            ]))),
            .optional("promise", .identifier),
            .optional("feedback", eventRef),
            .optional("complaint", .identifier),
            .required("channel", channels),
            .optional("note", .string),
        ]),
        desk("rapport.feedback.received", [
            .required("source", .oneOf(["comment-card", "survey", "focus-group", "employee"])),
            .required("scores", .object(DataShape([
                .optional("csat", .integer(minimum: 1, maximum: 5)),
                .optional("nps", .integer(minimum: 0, maximum: 10)),
                .optional("ces", .integer(minimum: 1, maximum: 7)),
            ]))),
            .optional("comment", .string),
            .optional("respondent", .object(DataShape([
                .optional("id", .identifier),
                .optional("name", .string),
                .optional("contact", .string),
            ]))),
            .optional("interaction", .identifier),
            .optional("channel", channels),
        ], rules: [
            .anyWithin("scores", of: ["csat", "nps", "ces"], unless: "comment",
                       need: "at least one of 'csat' (1-5), 'nps' (0-10) or 'ces' (1-7), or 'data.comment'",
                       foundNone: "no score and no comment"),
            .absent("respondent", when: "source", is: "employee", reason: "employee feedback is anonymous"),
        ]),
        desk("rapport.complaint.received", [
            .required("complaint", .identifier),
            .required("customer", .object(DataShape([
                .required("id", .identifier),
                .required("name", .string),
            ]))),
            .optional("interaction", .identifier),
            .required("text", .string),
            .optional("severity", .oneOf(["low", "normal", "high"])),
        ]),
        desk("rapport.complaint.resolved", [
            .required("complaint", .identifier),
            .required("resolution", .string),
            .optional("customer_satisfied", .boolean),
        ]),

        // Plugin output events.
        CatalogueEntry("rapport.alert.raised", [
            .required("alert", .identifier),
            .required("severity", .oneOf(["info", "warning", "critical"])),
            .required("kind", .identifier),
            .required("summary", .string),
            .required("dedup", .identifier),
            .required("refs", .object(DataShape([
                .optional("promise", .identifier),
                .optional("interaction", .identifier),
                .optional("customer", .identifier),
                .optional("complaint", .identifier),
                .optional("feedback", eventRef),
            ]))),
        ]),
        CatalogueEntry("rapport.alert.resolved", [
            .required("alert", .identifier),
            .required("reason", .string),
            .optional("by", .identifier),
        ]),
        CatalogueEntry("rapport.alert.acknowledged", [
            .required("alert", .identifier),
            .required("by", .identifier),
        ]),
        CatalogueEntry("rapport.name.checked", [
            .required("interaction", .identifier),
            .required("used", .boolean),
            .required("forms", .stringArray),
            .optional("first_offset_ms", .integer(minimum: 0, maximum: nil)),
            .required("agent_turns", .integer(minimum: 0, maximum: nil)),
            .optional("ticked", .boolean),
            .optional("transcript", .boolean),
        ]),
        CatalogueEntry("rapport.promise.detected", [
            .required("interaction", .identifier),
            .required("text", .string),
            .optional("due", .timestamp),
            .required("logged", .boolean),
        ]),
        CatalogueEntry("rapport.feedback.tagged", [
            .required("feedback", eventRef),
            .required("themes", .mapOf(values: .oneOf(["positive", "negative"]))),
            .required("lexicon", .identifier),
            .optional("model", .identifier),
        ]),

        // Broker events, emitted by the bus itself.
        CatalogueEntry("rapport.bus.dead-lettered", [
            .required("group", .identifier),
            .required("offset", .integer(minimum: 0, maximum: nil)),
            .required("attempts", .integer(minimum: 1, maximum: nil)),
            .required("error", .string),
            .required("event", .object(DataShape([]))),
        ]),
    ]
}
