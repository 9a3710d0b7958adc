extension TypedEvent {
    /// Decodes an event by the bus's own check: size, JSON, envelope, type and `data`, exactly
    /// as ``EventValidator/validate(_:)-([UInt8])`` runs them, then reads the typed values
    /// from the same parse.
    ///
    /// Whatever the bus refuses throws the bus's error, code and message alike; an event stored
    /// under an older catalogue (a desk event without `location`, feedback with no score and no
    /// comment) throws as today's bus would refuse it. Catalogue types come out typed, site
    /// types as ``EventPayload/site(type:data:)``.
    public init(decoding bytes: [UInt8], limits: EventLimits = EventLimits()) throws(EventValidationError) {
        self = try EventValidator(limits: limits).validate(bytes) { tape, envelope throws(EventValidationError) in
            try TypedEvent(tape: tape, envelope: envelope)
        }
    }

    /// Decodes an event the bus accepted (e.g. one a consumer received), as
    /// ``init(decoding:limits:)`` does, without the size limit.
    public init(decoding event: ValidatedEvent) throws(EventValidationError) {
        try self.init(decoding: event.bytes, limits: EventLimits(maxEventBytes: .max))
    }

    /// Reads an event that passed the check from its tape.
    private init(tape: JSONTape, envelope: Envelope) throws(EventValidationError) {
        let timeText = tape.string(envelope.timeToken)
        guard let time = Instant(rfc3339: timeText) else {
            throw DataReader.disagreement("time \(Excerpt.quoted(timeText)) cannot be read as an Instant")
        }
        var location: String?, agent: String?, partitionKey: String?
        var extensions: [String: ExtensionValue] = [:]
        for (name, token) in envelope.extensions {
            let value = tape.value(token)
            switch name {
            case "location": location = value.stringValue
            case "agent": agent = value.stringValue
            case "partitionkey": partitionKey = value.stringValue
            default:
                guard let extensionValue = ExtensionValue(value) else {
                    throw DataReader.disagreement("extension '\(name)' holds \(value.typeName)")
                }
                extensions[name] = extensionValue
            }
        }
        let payload: EventPayload
        if let entry = envelope.catalogueEntry {
            guard let type = EventType(rawValue: entry.type) else {
                throw DataReader.disagreement("\(entry.type) has no typed payload")
            }
            let data = try DataReader(tape: tape, object: envelope.dataToken)
            payload = try type.dataType.init(reading: data).payload
        } else {
            payload = .site(type: envelope.type, data: tape.value(envelope.dataToken))
        }
        self.init(
            id: envelope.id, source: envelope.source, time: time,
            subject: envelope.subjectToken.map { tape.string($0) }, location: location, agent: agent,
            partitionKey: partitionKey, extensions: extensions, validated: payload)
    }
}
