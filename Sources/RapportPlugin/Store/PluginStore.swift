import Foundation
import GRDB
import Logging
import RapportEvents
import Synchronization

/// A plugin's state: its tables (named migrations), the record of handled inputs, the outbox
/// and the durable timers, in one SQLite database in WAL mode that the plugin's instances on
/// one host share (each instance opens it; SQLite's locks serialise their transactions).
///
/// Each batch of deliveries is one transaction: for each event, in a savepoint, the handlers'
/// changes, the record that it was handled and the events it emitted; a failing handler rolls
/// back its own event only. The transaction commits before anything is acknowledged, so a
/// crash before the ack redelivers events the store already holds as handled (acknowledged
/// again, not handled twice), and nothing emitted is lost (the outbox is published after).
public final class PluginStore: Sendable {
    let writer: any DatabaseWriter
    /// Outbox rows this process has published and not yet deleted, oldest first: they go in
    /// the next batch's transaction (``process(_:plugin:router:now:logger:)``) or in
    /// ``forgetSent()``, so publishing costs no commit of its own. A crash before that only
    /// publishes them again, with the same ids: duplicates the bus drops. Deleted by `seq` *and*
    /// `id`: instances share the outbox, and once another has emptied it SQLite gives a new row
    /// a `seq` this one has published before. Each carries a number of this process's (`mark`),
    /// so the thread that deleted a snapshot forgets exactly those rows while the outbox sender's
    /// thread adds more.
    private let published = Mutex<Published>(Published())

    struct Published {
        var rows: [(mark: Int, seq: Int64, id: String)] = []
        var nextMark = 0
    }

    /// How long the record of a handled input is kept (8 days). A redelivery comes within an
    /// ack timeout; a replay after `rapport groups reset` needs `rapport plugins reset-state`.
    public static let handledLifetime: TimeInterval = 8 * 86_400

