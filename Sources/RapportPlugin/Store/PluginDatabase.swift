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
        try db.execute(sql: sql, arguments: StatementArguments(arguments.map(\.databaseValue)))
    }

    /// Runs a query; every row it returns.
    public func rows(_ sql: String, _ arguments: [SQLValue] = []) throws -> [SQLRow] {
        try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments.map(\.databaseValue))).map(Self.row)
    }

    /// Runs a query; its first row, if any.
    public func row(_ sql: String, _ arguments: [SQLValue] = []) throws -> SQLRow? {
        try Row.fetchOne(db, sql: sql, arguments: StatementArguments(arguments.map(\.databaseValue))).map(Self.row)
    }

    /// Rows changed by the last statement.
    public var changes: Int { db.changesCount }

    private static func row(_ row: Row) -> SQLRow {
        SQLRow(columns: row.columnNames.map { name in (name, SQLValue(row[name] as DatabaseValue)) })
    }
}
