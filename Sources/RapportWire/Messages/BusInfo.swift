/// INFO's answer: the log, the intake and every consumer group (docs/PROTOCOL.md §6).
public struct BusInfo: Equatable, Sendable {
    /// The log's offsets and size.
    public struct Log: Equatable, Sendable {
        /// The oldest retained offset.
        public var start: UInt64
        /// The offset the next accepted event gets.
        public var next: UInt64
        /// One past the last event on disk.
        public var durable: UInt64
        /// Segment files.
        public var segments: Int
        /// Bytes of records.
        public var bytes: UInt64
        /// Group commits completed since the bus started.
        public var commits: UInt64
        /// (`source`, `id`) pairs remembered for de-duplication.
        public var dedupIdentities: Int

        public init(start: UInt64, next: UInt64, durable: UInt64, segments: Int, bytes: UInt64, commits: UInt64, dedupIdentities: Int) {
            self.start = start
            self.next = next
            self.durable = durable
            self.segments = segments
            self.bytes = bytes
            self.commits = commits
            self.dedupIdentities = dedupIdentities
        }
    }

    /// Events taken in and not yet on disk.
    public struct Intake: Equatable, Sendable {
        /// Bytes held now.
        public var heldBytes: Int
        /// At this many held bytes the bus stops reading requests.
        public var limitBytes: Int
        /// Whether reading is paused now.
        public var paused: Bool
        /// How often reading paused since the bus started.
        public var pauses: Int

        public init(heldBytes: Int, limitBytes: Int, paused: Bool, pauses: Int) {
            self.heldBytes = heldBytes
            self.limitBytes = limitBytes
            self.paused = paused
            self.pauses = pauses
        }
    }

    /// One live member of a group.
    public struct Member: Equatable, Sendable {
        /// The name it joined with.
        public var consumer: String
        /// Deliveries it can still take.
        public var credit: Int
        /// Events it holds unacknowledged.
        public var inFlight: Int

        public init(consumer: String, credit: Int, inFlight: Int) {
            self.consumer = consumer
            self.credit = credit
            self.inFlight = inFlight
        }
    }

    /// One consumer group.
    public struct Group: Equatable, Sendable {
        public var name: String
        public var types: [String]
        /// The committed position: every event below it is done.
        public var position: UInt64
        /// Events not yet done (see docs/PROTOCOL.md §6).
        public var lag: UInt64
        /// Delivered and not yet acknowledged.
        public var inFlight: Int
        /// Read or given back, not yet delivered.
        public var waiting: Int
        public var members: [Member]
        /// How long the oldest event not yet done has been in the log, in milliseconds on the
        /// bus's clock (0 when the lag is 0); `nil` from a bus older than `lag_ms`.
        public var lagMillis: UInt64?
        /// Events the group gave up on (dead-lettered) since the bus started; `nil` from a bus
        /// older than `dead_letters`.
        public var deadLetters: UInt64?

        public init(name: String, types: [String], position: UInt64, lag: UInt64, inFlight: Int, waiting: Int, members: [Member],
                    lagMillis: UInt64? = nil, deadLetters: UInt64? = nil) {
            self.name = name
            self.types = types
            self.position = position
            self.lag = lag
            self.inFlight = inFlight
            self.waiting = waiting
            self.members = members
            self.lagMillis = lagMillis
            self.deadLetters = deadLetters
        }
    }

    /// The bus's release (``RapportVersion/current`` of the bus that answered); `nil` from a
    /// bus older than the `version` member.
    public var version: String?
    /// How many times the bus has taken a changed key registry into force since it started
    /// (`keys_version`); `nil` when clients present no keys. `rapport keys` waits for it to
    /// move after a change, so a revocation is known to apply when the command returns.
    public var keysVersion: UInt64?
    public var log: Log
    public var intake: Intake
    /// Every group, sorted by name.
    public var groups: [Group]
    /// What the bus answered since it started; `nil` from a bus older than `counters`.
    public var counters: Counters?