    /// Opens (creating if needed) the store at `path` and brings its schema up to date: the
    /// SDK's tables, then `migrations` in order.
    ///
    /// - Throws: ``PluginError`` naming the file and what SQLite said.
    public init(path: String, migrations: [PluginMigration]) throws(PluginError) {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
        } catch {
            throw PluginError("cannot create the folder of the plugin's state \(path): \(error)")
        }
        // Instances starting together would race to switch the new file to WAL and to migrate it
        // (SQLite refuses both to a second process at once, busy timeout or not): one opens and
        // migrates at a time.
        let lock = MigrationLock(path + ".migrate.lock")
        defer { lock.release() }
        do {
            writer = try DatabasePool(path: path, configuration: configuration)
            // GRDB sets synchronous = NORMAL on its WAL writer; a committed batch must be on disk
            // before it is acknowledged, so the writer syncs every commit.
            // Each event runs in a savepoint of the batch's transaction, so one failing handler
            // rolls back alone; SQLite keeps a savepoint's undo pages in a sub-journal, by default
            // a temporary file: 90% of the writer's pwrite calls (34,000 4 KiB writes in 4 s of
            // the plugin bench, against 2,600 to the WAL). In memory they cost a few pages per
            // event, freed at its release.
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
            }
        } catch {
            throw PluginError("cannot open the plugin's state at \(path): \(error)")
        }
        try Self.migrate(writer, migrations, what: path)
    }

    /// A store in memory, running the same SQL (the test kit's).
    public init(inMemory migrations: [PluginMigration]) throws(PluginError) {
        do { writer = try DatabaseQueue() } catch { throw PluginError("cannot open an in-memory store: \(error)") }
        try Self.migrate(writer, migrations, what: "the in-memory store")
    }

    private static func migrate(_ writer: any DatabaseWriter, _ migrations: [PluginMigration], what: String) throws(PluginError) {
        var migrator = DatabaseMigrator()
        var names = Set<String>()
        for migration in SDKSchema.migrations + migrations {
            guard names.insert(migration.name).inserted else {
                throw PluginError("two migrations are named '\(migration.name)'; each step needs a name of its own")
            }
            let statements = migration.statements
            migrator.registerMigration(migration.name) { db in
                for sql in statements { try db.execute(sql: sql) }
            }
        }
        do { try migrator.migrate(writer) } catch {
            throw PluginError("cannot bring the schema of \(what) up to date: \(error)")
        }
    }

    /// Runs `body` in one immediate write transaction (other instances wait for it).
    func transaction<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    // MARK: Inputs

    /// Handles a batch of delivered events in one transaction (see the type's doc).
    ///
    /// The events are decoded before the transaction (other instances are not kept waiting for
    /// it). The batch first runs with no savepoint per event; only if a handler throws is that
    /// pass rolled back and the batch run again with each event in a savepoint of its own, so the
    /// failing event alone is rolled back and NACKed. A savepoint makes SQLite copy every page an
    /// event changes into a sub-journal: with no handler failing, the first pass costs `rapport
    /// bench sdk` 20–30% less CPU per event. Handlers therefore must keep their effects to the
    /// context (their state, `emit`, `schedule`), which is what the first pass's rollback undoes;
    /// a log line written before a failure in the same batch can appear twice.
    package func process(_ inputs: [(offset: UInt64, bytes: [UInt8])], plugin: PluginIdentity, router: PluginRouter,
                 now: Date, logger: Logger) throws -> [InputOutcome] {
        try process(inputs, events: Self.decode(inputs.map(\.bytes)), plugin: plugin, router: router, now: now, logger: logger)
    }

    /// The delivered events read, each or the reason it cannot be.
    static func decode(_ inputs: [[UInt8]]) -> [Result<TypedEvent, EventValidationError>] {
        inputs.map { bytes in Result { () throws(EventValidationError) in try TypedEvent(decoding: bytes) } }
    }

    /// Handles a batch whose events were read already (`events`, as ``decode(_:)`` gives them,
    /// one per input).
    /// `keepAlive` runs between events (``InputBatch/keepAlive``).
    func process(_ inputs: [(offset: UInt64, bytes: [UInt8])], events: [Result<TypedEvent, EventValidationError>],
                 plugin: PluginIdentity, router: PluginRouter, now: Date, logger: Logger,
                 keepAlive: @escaping () -> Void = {}) throws -> [InputOutcome] {
        let sent = published.withLock { $0.rows }
        for (input, event) in zip(inputs, events) {
            if case .failure(let error) = event {
                // Stored under an older catalogue, or a site type the bus let through that the
                // catalogue now defines otherwise: NACKed, the bus dead-letters it after max_deliveries.
                logger.error("cannot read a delivered event", metadata: ["offset": "\(input.offset)", "error": "\(error)"])
            }
        }
        var routes = RouteCache(router)
        let batch = InputBatch(inputs: inputs, events: events, plugin: plugin, now: now, logger: logger, keepAlive: keepAlive)
        let optimistic = Result { () throws -> [InputOutcome] in
            try transaction { db in
                try Self.delete(sent, db)
                return try batch.handleTogether(in: db, routes: &routes)
            }
        }
        let outcomes: [InputOutcome]
        switch optimistic {
        case .success(let result):
            outcomes = result
        case .failure(let error):
            guard error is InputBatch.HandlerFailed else { throw error }
            outcomes = try transaction { db in
                try Self.delete(sent, db)
                return try batch.handleIsolated(in: db, routes: &routes)
            }
        }
        forget(sent)
        return outcomes
    }

    // MARK: Timers

    /// Fires the timers due at `now` (at most `limit`), each once: in one transaction, each
    /// timer's row is deleted and its handler run in a savepoint; a failing handler's timer is
    /// moved 30 s on and tried again; `keepAlive` runs between two timers. Returns how many fired.
    package func fireDueTimers(plugin: PluginIdentity, router: PluginRouter, now: Date, logger: Logger, limit: Int = 100,
                               keepAlive: () -> Void = {}) throws -> Int {
        guard let handler = router.timerHandler else { return 0 }
        return try transaction { db in
            let database = PluginDatabase(db: db)
            let due = try database.rows("SELECT key, due, payload FROM rapport_timers WHERE due <= ? ORDER BY due, key LIMIT ?",
                                        [.millis(now), .int(limit)])
            var fired = 0
            for (number, row) in due.enumerated() {
                if number > 0 { keepAlive() }
                let key = row.string("key") ?? ""
                let timer = PluginTimer(key: key, due: Date(timeIntervalSince1970: Double(row.int("due") ?? 0) / 1_000),
                                        payload: row.string("payload") ?? "")
                var log = logger
                log[metadataKey: "timer"] = "\(key)"
                do {
                    try db.inSavepoint {
                        try database.execute("DELETE FROM rapport_timers WHERE key = ?", [.text(key)])
                        try handler(timer, HandlerContext(db: database, now: now, logger: logger, event: nil, plugin: plugin, timerKey: key))
                        return .commit
                    }
                    fired += 1
                } catch {
                    log.warning("a timer handler failed; it is tried again in 30 s", metadata: ["error": "\(error)"])
                    try database.execute("UPDATE rapport_timers SET due = ? WHERE key = ?",
                                         [.millis(now.addingTimeInterval(30)), .text(key)])
                }
            }
            return fired
        }
    }

    // MARK: Outbox

    /// The oldest `limit` events waiting in the outbox that this process has not published yet.
    package func outbox(limit: Int) throws -> [OutboxEntry] {
        let after = published.withLock { $0.rows.last?.seq } ?? 0
        let sql = "SELECT seq, id, type, event FROM rapport_outbox WHERE seq > ? ORDER BY seq LIMIT ?"
        return try writer.read { db in
            // Reads run in a transaction of their own, so the direct path applies: GRDB's rows were
            // most of the outbox sender's time.
            guard let query = try DirectStatement.cached(sql, in: db) else {
                return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [after, limit]).map {
                    OutboxEntry(seq: $0["seq"], id: $0["id"], type: $0["type"], event: Array($0["event"] as Data))
                }
            }
            var entries: [OutboxEntry] = []
            try query.forEachRow([.integer(after), .int(limit)]) { row in
                entries.append(OutboxEntry(seq: row.integer(0), id: row.text(1), type: row.text(2), event: row.blob(3)))
            }
            return entries
        }
    }

    /// The bus has these outbox events (accepted or duplicate): they leave the outbox with the
    /// next batch's transaction, or at ``forgetSent()``.
    package func sent(_ entries: [OutboxEntry]) {
        published.withLock { published in
            for entry in entries {
                published.rows.append((published.nextMark, entry.seq, entry.id))
                published.nextMark += 1
            }
        }
    }

    /// Deletes the published events still in the outbox now, in a transaction of their own (when
    /// no batch came to take them along).
    package func forgetSent() throws {
        let sent = published.withLock { $0.rows }
        guard !sent.isEmpty else { return }
        try transaction { db in try Self.delete(sent, db) }
        forget(sent)
    }

    /// These published rows were deleted.
    private func forget(_ rows: [(mark: Int, seq: Int64, id: String)]) {
        guard let last = rows.last?.mark else { return }
        published.withLock { $0.rows.removeAll { $0.mark <= last } }
    }

    private static func delete(_ rows: [(mark: Int, seq: Int64, id: String)], _ db: Database) throws {
        guard !rows.isEmpty else { return }
        // By `seq`, its key, *and* `id`: another instance may have written a row under a reused seq
        // (ids are unique, and every id listed was published).
        guard let delete = try DirectStatement.cached("DELETE FROM rapport_outbox WHERE seq = ? AND id = ?", in: db) else {
            throw PluginError("published outputs leave the outbox only inside a transaction")
        }
        for row in rows { try delete.run { $0.bind(row.seq); $0.bind(row.id) } }
    }

    /// The bus refused an output: it moves to `rapport_outbox_rejected`, with the reason.
    func rejected(_ entry: OutboxEntry, code: String, error: String, now: Date) throws {
        try transaction { db in
            try db.execute(sql: "DELETE FROM rapport_outbox WHERE seq = ?", arguments: [entry.seq])
            try db.execute(sql: """
                INSERT INTO rapport_outbox_rejected (id, type, event, code, error, rejected_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING
                """, arguments: [entry.id, entry.type, Data(entry.event), code, error, SQLValue.millis(now).int])
        }
    }

    /// Forgets handled-input records older than ``handledLifetime``; returns how many.
    ///
    /// Oldest first, `chunk` rows a transaction, so other instances' batches are not kept waiting
    /// behind one long delete. Records are appended in the order they are handled, so the lowest
    /// rowids are the oldest (SQLite's own order; `rapport_handled` keeps no index on
    /// `handled_at`, which cost every input a third B-tree insert: `rapport bench sdk`'s handler
    /// with one INSERT and one emit took 15.3–15.9 µs an event without it against 15.9–17.6 with
    /// it, and the plugin phase of `rapport bench` read 52,746–57,689 events/s against
    /// 47,204–54,051, alternating). A chunk with nothing old enough ends the pruning; a
    /// record written under a clock set back waits for a later prune, and no record younger than
    /// the lifetime is ever deleted.
    @discardableResult
    func pruneHandled(now: Date, chunk: Int = 10_000) throws -> Int {
        let cutoff = SQLValue.millis(now.addingTimeInterval(-Self.handledLifetime)).int ?? 0
        var after: Int64 = 0
        var total = 0
        while true {
            let (deleted, last) = try transaction { db -> (Int, Int64?) in
                let last = try Int64.fetchOne(db, sql: """
                    SELECT max(rowid) FROM (SELECT rowid FROM rapport_handled WHERE rowid > ? ORDER BY rowid LIMIT ?)
                    """, arguments: [after, chunk])
                guard let last else { return (0, nil) }
                try db.execute(sql: "DELETE FROM rapport_handled WHERE rowid > ? AND rowid <= ? AND handled_at < ?",
                               arguments: [after, last, cutoff])
                return (db.changesCount, last)
            }
            total += deleted
            guard let last, deleted > 0 else { return total }
            after = last
        }
    }

    /// A setting of the writer's connection (`PRAGMA synchronous`), for tests and status.
    package func writeSetting(_ pragma: String) throws -> SQLValue? {
        try writer.writeWithoutTransaction { db in try Row.fetchOne(db, sql: pragma).map { SQLValue($0[0] as DatabaseValue) } }
    }

    /// Reads the store (for status, the test kit and tests).
    public func read<T>(_ body: (PluginDatabase) throws -> T) throws -> T {
        try writer.read { db in try body(PluginDatabase(db: db)) }
    }
}
