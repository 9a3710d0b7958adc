import Foundation
import GRDB
import Testing
@testable import RapportPlugin

/// Records of handled inputs are forgotten after `PluginStore.handledLifetime`, oldest first by rowid,
/// a chunk a transaction: never one younger than the lifetime.
@Suite("Handled records pruned")
final class HandledPruningTests {
    /// This test's scratch folder, removed when the test ends (a class suite is made afresh for each test).
    private let folder = NSTemporaryDirectory() + "prune-\(UUID().uuidString)"

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    private func path() -> String { folder + "/\(UUID().uuidString.prefix(8))/state.sqlite" }

    @Test("old records go, young ones stay, a young one among the old (a clock set back) too, chunk by chunk")
    func oldestFirst() throws {
        let store = try PluginStore(path: path(), migrations: [])
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        let old = now.addingTimeInterval(-PluginStore.handledLifetime - 3_600)
        let young = now.addingTimeInterval(-86_400)
        let rows: [(String, Date)] = [("o1", old), ("o2", old), ("y1", young), ("o3", old), ("o4", old), ("y2", young), ("y3", young)]
        try store.transaction { db in
            for (id, at) in rows {
                try db.execute(sql: "INSERT INTO rapport_handled (source, id, handled_at) VALUES ('/s', ?, ?)",
                               arguments: [id, SQLValue.millis(at).int])
            }
        }
        #expect(try store.pruneHandled(now: now, chunk: 2) == 4)
        let left = try store.read { try $0.rows("SELECT id FROM rapport_handled ORDER BY id").compactMap { $0.string("id") } }
        #expect(left == ["y1", "y2", "y3"])
        #expect(try store.pruneHandled(now: now, chunk: 2) == 0, "nothing more to forget")
    }

    @Test("a store made before the index was dropped loses it when opened; its records stay")
    func upgrade() throws {
        let path = path()
        do {
            let store = try PluginStore(path: path, migrations: [PluginMigration("p-1", "CREATE TABLE p (k TEXT)")])
            try store.transaction { db in
                // As the SDK's first schema left it.
                try db.execute(sql: "CREATE INDEX rapport_handled_at ON rapport_handled (handled_at)")
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'rapport-sdk-2'")
                try db.execute(sql: "INSERT INTO rapport_handled (source, id, handled_at) VALUES ('/s', 'e-1', 1)")
            }
        }
        let store = try PluginStore(path: path, migrations: [PluginMigration("p-1", "CREATE TABLE p (k TEXT)")])
        let indexes = try store.read { try $0.rows("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'rapport_handled_at'") }
        #expect(indexes.isEmpty)
        #expect(try store.read { try $0.row("SELECT COUNT(*) AS n FROM rapport_handled")?.int("n") } == 1)
    }
}
