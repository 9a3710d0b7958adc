import Foundation
import GRDB
import GRDBSQLite

/// A prepared statement from GRDB's cache, run with its values bound through SQLite's C API and
/// its rows read the same way.
///
/// Measured reason (perf on `rapport bench bus`'s plugin phase, 2026-12-07): GRDB binds through
/// `StatementArguments`, an array of existentials converted one by one to `DatabaseValue`s and
/// counted against the statement on every run, and reads through `Row`; for the SDK's three rows
/// per event (handled record, state row, outbox row) that was about a tenth of the plugin's
/// loop, more than SQLite's own work for the rows. Here a run binds each value straight into
/// the statement (text and blobs copied by SQLite, so nothing outlives the call), steps it to the
/// end and resets it.
///
/// Runs only inside a transaction (a batch's, a timer's, a read's): SQLite ends a transaction by itself
/// after some errors (a full disk, an I/O error), and a statement run after that would commit on
/// its own; GRDB refuses to run statements then, and ``run(_:bind:)`` refuses too.
/// ``PluginDatabase`` falls back to GRDB's own path outside one.
struct DirectStatement {
    private let statement: Statement
    private let connection: OpaquePointer

    /// The connection's cached statement for `sql`; `nil` when `db` is not inside a transaction.
    /// Throws GRDB's error when the text does not prepare.
    static func cached(_ sql: String, in db: Database) throws -> DirectStatement? {
        guard let connection = db.sqliteConnection, sqlite3_get_autocommit(connection) == 0 else { return nil }
        return DirectStatement(statement: try db.cachedStatement(sql: sql), connection: connection)
    }

    /// Binds the values in order (`bind` receives the binder), then runs the statement to its end.
    func run(bind: (inout Binder) -> Void) throws {
        try start(bind)
        defer { sqlite3_reset(statement.sqliteStatement) }
        while true {
            let code = sqlite3_step(statement.sqliteStatement)
            if code == SQLITE_DONE { return }
            if code != SQLITE_ROW { throw failure(code) }
        }
    }

    /// Runs the statement with `values` bound in order.
    func run(_ values: [SQLValue]) throws {
        try run { binder in for value in values { binder.bind(value) } }
    }

    /// Runs the query with `values` bound in order; up to `limit` rows it returns.
    func rows(_ values: [SQLValue], limit: Int = .max) throws -> [SQLRow] {
        var names: [String] = []
        var rows: [SQLRow] = []
        try forEachRow(values, limit: limit) { row in
            if names.isEmpty { names = (0..<row.count).map(row.name) }
            rows.append(SQLRow(columns: (0..<row.count).map { (names[$0], row.value($0)) }))
        }
        return rows
    }

    /// Runs the query with `values` bound in order; `body` reads each of its first `limit` rows.
    func forEachRow(_ values: [SQLValue], limit: Int = .max, _ body: (Columns) throws -> Void) throws {
        try start { binder in for value in values { binder.bind(value) } }
        defer { sqlite3_reset(statement.sqliteStatement) }
        let columns = Columns(handle: statement.sqliteStatement)
        var read = 0
        while read < limit {
            let code = sqlite3_step(statement.sqliteStatement)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw failure(code) }
            try body(columns)
            read += 1
        }
    }

    /// The current row of a query, column by column (0-based).
    struct Columns {
        fileprivate let handle: OpaquePointer

        var count: Int { Int(sqlite3_column_count(handle)) }
        func name(_ column: Int) -> String { String(cString: sqlite3_column_name(handle, CInt(column))) }
        func value(_ column: Int) -> SQLValue { DirectStatement.value(handle, CInt(column)) }
        func integer(_ column: Int) -> Int64 { sqlite3_column_int64(handle, CInt(column)) }
        func text(_ column: Int) -> String { value(column).string ?? "" }
        func blob(_ column: Int) -> [UInt8] {
            switch value(column) {
            case .blob(let bytes): bytes
            case .text(let text): Array(text.utf8)
            default: []
            }
        }
    }

    private func start(_ bind: (inout Binder) -> Void) throws {
        // SQLite rolled the transaction back after an error: nothing more may run in it.
        guard sqlite3_get_autocommit(connection) == 0 else {
            throw DatabaseError(resultCode: .SQLITE_ABORT, message: "the transaction was rolled back by an earlier error",
                                sql: statement.sql)
        }
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var binder = Binder(handle: handle)
        bind(&binder)
        guard binder.index - 1 == sqlite3_bind_parameter_count(handle) else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE,
                                message: "wrong number of statement arguments: \(binder.index - 1), the statement has \(sqlite3_bind_parameter_count(handle))",
                                sql: statement.sql)
        }
    }

    private func failure(_ code: CInt) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)),
                      sql: statement.sql)
    }

    fileprivate static func value(_ handle: OpaquePointer, _ column: CInt) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            let length = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self))
        case SQLITE_BLOB:
            let length = Int(sqlite3_column_bytes(handle, column))
            guard length > 0, let bytes = sqlite3_column_blob(handle, column) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: length)))
        default:
            return .null
        }
    }

    /// Binds values to a statement's parameters in order, SQLite copying text and blobs.
    struct Binder {
        fileprivate let handle: OpaquePointer
        fileprivate var index: CInt = 1

        /// SQLite's `SQLITE_TRANSIENT`: the value is copied before the call returns.
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        mutating func bind(_ value: SQLValue) {
            switch value {
            case .null: sqlite3_bind_null(handle, index)
            case .integer(let v): sqlite3_bind_int64(handle, index, v)
            case .real(let v): sqlite3_bind_double(handle, index, v)
            case .text(let v): bindText(v)
            case .blob(let v): bindBlob(v)
            }
            index += 1
        }

        mutating func bind(_ text: String) {
            bindText(text)
            index += 1
        }

        mutating func bind(_ integer: Int64) {
            sqlite3_bind_int64(handle, index, integer)
            index += 1
        }

        mutating func bind(blob: [UInt8]) {
            bindBlob(blob)
            index += 1
        }

        private func bindText(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                utf8.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress {
                        _ = sqlite3_bind_text(handle, index, base, CInt(chars.count), Self.transient)
                    } else {
                        // Empty text, not NULL (SQLite binds NULL for a nil pointer).
                        _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
                    }
                }
            }
        }

        private func bindBlob(_ bytes: [UInt8]) {
            // A zero-length blob, not NULL, for an empty array (SQLite binds NULL for a nil pointer).
            guard !bytes.isEmpty else {
                sqlite3_bind_zeroblob(handle, index, 0)
                return
            }
            bytes.withUnsafeBytes { raw in
                _ = sqlite3_bind_blob(handle, index, raw.baseAddress, CInt(raw.count), Self.transient)
            }
        }
    }
}
