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
    /// Events the instance takes at once (its credit). 1,024 keeps the next DELIVERs on their
    /// way while a batch is handled: the plugin phase of `rapport bench` read 12% more events a
    /// second than with 256 on an idle 2-core machine (22,158 and 22,773 against 20,484 and
    /// 18,717, alternating runs). A redelivery after a crash is at most this many events, which
    /// the store recognises as handled.
    public var credit: Int = 1_024
    /// Most events handled in one transaction and acknowledged together. A DELIVER larger than
    /// this is handled in several, each acknowledged as soon as it commits, so the bus has the
    /// credit back and sends the next events while the rest of the DELIVER is handled (with one
    /// transaction per DELIVER, the instance waited for each next DELIVER: the bus's round trip
    /// and its journal's sync).
    public var batch: Int = 256
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
