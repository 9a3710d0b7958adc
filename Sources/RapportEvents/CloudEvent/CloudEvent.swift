/// A CloudEvent for producers to build and encode (used by the CLI and plugins).
///
/// `encoded()` writes structured-mode JSON; ``EventValidator`` decides whether the bus takes it.
public struct CloudEvent: Sendable {
    /// Unique per `source`; a ULID or UUIDv7 is recommended.
    public var id: String
    /// Who produced it, e.g. `/locations/store-12/desks/3`.
    public var source: String
    /// A catalogue type (`rapport.*`) or a site type (`x-...`).
    public var type: String
    /// RFC 3339 with an offset: when it happened at the desk.
    public var time: String
    /// The interaction id, where there is one.
    public var subject: String?
    /// Extension attributes in order, e.g. `location`, `agent`, `partitionkey`.
    public var extensions: [(String, JSONValue)]
    /// The payload.
    public var data: JSONValue

    /// An event from its parts.
    public init(
        id: String, source: String, type: String, time: String, subject: String? = nil,
        extensions: [(String, JSONValue)] = [], data: JSONValue
    ) {
        self.id = id
        self.source = source
        self.type = type
        self.time = time
        self.subject = subject
        self.extensions = extensions
        self.data = data
    }

    /// Parses structured-mode JSON, checking the envelope (the same rules as
    /// ``EventValidator``) but neither the size limit nor the catalogue's type and `data` rules.
    ///
    /// Every attribute other than the core ones (and `datacontenttype`) lands in `extensions`.
    public init(parsing bytes: [UInt8]) throws(EventValidationError) {
        let event = bytes.withUnsafeBytes { raw in
            Result { () throws(EventValidationError) -> CloudEvent in
                let tape = try EventValidator.parse(raw)
                let envelope = try Envelope(tape: tape, collectingExtensions: true)
                return CloudEvent(
                    id: envelope.id, source: envelope.source, type: envelope.type, time: tape.string(envelope.timeToken),
                    subject: envelope.subjectToken.map { tape.string($0) },
                    extensions: envelope.extensions.map { ($0.0, tape.value($0.1)) },
                    data: tape.value(envelope.dataToken))
            }
        }
        self = try event.get()
    }

    /// The value of the extension named `name`, if present.
    public func extensionValue(_ name: String) -> JSONValue? {
        extensions.first { $0.0 == name }?.1
    }
}
