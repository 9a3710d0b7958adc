import Foundation
import GRDB
import RapportEvents

/// The capture agent's store-and-forward spool: one SQLite file holding every captured event
/// until the bus acknowledges it.
///
/// A write returns once it is on disk (WAL with `PRAGMA synchronous = FULL`), so an event
/// ``enqueue(_:)`` accepted survives the process being killed and the machine losing power.
/// Several processes may share a spool (the sender and one-shot captures): SQLite serialises
/// their writes, and resending an event another process already sent is safe (the bus answers
/// `duplicate`). Past ``SpoolLimits`` or on a full disk, ``enqueue(_:)`` throws and writes
/// nothing: the caller still holds the event.
///
/// Tables (see ``SpoolMigrations``): `pending` (sequence, id, source, type, the exact event
/// bytes, enqueued time, attempts, last error), `dead_letters` (with the bus's code and
/// reason) and `state` (pending totals, last ack, last error).
public final class CaptureSpool: Sendable {
    /// The spool file.
    public let path: String
    /// The limits applied by ``enqueue(_:)``.
    public let limits: SpoolLimits
    private let database: DatabaseQueue

    /// Opens (creating it and its directory if needed) the spool at `path` and brings its
    /// schema up to date.
    public init(path: String, limits: SpoolLimits = SpoolLimits()) throws(CaptureError) {
        self.path = path
        self.limits = limits
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
                throw .spool(path: path, doing: "creating its directory", detail: error.localizedDescription)
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        // WAL is set here, not with `configuration.journalMode = .wal`: GRDB's WAL set-up runs
        // after this and lowers `synchronous` to NORMAL, where a commit may be lost on power
        // failure. FULL syncs the log on every commit: a returned write is on disk.
        configuration.prepareDatabase { db in
            let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            guard mode == "wal" else { throw DatabaseError(message: "could not switch the spool to WAL (journal_mode is \(mode ?? "unknown"))") }
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try SpoolMigrations.migrator.migrate(database)
        } catch {
            throw Self.failure(error, path: path, doing: "opening")
        }
    }

    /// Spools `event` (its exact encoding); returns its sequence. An event already pending
    /// with the same `source` and `id` is not spooled twice: its sequence is returned.
    @discardableResult
    public func enqueue(_ event: TypedEvent, at now: Int64 = CaptureSpool.nowMillis()) throws(CaptureError) -> Int64 {
        try enqueue(bytes: event.encoded(), id: event.id, source: event.source, type: event.type, at: now)
    }

    /// Spools an already encoded event; see ``enqueue(_:at:)``. Throws
    /// ``CaptureError/spoolFull`` past the limits and ``CaptureError/diskFull`` on `SQLITE_FULL`.
    @discardableResult
    public func enqueue(bytes: [UInt8], id: String, source: String, type: String, at now: Int64 = CaptureSpool.nowMillis()) throws(CaptureError) -> Int64 {
        let limits = limits, path = path
        return try write("spooling an event") { db throws -> Int64 in
            try Self.insert(db, bytes: bytes, id: id, source: source, type: type, at: now, limits: limits, path: path)
        }
    }

    /// Spools `events` in one commit, all or none (a capture tool importing a batch, the
    /// bench filling a spool): one sync for the lot. Returns their sequences, in order.
    @discardableResult
    public func enqueue(contentsOf events: [TypedEvent], at now: Int64 = CaptureSpool.nowMillis()) throws(CaptureError) -> [Int64] {
        let limits = limits, path = path
        let encoded = events.map { ($0.encoded(), $0.id, $0.source, $0.type) }
        return try write("spooling \(events.count) events") { db throws -> [Int64] in
            try encoded.map { event in
                try Self.insert(db, bytes: event.0, id: event.1, source: event.2, type: event.3, at: now, limits: limits, path: path)
            }
        }
    }

