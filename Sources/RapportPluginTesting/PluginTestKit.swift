import Foundation
import RapportEvents
import RapportPlugin
import Logging

/// Drives a plugin's handlers without a bus: typed events in, a manual clock, and the same
/// store code and SQL on an in-memory SQLite database, so a plugin's logic is tested fast and
/// deterministically. Each ``deliver(_:)`` is one batch (one transaction), as a DELIVER is.
///
/// ```swift
/// let kit = try PluginTestKit(name: "complaint-alerts", router: router, migrations: migrations)
/// try kit.deliver(complaint)
/// #expect(kit.takeOutputs().map(\.type) == ["rapport.alert.raised"])
/// try kit.advance(by: .seconds(4 * 3600))   // fires due timers
/// ```
public final class PluginTestKit {
    /// The plugin under test.
    public let plugin: PluginIdentity
    /// Its clock.
    public let clock: ManualClock
    /// Its state (query it with ``PluginStore/read(_:)``).
    public let store: PluginStore
    let router: PluginRouter
    private var nextOffset: UInt64 = 0
    private let logger = Logger(label: "rapport.plugin.test")

    /// A kit for the plugin `name`, its clock at `start`; its store in memory, or in the SQLite
    /// file at `statePath` (a second kit on the same file is the plugin after a restart).
    public init(name: String, publishes: [String]? = nil, router: PluginRouter, migrations: [PluginMigration] = [],
                start: Date = Date(timeIntervalSince1970: 1_795_425_300), statePath: String? = nil) throws {
        plugin = PluginIdentity(name: name, publishes: publishes)
        self.router = router
        clock = ManualClock(start)
        store = try statePath.map { path throws(PluginError) in try PluginStore(path: path, migrations: migrations) }
            ?? PluginStore(inMemory: migrations)
    }

    /// What became of each event delivered.
    public enum Outcome: Equatable, Sendable {
        /// Handled: its changes and outputs are committed (it would be acknowledged).
        case handled
        /// Already handled (a redelivery): nothing done again (it would be acknowledged).
        case duplicate
        /// A handler failed: rolled back (it would be NACKed with this error).
        case failed(String)
    }

    /// Delivers events as one batch; returns what became of each.
    @discardableResult
    public func deliver(_ events: TypedEvent...) throws -> [Outcome] {
        try deliver(bytes: events.map { $0.encoded() })
    }

    /// Delivers raw event JSON as one batch (to test events that are not valid today).
    @discardableResult
    public func deliver(bytes events: [[UInt8]]) throws -> [Outcome] {
        let inputs = events.map { bytes -> (offset: UInt64, bytes: [UInt8]) in
            defer { nextOffset += 1 }
            return (nextOffset, bytes)
        }
        return try store.process(inputs, plugin: plugin, router: router, now: clock.now, logger: logger).map {
            switch $0 {
            case .handled: .handled
            case .duplicate: .duplicate
            case .failed(let error): .failed(error)
            }
        }
    }

    /// Moves the clock on and fires the timers that came due; returns how many fired.
    @discardableResult
    public func advance(by duration: Duration) throws -> Int {
        clock.advance(by: duration)
        return try store.fireDueTimers(plugin: plugin, router: router, now: clock.now, logger: logger, limit: .max)
    }

    /// The events emitted and not yet taken, oldest first; takes them (as the sender would).
    public func takeOutputs() throws -> [TypedEvent] {
        let entries = try store.outbox(limit: .max)
        store.sent(entries)
        try store.forgetSent()
        var events: [TypedEvent] = []
        for entry in entries { events.append(try TypedEvent(decoding: entry.event)) }
        return events
    }

    /// Keys of the pending timers, soonest first.
    public func pendingTimers() throws -> [String] {
        try store.read { db in try db.rows("SELECT key FROM rapport_timers ORDER BY due, key").compactMap { $0.string("key") } }
    }
}
