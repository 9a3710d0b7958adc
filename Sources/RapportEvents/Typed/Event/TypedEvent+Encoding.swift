extension TypedEvent {
    /// Attribute names ``extensions`` may not hold: core attributes and the extensions with
    /// their own members.
    static let reservedNames: [String: String] = [
        "specversion": "is a core attribute", "id": "is a core attribute", "source": "is a core attribute",
        "type": "is a core attribute", "time": "is a core attribute", "subject": "is a core attribute",
        "datacontenttype": "is a core attribute", "data": "is a core attribute",
        "data_base64": "is a core attribute",
        "location": "has its own member: set TypedEvent.location",
        "agent": "has its own member: set TypedEvent.agent",
        "partitionkey": "has its own member: set TypedEvent.partitionKey",
    ]

    /// The event as an untyped ``CloudEvent``: `location`, `agent` and `partitionkey` first,
    /// then the other extensions by name.
    public var cloudEvent: CloudEvent {
        var attributes: [(String, JSONValue)] = []
        if let location { attributes.append(("location", .string(location))) }
        if let agent { attributes.append(("agent", .string(agent))) }
        if let partitionKey { attributes.append(("partitionkey", .string(partitionKey))) }
        for (name, value) in extensions.sorted(by: { $0.key < $1.key }) {
            attributes.append((name, value.json))
        }
        return CloudEvent(
            id: id, source: source, type: type, time: time.rfc3339, subject: subject, extensions: attributes,
            data: payload.json)
    }

    /// Structured-mode CloudEvents JSON the bus accepts (when within its `max_event_bytes`).
    public func encoded() -> [UInt8] {
        cloudEvent.encoded()
    }

    /// ``encoded()``, checked against a bus's limits: throws its `too-large` error when the
    /// event is bigger than `limits` allow.
    public func encoded(within limits: EventLimits) throws(EventValidationError) -> [UInt8] {
        let bytes = encoded()
        if case .failure(let error) = EventValidator(limits: limits).validate(bytes) { throw error }
        return bytes
    }

    /// An event with typed `data` and its structured-mode JSON, checked once: what
    /// ``init(id:source:time:subject:location:agent:partitionKey:extensions:data:)`` followed by
    /// ``encoded()`` gives, encoding it once instead of twice (the SDK's emit, per event).
    public static func encoding(
        id: String, source: String, time: Instant, subject: String? = nil, location: String? = nil,
        agent: String? = nil, partitionKey: String? = nil, data: some EventData
    ) throws(EventValidationError) -> (event: TypedEvent, bytes: [UInt8]) {
        let event = TypedEvent(id: id, source: source, time: time, subject: subject, location: location, agent: agent,
                               partitionKey: partitionKey, extensions: [:], validated: data.payload)
        return (event, try event.checkedEncoding())
    }

    /// Refuses what the bus would refuse, with its error, and what would not decode back to
    /// this value.
    func check() throws(EventValidationError) {
        _ = try checkedEncoding()
    }

    /// ``check()``, returning the JSON it checked.
    private func checkedEncoding() throws(EventValidationError) -> [UInt8] {
        if case .site(let type, _) = payload, EventCatalogue.isKnown(type) {
            throw EventValidationError(
                code: .unknownType,
                message: "\(Excerpt.quoted(type)) is a catalogue type, not a site type: use EventPayload.\(EventType(rawValue: type).map { "\($0)" } ?? "<its case>") so the catalogue's rules apply")
        }
        for name in extensions.keys.sorted() {
            if let reason = Self.reservedNames[name] {
                throw EventValidationError(
                    code: .invalidEnvelope, message: "extension '\(name)' \(reason); remove it from extensions")
            }
        }
        let bytes = encoded()
        let unlimited = EventValidator(limits: EventLimits(maxEventBytes: .max))
        if case .failure(let error) = unlimited.validate(bytes) { throw error }
        return bytes
    }
}
