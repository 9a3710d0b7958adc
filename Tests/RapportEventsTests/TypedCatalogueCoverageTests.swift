import Testing
@testable import RapportEvents

@Suite("Typed events cover the catalogue")
struct TypedCatalogueCoverageTests {
    @Test("every catalogue entry has a typed case, and every typed case a catalogue entry")
    func everyEntryTyped() {
        let catalogue = EventCatalogue.entries.map(\.type)
        for type in catalogue {
            #expect(EventType(rawValue: type) != nil, "\(type) is in EventCatalogue.entries but has no EventType case and typed data")
        }
        #expect(Set(EventType.allCases.map(\.rawValue)) == Set(catalogue))
        #expect(EventType.allCases.count == catalogue.count)
    }

    @Test("each typed case's data type names its own catalogue type", arguments: EventType.allCases)
    func dataTypeMatches(type: EventType) {
        #expect(type.dataType.eventType == type)
    }

    /// The allowed values of a `oneOf` field (or a map of them), found by path in a row.
    static func allowed(_ type: String, _ path: [String]) -> [String] {
        guard let entry = EventCatalogue.entry(for: type) else { return [] }
        var shape = entry.shape
        for (index, name) in path.enumerated() {
            guard let field = shape.fields.first(where: { "\($0.name)" == name }) else { return [] }
            var kind = field.kind
            if case .mapOf(let values) = kind { kind = values }
            switch kind {
            case .oneOf(let values) where index == path.count - 1: return values.map { "\($0)" }
            case .object(let inner): shape = inner
            default: return []
            }
        }
        return []
    }

    @Test("the enums hold exactly the catalogue's closed sets")
    func enumsMatchCatalogue() {
        let channels = Channel.allCases.map(\.rawValue)
        #expect(Self.allowed("rapport.interaction.started", ["channel"]) == channels)
        #expect(Self.allowed("rapport.customer.contacted", ["channel"]) == channels)
        #expect(Self.allowed("rapport.feedback.received", ["channel"]) == channels)
        #expect(Self.allowed("rapport.interaction.utterance", ["speaker"]) == Speaker.allCases.map(\.rawValue))
        #expect(Self.allowed("rapport.feedback.received", ["source"]) == FeedbackSource.allCases.map(\.rawValue))
        #expect(Self.allowed("rapport.complaint.received", ["severity"]) == ComplaintSeverity.allCases.map(\.rawValue))
        #expect(Self.allowed("rapport.alert.raised", ["severity"]) == AlertSeverity.allCases.map(\.rawValue))
        #expect(Self.allowed("rapport.feedback.tagged", ["themes"]) == ThemeJudgement.allCases.map(\.rawValue))
    }
}
