/// The plugin-throughput phase's figures (`rapport bench`, unless `--skip-plugin`): a plugin
/// built on the SDK with durable state, beside the bus's raw consume rate over the same events.
public struct PluginBenchResult: Sendable {
    /// Input events in the log (one desk type), each handled once by the plugin.
    public var events = 0
    /// The plugin's credit (``RapportPlugin/PluginOptions/credit``).
    public var credit = 0
    /// The plugin's batch (``RapportPlugin/PluginOptions/batch``).
    public var batch = 0
    /// The raw consumer-group read of the same events (``BusConsume``), just before the plugin.
    public var rawConsume: ThroughputResult?
    /// Seconds from the plugin's first delivery until its group's position reached ``events``.
    public var inputSeconds: Double?
    /// Seconds from the first delivery until all ``events`` outputs were durable in the log.
    public var outputSeconds: Double?
    /// Seconds from starting the plugin service (store open, JOIN) to its first delivery.
    public var startSeconds: Double?
    /// State rows, handled-input records and outbox rows in the plugin's store afterwards.
    public var stateRows: Int?
    public var handledRows: Int?
    public var outboxRows: Int?
    /// Events the log held afterwards (inputs + outputs).
    public var logEvents: UInt64?
    /// The threads started for the plugin (its runtime's loop, its sockets' libzmq threads), in
    /// cores, while it ran.
    public var pluginThreadCores: Double?
    /// This process (the plugin, and the bench's INFO polling) and the bus, in cores, while it ran.
    public var processCores: Double?
    public var busCores: Double?
    /// This process's memory before the plugin started and when it was done (the plugin runs in it).
    public var memoryBefore: MemoryReading?
    public var memoryAfter: MemoryReading?
    /// The state database's size on disk afterwards (database and write-ahead log).
    public var stateBytes: Int64?

    /// Input events handled per second.
    public var inputRate: Double? { inputSeconds.map { Double(events) / max($0, 1e-9) } }
    /// Outputs published (durable in the log) per second.
    public var outputRate: Double? { outputSeconds.map { Double(events) / max($0, 1e-9) } }
    /// Plugin input rate ÷ raw consume rate.
    public var ratio: Double? { inputRate.flatMap { rate in rawConsume.map { rate / max($0.rate, 1e-9) } } }

    /// An empty result.
    public init() {}
}