    /// Inserts one event inside a write, checking the limits against the running totals.
    private static func insert(_ db: Database, bytes: [UInt8], id: String, source: String, type: String, at now: Int64,
                               limits: SpoolLimits, path: String) throws -> Int64 {
        if let existing = try Int64.fetchOne(db, sql: "SELECT sequence FROM pending WHERE source = ? AND id = ?", arguments: [source, id]) {
            return existing
        }
        let totals = try Row.fetchOne(db, sql: "SELECT pending_count, pending_bytes FROM state WHERE singleton = 1")
        let count: Int = totals?["pending_count"] ?? 0
        let total: Int64 = totals?["pending_bytes"] ?? 0
        if count + 1 > limits.maxPendingEvents {
            throw CaptureError.spoolFull(path: path, pendingEvents: count, pendingBytes: total, limit: "max_pending_events \(limits.maxPendingEvents)")
        }
        if total + Int64(bytes.count) > limits.maxPendingBytes {
            throw CaptureError.spoolFull(path: path, pendingEvents: count, pendingBytes: total, limit: "max_spool_bytes \(limits.maxPendingBytes)")
        }
        try db.execute(
            sql: "INSERT INTO pending (id, source, type, event, bytes, enqueued_at) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [id, source, type, Data(bytes), bytes.count, now])
        let sequence = db.lastInsertedRowID
        try db.execute(sql: "UPDATE state SET pending_count = pending_count + 1, pending_bytes = pending_bytes + ? WHERE singleton = 1",
                       arguments: [bytes.count])
        return sequence
    }

    /// The first pending events in spool order: at most `maxEvents`, and at most `maxBytes`
    /// of JSON (but always at least one when any is pending).
    public func nextBatch(maxEvents: Int, maxBytes: Int = 4 << 20) throws(CaptureError) -> [SpooledEvent] {
        try read("reading pending events") { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM pending ORDER BY sequence LIMIT ?", arguments: [maxEvents])
            var batch: [SpooledEvent] = [], bytes = 0
            for row in rows {
                let event = Self.pendingEvent(row)
                if !batch.isEmpty && bytes + event.bytes.count > maxBytes { break }
                bytes += event.bytes.count
                batch.append(event)
            }
            return batch
        }
    }

    /// Applies the bus's answers in one transaction: stored events leave the spool, rejected
    /// ones move to the dead letters, the others stay with their attempt counted. Events no
    /// longer pending (settled by another process) are skipped.
    public func settle(_ outcomes: [(event: SpooledEvent, settlement: SpoolSettlement)], at now: Int64 = CaptureSpool.nowMillis()) throws(CaptureError) {
        try write("recording the bus's answers") { db throws in
            var removed = 0, removedBytes = 0, stored = false
            var retryError: String?
            for (event, settlement) in outcomes {
                let stillPending = try Bool.fetchOne(db, sql: "SELECT 1 FROM pending WHERE sequence = ?", arguments: [event.sequence]) ?? false
                guard stillPending else { continue }
                switch settlement {
                case .stored:
                    stored = true
                case .deadLetter(let code, let error):
                    try db.execute(sql: """
                        INSERT OR REPLACE INTO dead_letters (sequence, id, source, type, event, enqueued_at, rejected_at, code, error)
                        SELECT sequence, id, source, type, event, enqueued_at, ?, ?, ? FROM pending WHERE sequence = ?
                        """, arguments: [now, code, error, event.sequence])
                case .retry(let error):
                    retryError = error
                    try db.execute(sql: "UPDATE pending SET attempts = attempts + 1, last_error = ? WHERE sequence = ?",
                                   arguments: [error, event.sequence])
                    continue
                }
                try db.execute(sql: "DELETE FROM pending WHERE sequence = ?", arguments: [event.sequence])
                removed += 1
                removedBytes += event.bytes.count
            }
            try db.execute(sql: "UPDATE state SET pending_count = pending_count - ?, pending_bytes = pending_bytes - ? WHERE singleton = 1",
                           arguments: [removed, removedBytes])
            if stored {
                try db.execute(sql: "UPDATE state SET last_ack_at = ? WHERE singleton = 1", arguments: [now])
            }
            if let retryError {
                try db.execute(sql: "UPDATE state SET last_error_at = ?, last_error = ? WHERE singleton = 1", arguments: [now, retryError])
            } else if stored {
                try db.execute(sql: "UPDATE state SET last_error_at = NULL, last_error = NULL WHERE singleton = 1")
            }
        }
    }

    /// Records that a send of `events` got no answer (the bus is down or unreachable).
    public func recordFailure(_ events: [SpooledEvent], error: String, at now: Int64 = CaptureSpool.nowMillis()) throws(CaptureError) {
        try settle(events.map { ($0, .retry(error: error)) }, at: now)
        if events.isEmpty {
            try write("recording a send failure") { db throws in
                try db.execute(sql: "UPDATE state SET last_error_at = ?, last_error = ? WHERE singleton = 1", arguments: [now, error])
            }
        }
    }

    /// Whether event `sequence` is still pending.
    public func isPending(_ sequence: Int64) throws(CaptureError) -> Bool {
        try read("looking up an event") { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM pending WHERE sequence = ?", arguments: [sequence]) ?? false
        }
    }

    /// What the spool holds and how sending has gone.
    public func status() throws(CaptureError) -> SpoolStatus {
        let limits = limits
        let fileBytes = [path, path + "-wal"].reduce(Int64(0)) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value ?? 0)
        }
        return try read("reading its status") { db in
            let state = try Row.fetchOne(db, sql: "SELECT * FROM state WHERE singleton = 1")
            let oldest = try Int64.fetchOne(db, sql: "SELECT enqueued_at FROM pending ORDER BY sequence LIMIT 1")
            let dead = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM dead_letters") ?? 0
            return SpoolStatus(
                pendingEvents: state?["pending_count"] ?? 0, pendingBytes: state?["pending_bytes"] ?? 0,
                oldestEnqueuedAt: oldest, lastAckAt: state?["last_ack_at"], lastErrorAt: state?["last_error_at"],
                lastError: state?["last_error"], deadLetters: dead, fileBytes: fileBytes, limits: limits)
        }
    }

    /// The dead letters, oldest first.
    public func deadLetters() throws(CaptureError) -> [DeadLetterEntry] {
        try read("reading dead letters") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM dead_letters ORDER BY sequence").map { row in
                DeadLetterEntry(
                    sequence: row["sequence"], id: row["id"], source: row["source"], type: row["type"],
                    bytes: [UInt8]((row["event"] as Data?) ?? Data()), enqueuedAt: row["enqueued_at"],
                    rejectedAt: row["rejected_at"], code: row["code"], error: row["error"])
            }
        }
    }

    /// Moves every dead letter back to pending, at its old sequence, to be sent again (after
    /// the cause was fixed at the bus, e.g. a catalogue that now knows the type); returns how
    /// many. Refuses with ``CaptureError/spoolFull`` when they would not fit.
    @discardableResult
    public func retryDeadLetters() throws(CaptureError) -> Int {
        let limits = limits, path = path
        return try write("moving dead letters back to pending") { db throws -> Int in
            let totals = try Row.fetchOne(db, sql: "SELECT pending_count, pending_bytes FROM state WHERE singleton = 1")
            let count: Int = totals?["pending_count"] ?? 0
            let total: Int64 = totals?["pending_bytes"] ?? 0
            let moving = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS n, COALESCE(SUM(LENGTH(event)), 0) AS b FROM dead_letters")
            let n: Int = moving?["n"] ?? 0
            let b: Int64 = moving?["b"] ?? 0
            guard n > 0 else { return 0 }
            if count + n > limits.maxPendingEvents || total + b > limits.maxPendingBytes {
                throw CaptureError.spoolFull(path: path, pendingEvents: count, pendingBytes: total,
                                             limit: "max_pending_events \(limits.maxPendingEvents), max_spool_bytes \(limits.maxPendingBytes)")
            }
            try db.execute(sql: """
                INSERT OR IGNORE INTO pending (sequence, id, source, type, event, bytes, enqueued_at, attempts, last_error)
                SELECT sequence, id, source, type, event, LENGTH(event), enqueued_at, 0, 'retried after: ' || code || ': ' || error
                FROM dead_letters ORDER BY sequence
                """)
            let inserted = db.changesCount
            try db.execute(sql: "DELETE FROM dead_letters")
            try db.execute(sql: "UPDATE state SET pending_count = (SELECT COUNT(*) FROM pending), pending_bytes = (SELECT COALESCE(SUM(bytes), 0) FROM pending) WHERE singleton = 1")
            return inserted
        }
    }

    /// The journal mode and `synchronous` level in force (for tests: `wal` and 2, FULL).
    func durability() throws(CaptureError) -> (journalMode: String, synchronous: Int) {
        try read("reading its settings") { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "", try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1)
        }
    }

    /// Milliseconds since the Unix epoch, now.
    public static func nowMillis() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1_000).rounded(.down))
    }

    // MARK: - Helpers

    private static func pendingEvent(_ row: Row) -> SpooledEvent {
        SpooledEvent(
            sequence: row["sequence"], id: row["id"], source: row["source"], type: row["type"],
            bytes: [UInt8]((row["event"] as Data?) ?? Data()), enqueuedAt: row["enqueued_at"],
            attempts: row["attempts"], lastError: row["last_error"])
    }

    private func write<T>(_ doing: String, _ body: @escaping (Database) throws -> T) throws(CaptureError) -> T {
        do { return try database.write(body) } catch { throw Self.failure(error, path: path, doing: doing) }
    }

    private func read<T>(_ doing: String, _ body: @escaping (Database) throws -> T) throws(CaptureError) -> T {
        do { return try database.read(body) } catch { throw Self.failure(error, path: path, doing: doing) }
    }

    /// A capture error for `error`: ours as they are, `SQLITE_FULL` as a full disk.
    private static func failure(_ error: any Error, path: String, doing: String) -> CaptureError {
        if let error = error as? CaptureError { return error }
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_FULL {
                return .diskFull(path: path, detail: error.message ?? "SQLITE_FULL")
            }
            let hint = error.resultCode == .SQLITE_IOERR ? " (is the disk full, or a file-size limit reached? free space, then try again)" : ""
            return .spool(path: path, doing: doing, detail: "\(error.resultCode): \(error.message ?? "")\(hint)")
        }
        return .spool(path: path, doing: doing, detail: "\(error)")
    }
}
