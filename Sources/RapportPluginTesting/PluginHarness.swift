import Foundation
import RapportEvents
import RapportPlugin

/// What a plugin test does with a plugin, whatever runs it: ``PluginTestKit`` (in memory, no
/// bus) or ``LivePluginHarness`` (the SDK's real runtime against a real bus). A test written
/// against this protocol runs both ways, so the fast test and the real one cannot drift apart.
public protocol PluginHarness: AnyObject {
    /// Delivers events to the plugin and returns once it has handled them.
    func handle(_ events: [TypedEvent]) async throws
    /// Moves the plugin's clock on and returns once the timers that came due have fired.
    func advanceClock(by duration: Duration) async throws
    /// The events the plugin published since the last call, oldest first.
    func publishedEvents() async throws -> [TypedEvent]
    /// Runs a query on the plugin's state.
    func query(_ sql: String) throws -> [SQLRowValues]
}

/// A row of a query, as column → text (numbers as their decimal text), for assertions.
public typealias SQLRowValues = [String: String]

extension PluginTestKit: PluginHarness {
    public func handle(_ events: [TypedEvent]) async throws {
        try deliver(bytes: events.map { $0.encoded() })
    }

    public func advanceClock(by duration: Duration) async throws {
        try advance(by: duration)
    }

    public func publishedEvents() async throws -> [TypedEvent] {
        try takeOutputs()
    }

    public func query(_ sql: String) throws -> [SQLRowValues] {
        try store.read { db in try db.rows(sql).map(SQLRowValues.init) }
    }
}

extension SQLRowValues {
    init(_ row: SQLRow) {
        self.init()
        for (name, value) in row.columns {
            switch value {
            case .null: break
            case .integer(let v): self[name] = String(v)
            case .real(let v): self[name] = String(v)
            case .text(let v): self[name] = v
            case .blob(let v): self[name] = String(decoding: v, as: UTF8.self)
            }
        }
    }
}
