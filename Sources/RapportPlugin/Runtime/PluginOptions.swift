import Foundation
import RapportClient

/// How a plugin instance runs: where the bus and its state are, and its delivery terms.
public struct PluginOptions: Sendable {
    /// The bus.
    public var address: BusAddress
    /// The SQLite file of the plugin's state, shared by its instances on this host.
    public var statePath: String
    /// This instance's name in its group (shown by `rapport groups`).
    public var instanceName: String
    /// Events the instance takes at once (its credit): four batches, so that while one batch is
    /// handled the bus has the credit of the ones before it back and the next events are on their
    /// way. With 1,024-event batches, the plugin phase of `rapport bench` read 42,589 and 46,662
    /// events/s with a credit of 4,096 against 27,989 and 30,630 with 2,048 (2-core machine shared
    /// with a build, alternating runs). A redelivery after a crash is at most this many events,
    /// which the store recognises as handled.
    public var credit: Int = 4_096
    /// Most events handled in one transaction and acknowledged together. A DELIVER larger than
    /// this is handled in several, each acknowledged as soon as it commits. Larger transactions
    /// write fewer pages per event (`rapport bench sdk --batch`: one INSERT and one emit cost
    /// 16.8–18.2 µs an event in batches of 1,024 against 21.1–23.0 µs in batches of 256); much
    /// larger ones did worse in the plugin phase (2,048 with credit 8,192: 28,453 and 39,349 events/s).
    public var batch: Int = PluginOptions.defaultBatch
    /// The default ``batch``.
    public static let defaultBatch = 1_024
    /// How long the bus waits for an ack before delivering again.
    public var ackTimeout: Duration = .seconds(30)
    /// How often the instance sends HEARTBEAT.
    public var heartbeat: Duration = .seconds(1)
    /// How often due timers and the outbox are looked at when nothing arrives.
    public var tick: Duration = .milliseconds(200)

    public init(address: BusAddress, statePath: String, instanceName: String) {
        self.address = address
        self.statePath = statePath
        self.instanceName = instanceName
    }
}

extension Duration {
    /// Whole milliseconds.
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1_000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
