import Yams

/// A capture agent's settings (`capture.yaml`, section `capture:`): where its spool is, the
/// desk it captures for (location, desk, agent, source), how it reaches the bus, the spool's
/// limits and how sending behaves. Read strictly by ``read(_:source:)``; every field may also
/// be left to the command line (`rapport capture --location ...`), so all are optional or
/// defaulted here.
public struct CaptureConfiguration: Sendable, Equatable {
    /// The spool file (`spool`), e.g. `/var/lib/rapport/capture/spool.sqlite`.
    public var spoolPath: String?
    /// The location id (`location`), e.g. `store-12`.
    public var location: String?
    /// The desk id (`desk`), e.g. `3`; the default `source` is `/locations/<location>/desks/<desk>`.
    public var desk: String?
    /// The agent (employee) id working the desk (`agent`).
    public var agent: String?
    /// The events' `source` (`source`), when not the default from location and desk.
    public var source: String?
    /// The bus's data directory (`bus.data_dir`): its ipc socket is used.
    public var busDataDirectory: String?
    /// The bus's ROUTER endpoint (`bus.ingest`), e.g. `tcp://10.0.0.5:7400`; overrides `bus.data_dir`.
    public var busIngest: String?
    /// The bus's CURVE public key, Z85 (`bus.server_key`), for tcp.
    public var busServerKey: String?
    /// This agent's CURVE secret key file (`bus.client_key_file`), for tcp.
    public var busClientKeyFile: String?
    /// Most pending events the spool holds before capture refuses (`limits.max_pending_events`).
    public var maxPendingEvents = 1_000_000
    /// Most bytes of pending events (`limits.max_spool_bytes`, default 1GiB).
    public var maxSpoolBytes: Int64 = 1 << 30
    /// How long a one-shot capture tries to send before saying "queued" (`send.timeout`, 2s).
    public var sendTimeoutMillis: Int64 = 2_000
    /// Events per PUBLISH (`send.batch`, 1-1000, default 200).
    public var batchSize = 200
    /// How long the sender waits for one batch's answer (`send.answer_timeout`, 5s).
    public var answerTimeoutMillis: Int64 = 5_000
    /// The longest wait between the sender's tries while the bus is away (`send.retry_max`, 30s).
    public var retryMaxMillis: Int64 = 30_000
    /// Locations' calendars (`locations:`, as in `rapport.yaml`), for showing how a promise's
    /// due words are read at the desk's location; empty when the file has none.
    public var locations: [String: LocationConfiguration] = [:]

    /// Every setting at its default.
    public init() {}

    /// Reads `capture.yaml` text from `source` (the path, for messages): a mapping with the one
    /// key `capture:`. Never throws: returns the configuration, or every error found, each
    /// with `file:line:column` and the key.
    public static func read(_ text: String, source: String) -> (configuration: CaptureConfiguration?, errors: [ConfigError]) {
        var walk = ConfigWalk(source: source)
        let configuration: CaptureConfiguration
        do {
            let node = try Yams.compose(yaml: text)
            let root = node.flatMap { walk.mapping($0, at: "", pattern: nil, expected: "capture:") } ?? .empty("")
            var read = walk.readCapture(root)
            read.locations = walk.readLocations(root)
            configuration = read
        } catch {
            return (nil, [YAMLProblem.error(error, source: source)])
        }
        let errors = walk.errors.sorted { ($0.line ?? .max, $0.column ?? .max) < ($1.line ?? .max, $1.column ?? .max) }
        return (errors.isEmpty ? configuration : nil, errors)
    }
}
