import Foundation
import GRDB
import Testing
@testable import RapportPlugin

/// Handlers' SQL inside a transaction is bound and read through SQLite's C API
/// (`DirectStatement`), not GRDB's arguments and rows: these hold it to what GRDB gave.
@Suite("SQL bound and read directly")
final class DirectStatementTests {
    /// This test's scratch folder, removed when the test ends (a class suite is made afresh for each test).
    private let folder = NSTemporaryDirectory() + "direct-\(UUID().uuidString)"

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    private func store() throws -> PluginStore {
        try PluginStore(path: folder + "/\(UUID().uuidString.prefix(8))/state.sqlite", migrations: [
            PluginMigration("t-1", "CREATE TABLE t (k TEXT PRIMARY KEY, v)"),
        ])
    }

    @Test("every kind of value goes in and comes back as it was: empty text and blobs are not NULL, text keeps NUL and non-ASCII")
    func valuesRoundTrip() throws {
        let store = try store()
        let values: [(String, SQLValue, String)] = [
            ("empty-text", .text(""), "text"), ("empty-blob", .blob([]), "blob"), ("null", .null, "null"),
            ("real", .real(1.5), "real"), ("integer", .integer(-3), "integer"),
            ("text", .text("a\u{0}b é 🙂"), "text"), ("blob", .blob([0, 255, 1]), "blob"),
        ]
        let rows = try store.transaction { db in
            let database = PluginDatabase(db: db)
            for (key, value, _) in values { try database.execute("INSERT INTO t (k, v) VALUES (?, ?)", [.text(key), value]) }
            return try database.rows("SELECT k, v, typeof(v) AS kind FROM t ORDER BY k")
        }
        #expect(rows.count == values.count)
        for (key, value, kind) in values {
            let row = rows.first { $0.string("k") == key }
            #expect(row?["v"] == value, "\(key)")
            #expect(row?.string("kind") == kind, "\(key)")
        }
        // The same rows read outside a transaction (GRDB's path) say the same.
        let again = try store.read { try $0.rows("SELECT k, v, typeof(v) AS kind FROM t ORDER BY k") }
        #expect(again == rows)
    }

    @Test("a wrong number of values and a broken constraint are errors, and the statement serves the next call")
    func errorsLeaveTheStatementUsable() throws {
        let store = try store()
        try store.transaction { db in
            let database = PluginDatabase(db: db)
            let insert = "INSERT INTO t (k, v) VALUES (?, ?)"
            #expect(throws: DatabaseError.self) { try database.execute(insert, [.text("only one")]) }
            #expect(throws: DatabaseError.self) { try database.execute(insert, [.text("a"), .integer(1), .integer(2)]) }
            try database.execute(insert, [.text("a"), .integer(1)])
            let duplicate = #expect(throws: DatabaseError.self) { try database.execute(insert, [.text("a"), .integer(2)]) }
            #expect(duplicate?.resultCode == .SQLITE_CONSTRAINT, "\(String(describing: duplicate))")
            try database.execute(insert, [.text("b"), .integer(2)])
        }
        let count = try store.read { try $0.row("SELECT count(*) AS n FROM t")?.int("n") }
        #expect(count == 2)
    }

    @Test("row() reads the first row and lets go of the query: a write after it in the same transaction works")
    func firstRowOnly() throws {
        let store = try store()
        let (first, after) = try store.transaction { db in
            let database = PluginDatabase(db: db)
            for key in ["a", "b", "c"] { try database.execute("INSERT INTO t (k, v) VALUES (?, ?)", [.text(key), .integer(1)]) }
            let first = try database.row("SELECT k FROM t ORDER BY k")
            try database.execute("UPDATE t SET v = 2")
            return (first?.string("k"), try database.row("SELECT sum(v) AS s FROM t")?.int("s"))
        }
        #expect(first == "a")
        #expect(after == 6)
    }

    @Test("handlers' changes count the rows their last statement changed")
    func changes() throws {
        let store = try store()
        let counts = try store.transaction { db in
            let database = PluginDatabase(db: db)
            try database.execute("INSERT INTO t (k, v) VALUES (?, ?)", [.text("a"), .integer(1)])
            let inserted = database.changes
            try database.execute("INSERT INTO t (k, v) VALUES (?, ?) ON CONFLICT (k) DO NOTHING", [.text("a"), .integer(1)])
            return (inserted, database.changes)
        }
        #expect(counts.0 == 1 && counts.1 == 0)
    }
}
