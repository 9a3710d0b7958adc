/// Validates structured-mode CloudEvents 1.0 JSON against the Rapport catalogue.
///
/// Checks run in this order and stop at the first problem: size (`too-large`), UTF-8 and
/// JSON (`invalid-json`), the envelope (`invalid-envelope`), the type (`unknown-type`), then
/// `data` (`invalid-data`). Safe to share between threads.
public struct EventValidator: Sendable {
    /// The limits applied.
    public let limits: EventLimits

    /// A validator with the given limits.
    public init(limits: EventLimits = EventLimits()) {
        self.limits = limits
    }

    /// Validates one event; on success the result keeps `bytes` as they are (no copy).
    public func validate(_ bytes: [UInt8]) -> Result<ValidatedEvent, EventValidationError> {
        bytes.withUnsafeBytes { raw in
            do throws(EventValidationError) {
                return .success(ValidatedEvent(try accept(raw), bytes: bytes))
            } catch {
                return .failure(error)
            }
        }
    }

    /// Validates one event; on success the result holds a copy of `bytes`.
    public func validate(_ bytes: UnsafeRawBufferPointer) -> Result<ValidatedEvent, EventValidationError> {
        do throws(EventValidationError) {
            return .success(ValidatedEvent(try accept(bytes), bytes: Array(bytes)))
        } catch {
            return .failure(error)
        }
    }

    /// Whether `type` may be carried: a catalogue type, or a site type `x-...`.
    static func isSiteType(_ type: String) -> Bool {
        type.utf8.count > 2 && type.utf8.starts(with: "x-".utf8)
    }

    /// Validates one event exactly as ``validate(_:)-([UInt8])`` does and, when it passes, hands
    /// the tape and the envelope (with its extensions collected) to `read` while the bytes are
    /// alive. Typed decoding reads from here, so it sees only what the bus accepts.
    func validate<Value>(
        _ bytes: [UInt8], reading read: (JSONTape, Envelope) throws(EventValidationError) -> Value
    ) throws(EventValidationError) -> Value {
        try bytes.withUnsafeBytes { raw in
            Result { () throws(EventValidationError) -> Value in
                try accept(raw, collectingExtensions: true, then: read)
            }
        }.get()
    }

    private func accept(_ bytes: UnsafeRawBufferPointer) throws(EventValidationError) -> Envelope {
        try accept(bytes, collectingExtensions: false) { _, envelope in envelope }
    }

    /// The checks, in order; `read` sees the tape and envelope of an event that passed them.
    /// Collecting extensions changes nothing that is checked.
    @inline(__always)
    private func accept<Value>(
        _ bytes: UnsafeRawBufferPointer, collectingExtensions: Bool,
        then read: (JSONTape, Envelope) throws(EventValidationError) -> Value
    ) throws(EventValidationError) -> Value {
        guard bytes.count <= limits.maxEventBytes else {
            throw EventValidationError(
                code: .tooLarge,
                message: "event is \(bytes.count) bytes; the limit is \(limits.maxEventBytes) bytes (max_event_bytes)")
        }
        let tape = try Self.parse(bytes)
        let envelope = try Envelope(tape: tape, collectingExtensions: collectingExtensions)
        if let entry = envelope.catalogueEntry {
            try DataValidator.check(tape, data: envelope.dataToken, against: entry)
        } else if !Self.isSiteType(envelope.type) {
            throw EventValidationError(
                code: .unknownType,
                message: "unknown event type \(Excerpt.quoted(envelope.type)); expected a catalogue type (rapport.*) or a site type starting with 'x-'")
        }
        return try read(tape, envelope)
    }

    /// Parses bytes into a tape, reporting JSON problems as `invalid-json`.
    static func parse(_ bytes: UnsafeRawBufferPointer) throws(EventValidationError) -> JSONTape {
        do throws(JSONParseError) {
            return try JSONParser.parse(bytes)
        } catch {
            throw EventValidationError(code: .invalidJSON, message: error.description)
        }
    }
}
