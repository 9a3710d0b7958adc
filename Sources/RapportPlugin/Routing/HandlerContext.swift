import Foundation
import Logging
import RapportEvents

/// What a handler works with: the plugin's state, inside the transaction for its batch; the
/// clock; and the outbox and timers, written in the same transaction.
///
/// Everything a handler does through the context commits with the record that its event was
/// handled, or not at all: if the handler throws, its changes are rolled back (the other
/// events of the batch keep theirs) and the event is NACKed for the bus to deliver again.
public struct HandlerContext {
    /// The plugin's SQL state.
    public let db: PluginDatabase
    /// Now, from the plugin's clock (a manual clock in tests).
    public let now: Date
    /// The plugin's logger, with the event's type, id and offset (or the timer's key) as metadata.
    /// Made when asked for: setting metadata re-renders the handler's, which every event paid
    /// for although few handlers log.
    public var logger: Logger {
        var logger = baseLogger
        var metadata: Logger.Metadata = [:]
        if let event {
            metadata["event.type"] = "\(event.type)"
            metadata["event.id"] = "\(event.id)"
        }
        if let offset { metadata["offset"] = "\(offset)" }
        if let timerKey { metadata["timer"] = "\(timerKey)" }
        logger.handler.metadata.merge(metadata) { $1 }
        return logger
    }
    /// The input being handled; `nil` in a timer handler.
    public let event: TypedEvent?
    /// The plugin.
    public let plugin: PluginIdentity
    private let baseLogger: Logger
    private let offset: UInt64?
    private let timerKey: String?
    /// Where emitted events wait while a batch runs together (``InputBatch``); `nil`: straight
    /// into `rapport_outbox`.
    private let outbox: OutboxBuffer?

    /// A context for the event at `offset`, or for the timer `timerKey`.
    init(db: PluginDatabase, now: Date, logger: Logger, event: TypedEvent?, plugin: PluginIdentity,
         offset: UInt64? = nil, timerKey: String? = nil, outbox: OutboxBuffer? = nil) {
        self.db = db
        self.now = now
        baseLogger = logger
        self.event = event
        self.plugin = plugin
        self.offset = offset
        self.timerKey = timerKey
        self.outbox = outbox
    }

    /// Emits an event: it goes into the outbox in this transaction and is published (with the
    /// id it gets now, so a resend is a duplicate at the bus) after the transaction commits.
    ///
    /// `location` and `agent` default to those of the event being handled, so alerts and
    /// results carry the location and agent they are about. Returns the new event's id.
    ///
    /// The event's row is written with the batch's other outputs when its handlers are done (or
    /// at once, in a batch run event by event after a failure), so ``PluginDatabase/changes``
    /// says nothing about it.
    ///
    /// - Throws: the bus's own error (`invalid-envelope`, …) if the event would be refused.
    @discardableResult
    public func emit(
        _ data: some EventData, subject: String? = nil, location: String?? = .none, agent: String?? = .none,
        partitionKey: String? = nil
    ) throws -> String {
        let id = EventID.make()
        guard let time = Instant(millisecondsSinceEpoch: Int64((now.timeIntervalSince1970 * 1_000).rounded())) else {
            throw PluginError("the plugin's clock reads \(now), which is not a time an event can carry")
        }
        if let declared = plugin.publishes, !declared.contains(type(of: data).eventType.rawValue) {
            throw PluginError("plugin '\(plugin.name)' emits \(type(of: data).eventType.rawValue), which it does not declare in publishes (\(declared.sorted().joined(separator: ", ")))")
        }
        let out = try TypedEvent.encoding(
            id: id, source: plugin.source, time: time, subject: subject ?? event?.subject,
            location: location ?? event?.location, agent: agent ?? event?.agent,
            partitionKey: partitionKey ?? event?.partitionKey, data: data)
        if let outbox {
            outbox.append(id: id, type: out.event.type, bytes: out.bytes)
        } else {
            try db.execute("INSERT INTO rapport_outbox (id, type, event, created_at) VALUES (?, ?, ?, ?)",
                           [.text(id), .text(out.event.type), .blob(out.bytes), .millis(now)])
        }
        return id
    }

    /// Schedules a durable timer: at `due` (or at once after a restart, if `due` passed while
    /// the plugin was down, once it has caught up with the log) the timer handler runs once,
    /// in exactly one instance. Scheduling a key again moves its timer.
    public func schedule(at due: Date, key: String, payload: String = "") throws {
        try db.execute("""
            INSERT INTO rapport_timers (key, due, payload, scheduled_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET due = excluded.due, payload = excluded.payload, scheduled_at = excluded.scheduled_at
            """, [.text(key), .millis(due), .text(payload), .millis(now)])
    }

    /// Cancels the timer `key`, if it is pending.
    public func cancelTimer(key: String) throws {
        try db.execute("DELETE FROM rapport_timers WHERE key = ?", [.text(key)])
    }
}
