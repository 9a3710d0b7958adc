import Foundation
import GRDB
import Logging
import RapportEvents

/// One batch of deliveries, decoded, as ``PluginStore/process(_:plugin:router:now:logger:)``
/// runs it in its transaction.
///
/// Two ways: all events together (``handleTogether(in:routes:)``), the way a batch with no
/// failing handler runs; or each event in a savepoint of its own (``handleIsolated(in:routes:)``),
/// when a handler failed and that event alone must be rolled back. Either way an input's record in
/// `rapport_handled` is written before its handlers run, and an input it does not add (handled
/// before, or twice in the batch: SQLite compares the keys' bytes) is a duplicate.
struct InputBatch {
    let inputs: [(offset: UInt64, bytes: [UInt8])]
    let events: [Result<TypedEvent, EventValidationError>]
    let plugin: PluginIdentity
    let now: Date
    let logger: Logger
    /// Called before each event but the first, to keep the instance's membership while a long batch runs
    /// (the runtime sends a heartbeat when one is due).
    var keepAlive: () -> Void = {}

    /// A handler threw while the batch ran together: the transaction is rolled back and the
    /// batch run again isolated.
    struct HandlerFailed: Error {}

    /// Runs every event's handlers with no savepoint, recording each as handled first (a
    /// duplicate, handled before or twice in the batch, changes no row and is not handled), and
    /// writes the batch's outputs when its handlers are done. Throws ``HandlerFailed`` when a
    /// handler throws.
    func handleTogether(in db: Database, routes: inout RouteCache) throws -> [InputOutcome] {
        let record = try recorder(db)
        let outbox = OutboxBuffer()
        let database = PluginDatabase(db: db)
        var outcomes: [InputOutcome] = []
        outcomes.reserveCapacity(inputs.count)
        for (input, decoded) in zip(inputs, events) {
            if !outcomes.isEmpty { keepAlive() }
            guard case .success(let event) = decoded else {
                outcomes.append(Self.unreadable(decoded))
                continue
            }
            guard try record(event) else {
                outcomes.append(.duplicate)
                continue
            }
            let context = HandlerContext(db: database, now: now, logger: logger, event: event, plugin: plugin,
                                         offset: input.offset, outbox: outbox)
            do {
                for handler in routes.handlers(for: event.type) { try handler(event, context) }
            } catch {
                throw HandlerFailed()
            }
            outcomes.append(.handled)
        }
        try outbox.write(to: db, now: now)
        return outcomes
    }

    /// Records an input as handled, in `db`'s transaction: `true` if the record is new, `false` for
    /// a duplicate.
    private func recorder(_ db: Database) throws -> (TypedEvent) throws -> Bool {
        guard let insert = try DirectStatement.cached("""
            INSERT INTO rapport_handled (source, id, handled_at) VALUES (?, ?, ?) ON CONFLICT (source, id) DO NOTHING
            """, in: db) else {
            throw PluginError("a batch runs only inside its transaction")
        }
        let handledAt = SQLValue.millis(now).int ?? 0
        return { event in
            try insert.run { $0.bind(event.source); $0.bind(event.id); $0.bind(handledAt) }
            return db.changesCount > 0
        }
    }

    /// Runs each event in a savepoint of its own: a failing handler rolls back its event only.
    func handleIsolated(in db: Database, routes: inout RouteCache) throws -> [InputOutcome] {
        let record = try recorder(db)
        let database = PluginDatabase(db: db)
        var outcomes: [InputOutcome] = []
        outcomes.reserveCapacity(inputs.count)
        for (input, decoded) in zip(inputs, events) {
            if !outcomes.isEmpty { keepAlive() }
            guard case .success(let event) = decoded else {
                outcomes.append(Self.unreadable(decoded))
                continue
            }
            let handlers = routes.handlers(for: event.type)
            do {
                let outcome = try Self.inSavepoint(db) { () throws -> InputOutcome in
                    guard try record(event) else { return .duplicate }
                    let context = HandlerContext(db: database, now: now, logger: logger, event: event, plugin: plugin, offset: input.offset)
                    for handler in handlers { try handler(event, context) }
                    return .handled
                }
                outcomes.append(outcome)
            } catch {
                logger.warning("a handler failed; its changes are rolled back and the event is NACKed",
                               metadata: ["error": "\(error)", "event.type": "\(event.type)", "event.id": "\(event.id)", "offset": "\(input.offset)"])
                outcomes.append(.failed("\(error)"))
            }
        }
        return outcomes
    }

    private static func unreadable(_ decoded: Result<TypedEvent, EventValidationError>) -> InputOutcome {
        guard case .failure(let error) = decoded else { return .handled }
        return .failed("cannot read the event: \(error)")
    }

    /// Runs `body` in a savepoint, rolled back if it throws, through cached statements: GRDB's
    /// `inSavepoint` parses its statements anew on every call (4% of a plugin's time per event
    /// in a release-mode probe).
    private static func inSavepoint<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try db.cachedStatement(sql: "SAVEPOINT rapport_event").execute()
        let result: T
        do {
            result = try body()
        } catch {
            try db.cachedStatement(sql: "ROLLBACK TO SAVEPOINT rapport_event").execute()
            try db.cachedStatement(sql: "RELEASE SAVEPOINT rapport_event").execute()
            throw error
        }
        try db.cachedStatement(sql: "RELEASE SAVEPOINT rapport_event").execute()
        return result
    }
}

/// The handlers for each event type, looked up once per batch.
struct RouteCache {
    let router: PluginRouter
    private var handlers: [String: [PluginRouter.EventHandler]] = [:]

    init(_ router: PluginRouter) { self.router = router }

    mutating func handlers(for type: String) -> [PluginRouter.EventHandler] {
        if let known = handlers[type] { return known }
        let found = router.handlers(for: type)
        handlers[type] = found
        return found
    }
}

/// The events a batch's handlers emit while it runs together, written to `rapport_outbox` in
/// emission order when the batch's handlers are done (so ``PluginDatabase/changes`` in a handler
/// is about the handler's own statements).
final class OutboxBuffer {
    private var rows: [(id: String, type: String, bytes: [UInt8])] = []

    func append(id: String, type: String, bytes: [UInt8]) {
        rows.append((id, type, bytes))
    }

    func write(to db: Database, now: Date) throws {
        guard !rows.isEmpty else { return }
        guard let insert = try DirectStatement.cached(
            "INSERT INTO rapport_outbox (id, type, event, created_at) VALUES (?, ?, ?, ?)", in: db) else {
            throw PluginError("the outbox is written only inside its batch's transaction")
        }
        let createdAt = SQLValue.millis(now).int ?? 0
        for row in rows {
            try insert.run { $0.bind(row.id); $0.bind(row.type); $0.bind(blob: row.bytes); $0.bind(createdAt) }
        }
        rows.removeAll()
    }
}
