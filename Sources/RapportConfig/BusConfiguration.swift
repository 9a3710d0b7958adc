/// Everything `rapport bus` needs, read and validated in one place.
public struct BusConfiguration: Sendable, Equatable {
    /// Directory for the log, group state and the default ipc sockets.
    public var dataDirectory: String
    /// Where producers and consumers connect (ROUTER). Default: `ipc://<data>/bus.sock`.
    public var ingestEndpoint: String
    /// Where best-effort followers subscribe (XPUB). Default: `ipc://<data>/live.sock`.
    public var liveEndpoint: String
    /// Largest event accepted, in bytes.
    public var maxEventBytes: Int = 262_144
    /// Bytes of events the bus holds in memory before they are durable (taken in, not yet
    /// committed). Past this the bus stops reading requests until a commit catches up, so a
    /// slow disk holds producers back (ZeroMQ's high-water marks) instead of growing memory.
    public var maxUncommittedBytes: Int = 8 << 20
    /// How long a (`source`, `id`) pair is remembered to drop resends.
    public var dedupWindowMillis: Int64 = 7 * 86_400_000
    /// Segment size of the log.
    public var segmentBytes: Int64 = 64 << 20
    /// Closed segments older than this are deleted (`nil`: keep).
    public var retentionMillis: Int64? = 30 * 86_400_000
    /// The oldest segments are deleted while the log is larger than this (`nil`: no limit).
    public var retentionBytes: Int64?
    /// Redelivery timeout for an unacknowledged event, unless a consumer asks for another.
    public var ackTimeoutMillis: Int64 = 30_000
    /// Deliveries after which an event goes to the dead-letter type.
    public var maxDeliveries = 5
    /// Consumer groups the bus keeps at most; a JOIN that would make another is refused.
    /// Each group holds a journal file open and is visited on every commit.
    public var maxGroups = 1_000
    /// How often the bus sends heartbeats to consumers.
    public var heartbeatMillis: Int64 = 1_000
    /// CurveZMQ secret key (Z85) for tcp endpoints.
    public var curveSecretKey: String?
    /// File of the client public keys (Z85, one a line, see ``AuthorizedKeys``) allowed to
    /// connect on tcp endpoints. The bus reads it again when it changes, so a key added or
    /// removed applies to new connections without a restart. With a tcp endpoint, set this or
    /// ``curveAllowAnyClient``, not both.
    public var curveAuthorizedKeysFile: String?
    /// Accept any client that completes the CURVE handshake on tcp (it knows the bus's public
    /// key): traffic is encrypted, clients are not authenticated. Must be chosen explicitly.
    public var curveAllowAnyClient = false
    /// The key registry (``KeyRegistry``): each client key's role and locations. Default
    /// `<data>/keys.yaml`, written by `rapport keys`; a missing file is an empty registry.
    public var keysFile: String
    /// Whether ipc clients present CURVE keys too (and get their key's role). Off: ipc
    /// clients are the host's users who can open the data directory's sockets (its owner and
    /// group), and act as admin.
    public var curveOnIPC = false
    /// While the bus runs, ask Linux to keep every CPU's wake-up latency at or below this many
    /// microseconds (CPU latency QoS, `/dev/cpu_dma_latency`); `nil` leaves the machine as it
    /// is. 0 keeps idle CPUs polling instead of halting: each hand-off between the bus's
    /// threads then costs no wake-up, which on a virtual machine cuts ack latency severalfold,
    /// at the price of CPUs that never rest while the bus runs. Needs root.
    public var cpuLatencyMicros: Int?

    /// Defaults for `dataDirectory`: ipc sockets inside it.
    public init(dataDirectory: String) {
        self.dataDirectory = dataDirectory
        self.ingestEndpoint = "ipc://\(dataDirectory)/bus.sock"
        self.liveEndpoint = "ipc://\(dataDirectory)/live.sock"
        self.keysFile = dataDirectory + "/keys.yaml"
    }

    /// Whether clients present CURVE keys, so the bus authenticates them and checks each
    /// message against its key's role: on tcp always, on ipc with `curve.on_ipc`.
    public var authenticatesClients: Bool { hasTCPEndpoint || curveOnIPC }

    /// Whether an endpoint is on tcp, so the bus is a CURVE server and authenticates clients.
    public var hasTCPEndpoint: Bool {
        ingestEndpoint.hasPrefix("tcp://") || liveEndpoint.hasPrefix("tcp://")
    }

    /// Checks cross-field rules: tcp endpoints need a CURVE key and a choice of which clients
    /// may connect.
    public func validated(source: String = "configuration") throws(ConfigError) -> BusConfiguration {
        for (key, endpoint) in [("endpoints.ingest", ingestEndpoint), ("endpoints.live", liveEndpoint)] {
            guard endpoint.hasPrefix("ipc://") || endpoint.hasPrefix("tcp://") || endpoint.hasPrefix("inproc://") else {
                throw ConfigError(source: source, key: key, "\(endpoint) is not an ipc://, tcp:// or inproc:// endpoint")
            }
            if endpoint.hasPrefix("tcp://") && curveSecretKey == nil {
                throw ConfigError(source: source, key: key,
                    "\(endpoint) is on tcp, which needs CurveZMQ: set curve.secret_key_file (make one with `rapport keygen`)")
            }
            if endpoint.hasPrefix("ipc://") && endpoint.utf8.count - 6 > 107 {
                throw ConfigError(source: source, key: key, "ipc path is longer than the 107 bytes a Unix socket allows; use a shorter data directory")
            }
        }
        if curveOnIPC && curveSecretKey == nil {
            throw ConfigError(source: source, key: "curve.on_ipc",
                "ipc clients can present keys only to a CurveZMQ server: set curve.secret_key_file too (make one with `rapport keygen`)")
        }
        if curveAuthorizedKeysFile != nil && curveAllowAnyClient {
            throw ConfigError(source: source, key: "curve.allow_any_client",
                "cannot be true together with curve.authorized_keys_file: keep the file to accept only listed clients, or remove it to accept any")
        }
        if let problem = outOfRange(source: source).first {
            throw problem
        }
        return self
    }

    /// The settings outside their accepted range, each an error naming its key (without a
    /// position: the file reader adds where the value is written).
    public func outOfRange(source: String = "configuration") -> [ConfigError] {
        var problems: [ConfigError] = []
        func check(_ ok: Bool, _ key: String, _ message: String) {
            if !ok { problems.append(ConfigError(source: source, key: key, message)) }
        }
        check(maxEventBytes >= 1_024 && maxEventBytes <= 16 << 20, "limits.max_event_bytes", "must be between 1024 and 16777216, got \(maxEventBytes)")
        check(maxUncommittedBytes >= 65_536, "limits.max_uncommitted_bytes", "must be at least 65536, got \(maxUncommittedBytes)")
        check((1...100_000).contains(maxGroups), "groups.max_groups", "must be from 1 to 100000, got \(maxGroups)")
        check(maxDeliveries >= 1, "groups.max_deliveries", "must be at least 1, got \(maxDeliveries)")
        if let bound = cpuLatencyMicros {
            check((0...1_000_000).contains(bound), "host.cpu_latency_us",
                "must be from 0 to 1000000 microseconds, got \(bound); leave it out to keep the machine's own setting")
        }
        check(segmentBytes >= 64 << 10, "log.segment_bytes", "must be at least 65536, got \(segmentBytes)")
        return problems
    }
}
