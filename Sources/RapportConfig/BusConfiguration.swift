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
    /// How often the bus sends heartbeats to consumers.
    public var heartbeatMillis: Int64 = 1_000
    /// CurveZMQ secret key (Z85) for tcp endpoints.
    public var curveSecretKey: String?

    /// Defaults for `dataDirectory`: ipc sockets inside it.
    public init(dataDirectory: String) {
        self.dataDirectory = dataDirectory
        self.ingestEndpoint = "ipc://\(dataDirectory)/bus.sock"
        self.liveEndpoint = "ipc://\(dataDirectory)/live.sock"
    }

    /// Checks cross-field rules: tcp endpoints need a CURVE key.
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
        guard maxEventBytes >= 1_024 && maxEventBytes <= 16 << 20 else {
            throw ConfigError(source: source, key: "limits.max_event_bytes", "must be between 1024 and 16777216, got \(maxEventBytes)")
        }
        guard maxDeliveries >= 1 else {
            throw ConfigError(source: source, key: "groups.max_deliveries", "must be at least 1, got \(maxDeliveries)")
        }
        guard segmentBytes >= 64 << 10 else {
            throw ConfigError(source: source, key: "log.segment_bytes", "must be at least 65536, got \(segmentBytes)")
        }
        return self
    }
}
