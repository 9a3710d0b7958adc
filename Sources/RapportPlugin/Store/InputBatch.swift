import Foundation
import GRDB
import Logging
import RapportEvents

/// One batch of deliveries, decoded, as ``PluginStore/process(_:plugin:router:now:logger:)``
/// runs it in its transaction.
///
/// Two ways: all events together (``handleTogether(in:routes:)``), the way a batch with no
/// failing handler runs, writing the SDK's rows for the whole batch at once; or each event in a
/// savepoint of its own (``handleIsolated(in:routes:)``), when a handler failed and that event
/// alone must be rolled back.
struct InputBatch {
    let inputs: [(offset: UInt64, bytes: [UInt8])]
    let events: [Result<TypedEvent, EventValidationError>]
    let plugin: PluginIdentity
    let now: Date
    let logger: Logger

    /// A handler threw while the batch ran together: the transaction is rolled back and the
    /// batch run again isolated.
    struct HandlerFailed: Error {}

    /// Rows per multi-row statement: 4 columns each, far below SQLite's 32,766 variables and
    /// PostgreSQL's 65,535.
    static let rowsPerStatement = 500

    /// Runs every event's handlers with no savepoint, then records the batch's handled inputs
    /// and its outputs with a few multi-row statements: one statement per event and table cost
    /// more than the handler of a simple plugin (`rapport bench sdk`). Duplicates (handled before,
    /// or twice in the batch) are found first with one query. Throws ``HandlerFailed`` when a
    /// handler throws.
    func handleTogether(in db: Database, routes: inout RouteCache) throws -> [InputOutcome] {
        let handledBefore = try handledAlready(db)
        let outbox = OutboxBuffer()
        let database = PluginDatabase(db: db)
        var seen = Set<EventKey>()
        var handled: [EventKey] = []
        var outcomes: [InputOutcome] = []
        outcomes.reserveCapacity(inputs.count)
        for (input, decoded) in zip(inputs, events) {
            guard case .success(let event) = decoded else {
                outcomes.append(Self.unreadable(decoded))
                continue
            }
            let key = EventKey(source: event.source, id: event.id)
            guard !handledBefore.contains(key), seen.insert(key).inserted else {
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
            handled.append(key)
            outcomes.append(.handled)
        }
        try record(handled, db)
        try outbox.write(to: db, now: now)
        return outcomes
    }

    /// Runs each event in a savepoint of its own: a failing handler rolls back its event only.
    func handleIsolated(in db: Database, routes: inout RouteCache) throws -> [InputOutcome] {
        let record = try db.cachedStatement(sql: """
            INSERT INTO rapport_handled (source, id, handled_at) VALUES (?, ?, ?) ON CONFLICT (source, id) DO NOTHING
            """)
        let handledAt = SQLValue.millis(now).int
        let database = PluginDatabase(db: db)
        var outcomes: [InputOutcome] = []
        outcomes.reserveCapacity(inputs.count)
        for (input, decoded) in zip(inputs, events) {
            guard case .success(let event) = decoded else {
                outcomes.append(Self.unreadable(decoded))
                continue
            }
            let handlers = routes.handlers(for: event.type)
            do {
                let outcome = try Self.inSavepoint(db) { () throws -> InputOutcome in
                    try record.execute(arguments: [event.source, event.id, handledAt])
                    if db.changesCount == 0 { return .duplicate }
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

    /// The batch's events already in `rapport_handled`, found with one query per 500.
    private func handledAlready(_ db: Database) throws -> Set<EventKey> {
        let keys = events.compactMap { try? $0.get() }.map { EventKey(source: $0.source, id: $0.id) }
        var found = Set<EventKey>()
        for start in stride(from: 0, to: keys.count, by: Self.rowsPerStatement) {
            let chunk = keys[start..<min(start + Self.rowsPerStatement, keys.count)]
            // The VALUES list drives the join so each key is one index search (SQLite plans
            // `(source, id) IN (VALUES …)` as a scan of the whole table); PostgreSQL names the
            // columns of VALUES column1, column2 as SQLite does.
            let sql = "SELECT h.source, h.id FROM (VALUES " + Self.placeholders(rows: chunk.count, columns: 2)
                + ") AS v CROSS JOIN rapport_handled AS h WHERE h.source = v.column1 AND h.id = v.column2"
            let statement = try db.makeStatement(sql: sql)
            var arguments: [(any DatabaseValueConvertible)?] = []
            arguments.reserveCapacity(chunk.count * 2)
            for key in chunk { arguments.append(key.source); arguments.append(key.id) }
            let rows = try Row.fetchCursor(statement, arguments: StatementArguments(arguments))
            while let row = try rows.next() { found.insert(EventKey(source: row[0], id: row[1])) }
        }
        return found
    }

    /// Records the handled inputs.
    private func record(_ keys: [EventKey], _ db: Database) throws {
        let handledAt = SQLValue.millis(now).int
        // DO NOTHING only as a backstop: the keys were checked against the table and each other.
        try Self.insert(keys, into: "rapport_handled (source, id, handled_at)", columns: 3,
                        then: " ON CONFLICT (source, id) DO NOTHING", db) { [$0.source, $0.id, handledAt] }
    }

    /// Inserts `rows` into `table` (its name and column list), 500 rows a statement.
    static func insert<Row>(_ rows: [Row], into table: String, columns: Int, then suffix: String = "", _ db: Database,
                            values: (Row) -> [(any DatabaseValueConvertible)?]) throws {
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            // Prepared each time, not cached: the text differs with the batch's size (GRDB's cache
            // would keep one of each), and preparing costs under a microsecond a row.
            let statement = try db.makeStatement(sql: "INSERT INTO \(table) VALUES " + placeholders(rows: chunk.count, columns: columns) + suffix)
            var arguments: [(any DatabaseValueConvertible)?] = []
            arguments.reserveCapacity(chunk.count * columns)
            for row in chunk { arguments.append(contentsOf: values(row)) }
            try statement.execute(arguments: StatementArguments(arguments))
        }
    }

    /// `(?, ?), (?, ?), …`: `rows` groups of `columns` placeholders.
    static func placeholders(rows: Int, columns: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return Array(repeating: row, count: rows).joined(separator: ", ")
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

/// An input's identity, as `rapport_handled` keys it: compared by UTF-8 bytes, as SQLite and the
/// bus compare them (Swift's `String` equality is canonical: "é" and "e\u{301}" would be one key,
/// and the second event would be taken for a duplicate of the first and never handled).
struct EventKey: Hashable {
    let source: String
    let id: String

    static func == (a: EventKey, b: EventKey) -> Bool {
        a.source.utf8.elementsEqual(b.source.utf8) && a.id.utf8.elementsEqual(b.id.utf8)
    }

    func hash(into hasher: inout Hasher) {
        for part in [source, id] {
            let hashed: Void? = part.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil { for byte in part.utf8 { hasher.combine(byte) } }
            hasher.combine(part.utf8.count)
        }
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
/// emission order with multi-row statements when the batch's handlers are done.
final class OutboxBuffer {
    private var rows: [(id: String, type: String, bytes: [UInt8])] = []

    func append(id: String, type: String, bytes: [UInt8]) {
        rows.append((id, type, bytes))
    }

    func write(to db: Database, now: Date) throws {
        let createdAt = SQLValue.millis(now).int
        try InputBatch.insert(rows, into: "rapport_outbox (id, type, event, created_at)", columns: 4, db) {
            [$0.id, $0.type, Data($0.bytes), createdAt]
        }
        rows.removeAll()
    }
}
