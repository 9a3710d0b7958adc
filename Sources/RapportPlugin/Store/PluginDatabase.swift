import GRDB

/// The plugin's state as its handlers see it, inside the SDK's transaction for the batch.
///
/// SQL is plain text with `?` placeholders and kept to what SQLite and PostgreSQL both accept
/// (standard `CREATE TABLE`, `INSERT … ON CONFLICT (…) DO UPDATE`, no `INSERT OR REPLACE`, no
/// `AUTOINCREMENT`; times as integer milliseconds), so the PostgreSQL store a later issue adds
/// runs the same statements and no plugin changes (docs/ARCHITECTURE.md, "Plugin state").
public struct PluginDatabase {
    let db: Database

    /// Runs a statement that returns no rows.
    public func execute(_ sql: String, _ arguments: [SQLValue] = []) throws {
        if let statement = direct(sql) { return try statement.run(arguments) }
        let arguments = Self.statementArguments(arguments)
        if let statement = cached(sql) {
            try statement.execute(arguments: arguments)
        } else {
            try db.execute(sql: sql, arguments: arguments)
        }
    }

    /// Runs a query; every row it returns.
    public func rows(_ sql: String, _ arguments: [SQLValue] = []) throws -> [SQLRow] {
        if let statement = direct(sql) { return try statement.rows(arguments) }
        let arguments = Self.statementArguments(arguments)
        if let statement = cached(sql) { return try Row.fetchAll(statement, arguments: arguments).map(Self.row) }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.row)
    }

    /// Runs a query; its first row, if any.
    public func row(_ sql: String, _ arguments: [SQLValue] = []) throws -> SQLRow? {
        if let statement = direct(sql) { return try statement.rows(arguments, limit: 1).first }
        let arguments = Self.statementArguments(arguments)
        if let statement = cached(sql) { return try Row.fetchOne(statement, arguments: arguments).map(Self.row) }
        return try Row.fetchOne(db, sql: sql, arguments: arguments).map(Self.row)
    }

    /// Inside a transaction (every handler's batch, every timer), the connection's prepared
    /// statement for `sql`, bound and read through SQLite's C API (``DirectStatement``). `nil`
    /// outside one (``PluginStore/read(_:)``), and for text with a `;` (possibly several
    /// statements) or that does not prepare: those run through GRDB, which also gives the error.
    private func direct(_ sql: String) -> DirectStatement? {
        guard !sql.utf8.contains(UInt8(ascii: ";")) else { return nil }
        return try? DirectStatement.cached(sql, in: db)
    }

    /// The connection's prepared statement for `sql`, kept for the next event: handlers and the
    /// SDK run the same few statements for every event, and preparing each anew (SQLite's
    /// parser, GRDB's authorizer) was most of the store's time per event. `nil` for text with a
    /// `;` (possibly several statements) or that does not prepare: those run as before, which
    /// also gives the same error.
    private func cached(_ sql: String) -> Statement? {
        guard !sql.utf8.contains(UInt8(ascii: ";")) else { return nil }
        return try? db.cachedStatement(sql: sql)
    }

    /// GRDB's arguments for `values`, through its existential initialiser: the generic one maps
    /// with a key path, which Swift resolves at run time on every call (13% of a plugin's time
    /// per event in a release-mode probe).
    private static func statementArguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { $0.databaseValue as (any DatabaseValueConvertible)? })
    }

    /// Rows changed by the last statement.
    public var changes: Int { db.changesCount }

    private static func row(_ row: Row) -> SQLRow {
        SQLRow(columns: row.columnNames.map { name in (name, SQLValue(row[name] as DatabaseValue)) })
    }
}