    public init(version: String? = nil, log: Log, intake: Intake, groups: [Group], counters: Counters? = nil) {
        self.version = version
        self.log = log
        self.intake = intake
        self.groups = groups
        self.counters = counters
    }

    /// The group named `name`, if the bus has it.
    public func group(_ name: String) -> Group? { groups.first { $0.name == name } }

    /// The JSON body.
    public func encoded() -> [UInt8] {
        var l = JSONObjectWriter()
        l.add("start", log.start)
        l.add("next", log.next)
        l.add("durable", log.durable)
        l.add("segments", log.segments)
        l.add("bytes", log.bytes)
        l.add("commits", log.commits)
        l.add("dedup_identities", log.dedupIdentities)
        var i = JSONObjectWriter()
        i.add("held_bytes", intake.heldBytes)
        i.add("limit_bytes", intake.limitBytes)
        i.add("paused", intake.paused)
        i.add("pauses", intake.pauses)
        let g = groups.map { group in
            var o = JSONObjectWriter()
            o.add("name", group.name)
            o.add("types", strings: group.types)
            o.add("position", group.position)
            o.add("lag", group.lag)
            o.add("in_flight", group.inFlight)
            o.add("waiting", group.waiting)
            o.add("members", objects: group.members.map { member in
                var m = JSONObjectWriter()
                m.add("consumer", member.consumer)
                m.add("credit", member.credit)
                m.add("in_flight", member.inFlight)
                return m
            })
            if let lagMillis = group.lagMillis { o.add("lag_ms", lagMillis) }
            if let deadLetters = group.deadLetters { o.add("dead_letters", deadLetters) }
            return o
        }
        var out = JSONObjectWriter(capacity: 256)
        if let version { out.add("version", version) }
        if let keysVersion { out.add("keys_version", keysVersion) }
        out.add("log", object: l)
        out.add("intake", object: i)
        out.add("groups", objects: g)
        if let counters { out.add("counters", object: counters.writer()) }
        return out.finished()
    }

    /// Reads an INFO body; members a newer bus adds are ignored, and `version`, `counters` and
    /// a group's `lag_ms` and `dead_letters`, which an older bus does not send, may be missing.
    public init(decoding frame: [UInt8]) throws(WireError) {
        let json = try WireJSON(frame, what: "INFO")
        version = json["version"]?.stringValue
        keysVersion = json["keys_version"]?.intValue.flatMap { $0 >= 0 ? UInt64($0) : nil }
        let l = try json.object("log")
        log = Log(start: try l.unsigned("start"), next: try l.unsigned("next"), durable: try l.unsigned("durable"),
                  segments: Int(try l.unsigned("segments")), bytes: try l.unsigned("bytes"),
                  commits: try l.unsigned("commits"), dedupIdentities: Int(try l.unsigned("dedup_identities")))
        let i = try json.object("intake")
        intake = Intake(heldBytes: Int(try i.unsigned("held_bytes")), limitBytes: Int(try i.unsigned("limit_bytes")),
                        paused: try i.bool("paused"), pauses: Int(try i.unsigned("pauses")))
        groups = []
        for g in try json.objects("groups") {
            var members: [Member] = []
            for m in try g.objects("members") {
                members.append(Member(consumer: try m.string("consumer"), credit: Int(try m.int("credit")),
                                      inFlight: Int(try m.unsigned("in_flight"))))
            }
            groups.append(Group(name: try g.string("name"), types: try g.strings("types"), position: try g.unsigned("position"),
                                lag: try g.unsigned("lag"), inFlight: Int(try g.unsigned("in_flight")),
                                waiting: Int(try g.unsigned("waiting")), members: members,
                                lagMillis: g["lag_ms"] == nil ? nil : try g.unsigned("lag_ms"),
                                deadLetters: g["dead_letters"] == nil ? nil : try g.unsigned("dead_letters")))
        }
        counters = json["counters"] == nil ? nil : try Counters(try json.object("counters"))
    }
}
