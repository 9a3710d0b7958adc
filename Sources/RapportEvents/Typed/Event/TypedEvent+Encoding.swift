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
        guard extensions.isEmpty else { return cloudEvent.encoded() }
        // The same bytes as `cloudEvent.encoded()`, written straight from the members: no
        // attribute list, no repeated-key checks (a typed event cannot repeat one). Every event
        // a plugin emits is encoded once, and the detour was a fifth of `emit`'s CPU.
        var writer = JSONWriter(capacity: 512)
        writer.openObject()
        writer.member("specversion", "1.0")
        writer.member("id", id)
        writer.member("source", source)
        writer.member("type", type)
        writer.member("time", time.rfc3339)
        if let subject { writer.member("subject", subject) }
        if let location { writer.member("location", location) }
        if let agent { writer.member("agent", agent) }
        if let partitionKey { writer.member("partitionkey", partitionKey) }
        writer.key("data")
        writer.write(payload.json)
        writer.closeObject()
        return writer.bytes
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
        // A dead-lettered event carries a whole event in its data, one level deeper than its
        // own check saw it: only the bus's validator on the whole event knows the nesting limit.
        if let entry = EventCatalogue.entry(for: type), extensions.isEmpty, type != EventType.deadLettered.rawValue {
            try checkEnvelope(entry)
            return encoded()
        }
        let bytes = encoded()
        let unlimited = EventValidator(limits: EventLimits(maxEventBytes: .max))
        if case .failure(let error) = unlimited.validate(bytes) { throw error }
        return bytes
    }

    /// The bus's envelope rules that the values of an event with a catalogue payload and no
    /// other extensions can break, with the bus's messages: its `data` was checked against the
    /// catalogue when the typed value was made (``EventData``), its time is an ``Instant`` and its
    /// attributes are strings, so parsing its JSON again to validate it (what the SDK's `emit`
    /// did per event: a fifth of its CPU in `rapport bench sdk`) can only repeat these checks.
    /// `EnvelopeValuesTests` holds this to ``EventValidator`` on the same events.
    private func checkEnvelope(_ entry: CatalogueEntry) throws(EventValidationError) {
        for (name, value) in [("id", id), ("source", source)] {
            guard !value.isEmpty else {
                throw EventValidationError(code: .invalidEnvelope, message: "attribute '\(name)' must not be empty")
            }
            if value.utf8.count > Envelope.maxIdentityLength, value.unicodeScalars.count > Envelope.maxIdentityLength {
                throw EventValidationError(
                    code: .invalidEnvelope,
                    message: "attribute '\(name)' is \(value.unicodeScalars.count) characters; the limit is \(Envelope.maxIdentityLength)")
            }
        }
        if entry.needsLocation {
            guard let location else {
                throw EventValidationError(
                    code: .invalidEnvelope,
                    message: "missing required attribute 'location' (the location id, e.g. \"store-12\"): \(entry.type) is a desk event")
            }
            guard !location.isEmpty else {
                throw EventValidationError(code: .invalidEnvelope, message: "location must be a non-empty string (the location id, e.g. \"store-12\")")
            }
        }
    }
}
