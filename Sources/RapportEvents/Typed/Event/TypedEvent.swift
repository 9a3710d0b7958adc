/// A Rapport event with typed attributes and typed `data`: what a capture tool, plugin or
/// manager's tool builds and reads instead of raw JSON.
///
/// Every value is an event the bus accepts (up to its size limit, which is the bus's
/// configuration): ``init(id:source:time:subject:location:agent:partitionKey:extensions:payload:)``
/// runs the bus's own check on the encoded event and throws its error, and
/// ``init(decoding:limits:)`` reads only events that pass that check.
public struct TypedEvent: Sendable, Equatable {
    /// Unique per ``source``; a ULID or UUIDv7 is recommended (non-empty, at most 256 characters).
    public let id: String
    /// Who produced it, e.g. `/locations/store-12/desks/3` (non-empty, at most 256 characters).
    public let source: String
    /// When it happened at the desk, in the location's offset.
    public let time: Instant
    /// The interaction id, where there is one.
    public let subject: String?
    /// The `location` extension: the location id, e.g. `store-12`; required (non-empty) for
    /// desk events.
    public let location: String?
    /// The `agent` extension: the employee who acted.
    public let agent: String?
    /// The `partitionkey` extension, when set; the bus otherwise orders by the customer id,
    /// else ``subject``, else ``id``.
    public let partitionKey: String?
    /// Other extension attributes by name (lower-case letters and digits, at most 20), e.g.
    /// `dataschema`; never `location`, `agent` or `partitionkey`, which have their own members.
    public let extensions: [String: ExtensionValue]
    /// The `type` and `data`.
    public let payload: EventPayload

    /// The event's `type`, from ``payload``.
    public var type: String { payload.type }

    /// An event from its parts, checked by the bus's rules.
    ///
    /// Throws the bus's `invalid-envelope` error when the envelope breaks them (a desk event
    /// without ``location``, an empty ``id``, a bad extension name), `unknown-type` for a site
    /// payload whose type is a catalogue type or lacks the `x-` prefix, and `invalid-envelope`
    /// when ``extensions`` holds a name that has its own member or is a core attribute.
    public init(
        id: String, source: String, time: Instant, subject: String? = nil, location: String? = nil,
        agent: String? = nil, partitionKey: String? = nil, extensions: [String: ExtensionValue] = [:],
        payload: EventPayload
    ) throws(EventValidationError) {
        self.id = id
        self.source = source
        self.time = time
        self.subject = subject
        self.location = location
        self.agent = agent
        self.partitionKey = partitionKey
        self.extensions = extensions
        self.payload = payload
        try check()
    }

    /// An event with typed `data`; see the initialiser taking a ``payload``.
    public init(
        id: String, source: String, time: Instant, subject: String? = nil, location: String? = nil,
        agent: String? = nil, partitionKey: String? = nil, extensions: [String: ExtensionValue] = [:],
        data: some EventData
    ) throws(EventValidationError) {
        try self.init(
            id: id, source: source, time: time, subject: subject, location: location, agent: agent,
            partitionKey: partitionKey, extensions: extensions, payload: data.payload)
    }

    /// An event read from a validated tape; every part is assigned by ``init(decoding:limits:)``.
    init(
        id: String, source: String, time: Instant, subject: String?, location: String?, agent: String?,
        partitionKey: String?, extensions: [String: ExtensionValue], validated payload: EventPayload
    ) {
        self.id = id
        self.source = source
        self.time = time
        self.subject = subject
        self.location = location
        self.agent = agent
        self.partitionKey = partitionKey
        self.extensions = extensions
        self.payload = payload
    }
}
