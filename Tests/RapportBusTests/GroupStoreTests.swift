import Foundation
import RapportLog
import Testing
@testable import RapportBus

@Suite("Group state store")
struct GroupStoreTests {
    @Test("ack, advance and reset change what is done")
    func semantics() throws {
        try withTemporaryDirectory { dir in
            let store = try GroupStore(directory: dir + "/g")
            #expect(!store.hasPosition)
            #expect(!store.isDone(0))
            store.ack(5)
            #expect(store.isDone(5))
            #expect(!store.isDone(4))
            #expect(!store.hasPosition)

            store.advance(to: 3)
            #expect(store.hasPosition)
            #expect(store.position == 3)
            #expect((0..<3).allSatisfy { store.isDone($0) })
            #expect(!store.isDone(3))
            #expect(!store.isDone(4))
            #expect(store.isDone(5))
            #expect(store.acked == [5])

            _ = try store.flush()
            store.advance(to: 2)
            store.advance(to: 3)
            #expect(store.position == 3)
            #expect(try !store.flush(), "a position not past the current one writes nothing")

            store.ack(1)
            #expect(store.acked == [5], "an ack below the position is not kept")

            store.advance(to: 6)
            #expect(store.position == 6)
            #expect(store.acked.isEmpty)
            #expect(store.isDone(5))
            store.ack(9)

            store.reset(to: 1)
            #expect(store.position == 1)
            #expect(store.acked.isEmpty)
            #expect(store.isDone(0))
            #expect(!store.isDone(1))
            #expect(!store.isDone(5))
            #expect(!store.isDone(9))
        }
    }

    @Test("the journal is replayed on reopening; unflushed changes are not kept")
    func reopen() throws {
        try withTemporaryDirectory { dir in
            do {
                let store = try GroupStore(directory: dir)
                store.ack(3)
                store.ack(9)
                store.ack(12)
                store.advance(to: 5)
                #expect(try store.flush())
                #expect(try !store.flush())
                store.ack(20)
            }
            let store = try GroupStore(directory: dir)
            #expect(store.hasPosition)
            #expect(store.position == 5)
            #expect(store.acked == [9, 12])
            #expect(store.isDone(3))
            #expect(!store.isDone(5))
            #expect(!store.isDone(20))
        }
    }

    @Test("a new store without a journal has no position")
    func fresh() throws {
        try withTemporaryDirectory { dir in
            do { _ = try GroupStore(directory: dir + "/g") }
            let store = try GroupStore(directory: dir + "/g")
            #expect(!store.hasPosition)
            #expect(store.acked.isEmpty)
            #expect(try fileNames(dir + "/g").contains("journal.0"))
        }
    }

    @Test("a torn journal tail is cut and earlier records survive")
    func tornTail() throws {
        try withTemporaryDirectory { dir in
            do {
                let store = try GroupStore(directory: dir)
                store.advance(to: 2)
                store.ack(4)
                store.ack(6)
                _ = try store.flush()
            }
            try appendToFile(dir + "/journal.0", [0xDE, 0xAD, 0xBE, 0xEF, 0x01, 0x02, 0x03])
            do {
                let store = try GroupStore(directory: dir)
                #expect(store.position == 2)
                #expect(store.acked == [4, 6])
                #expect(try readFile(dir + "/journal.0").count == 48)
                store.ack(8)
                _ = try store.flush()
            }
            let store = try GroupStore(directory: dir)
            #expect(store.position == 2)
            #expect(store.acked == [4, 6, 8])
        }
    }

    @Test("a journal record with a bad checksum ends the replay")
    func damagedRecord() throws {
        try withTemporaryDirectory { dir in
            do {
                let store = try GroupStore(directory: dir)
                store.ack(4)
                store.ack(6)
                store.ack(8)
                _ = try store.flush()
            }
            var bytes = try readFile(dir + "/journal.0")
            bytes[16] ^= 0xFF
            try Data(bytes).write(to: URL(fileURLWithPath: dir + "/journal.0"))
            let store = try GroupStore(directory: dir)
            #expect(store.acked == [4])
            #expect(try readFile(dir + "/journal.0").count == 16)
        }
    }

    @Test("compaction writes a snapshot under the next generation and later acks go to the new journal")
    func compact() throws {
        try withTemporaryDirectory { dir in
            do {
                let store = try GroupStore(directory: dir)
                store.ack(1)
                store.ack(7)
                store.advance(to: 3)
                _ = try store.flush()
                try store.compact()
                #expect(try fileNames(dir) == ["journal.1", "state"])
                store.ack(9)
                store.advance(to: 4)
                _ = try store.flush()
                #expect(try readFile(dir + "/journal.1").count == 32)
            }
            do {
                let store = try GroupStore(directory: dir)
                #expect(store.hasPosition)
                #expect(store.position == 4)
                #expect(store.acked == [7, 9])
                try store.compact()
                #expect(try fileNames(dir) == ["journal.2", "state"])
                store.ack(11)
                _ = try store.flush()
            }
            let store = try GroupStore(directory: dir)
            #expect(store.position == 4)
            #expect(store.acked == [7, 9, 11])
            #expect(try fileNames(dir) == ["journal.2", "state"])
        }
    }

    @Test("a failed directory sync in compaction holds flushes back until it succeeds, and no synced ack is lost")
    func compactDirectorySyncFails() throws {
        try withTemporaryDirectory { dir in
            let directorySync = DirectorySyncSwitch()
            let store = try GroupStore(directory: dir, syncDirectory: directorySync.sync)
            store.ack(1)
            store.ack(7)
            store.advance(to: 3)
            #expect(try store.flush())
            try store.journal.sync()

            directorySync.failing = true
            #expect(throws: LogError.self) { try store.compact() }
            store.ack(9)
            #expect(throws: LogError.self, "nothing may be acknowledged while the rename may not be durable") { try store.flush() }
            #expect(throws: LogError.self) { try store.flush() }
            #expect(try fileNames(dir).contains("journal.0"), "the old journal stays until the directory is synced")

            directorySync.failing = false
            #expect(try store.flush())
            try store.journal.sync()
            #expect(try fileNames(dir) == ["journal.1", "state"])
            store.ack(11)
            #expect(try store.flush())
            try store.journal.sync()

            let reopened = try GroupStore(directory: dir)
            #expect(reopened.position == 3)
            #expect(reopened.acked == [7, 9, 11])
        }
    }

    @Test("a crash after a compaction's rename but before its directory sync recovers from either snapshot")
    func compactCrashBeforeDirectorySync() throws {
        try withTemporaryDirectory { dir in
            let directorySync = DirectorySyncSwitch()
            let store = try GroupStore(directory: dir, syncDirectory: directorySync.sync)
            store.ack(4)
            _ = try store.flush()
            try store.compact()
            store.ack(6)
            store.advance(to: 2)
            _ = try store.flush()
            try store.journal.sync()
            let oldState = try readFile(dir + "/state")

            directorySync.failing = true
            #expect(throws: LogError.self) { try store.compact() }
            store.ack(8)
            #expect(throws: LogError.self) { try store.flush() }

            // The rename reached the disk: the new snapshot holds every acknowledged record.
            let renamed = try GroupStore(directory: dir)
            #expect(renamed.position == 2)
            #expect(renamed.acked == [4, 6])
            // The rename was lost: the old snapshot and its journal, still there, hold them, and
            // ack 8 (written after the rename, never acknowledged) is not applied to it.
            try Data(oldState).write(to: URL(fileURLWithPath: dir + "/state"))
            let lost = try GroupStore(directory: dir)
            #expect(lost.position == 2)
            #expect(lost.acked == [4, 6])
        }
    }

    @Test("a snapshot of a group that never had a position keeps its acks and no position")
    func compactWithoutPosition() throws {
        try withTemporaryDirectory { dir in
            do {
                let store = try GroupStore(directory: dir)
                store.ack(4)
                _ = try store.flush()
                try store.compact()
            }
            let store = try GroupStore(directory: dir)
            #expect(!store.hasPosition)
            #expect(store.acked == [4])
        }
    }

    @Test("a reset after acks forgets them, across reopening and compaction")
    func resetForgetsAcks() throws {
        try withTemporaryDirectory { dir in
            do {
                let store = try GroupStore(directory: dir)
                store.advance(to: 10)
                store.ack(12)
                store.ack(15)
                _ = try store.flush()
                store.reset(to: 0)
                store.ack(3)
                _ = try store.flush()
            }
            do {
                let store = try GroupStore(directory: dir)
                #expect(store.position == 0)
                #expect(store.acked == [3])
                #expect(!store.isDone(12))
                #expect(!store.isDone(15))
                try store.compact()
            }
            let store = try GroupStore(directory: dir)
            #expect(store.position == 0)
            #expect(store.acked == [3])
        }
    }

    @Test("a damaged snapshot is refused as corrupt")
    func damagedSnapshot() throws {
        try withTemporaryDirectory { dir in
            do {
                let store = try GroupStore(directory: dir)
                store.advance(to: 3)
                _ = try store.flush()
                try store.compact()
            }
            var bytes = try readFile(dir + "/state")
            bytes[8] ^= 0x01
            try Data(bytes).write(to: URL(fileURLWithPath: dir + "/state"))
            do throws(LogError) {
                _ = try GroupStore(directory: dir)
                Issue.record("a damaged snapshot was accepted")
            } catch {
                #expect(error.kind == .corrupt)
                #expect(error.path.hasSuffix("/state"))
            }
        }
    }

    @Test("the group's types survive reopening; a new group has none")
    func types() throws {
        try withTemporaryDirectory { dir in
            let store = try GroupStore(directory: dir + "/g")
            #expect(store.types == nil)
            try store.saveTypes(["rapport.promise.*", "x-*"])
            #expect(try GroupStore(directory: dir + "/g").types == ["rapport.promise.*", "x-*"])
            try store.saveTypes(["*"])
            #expect(try GroupStore(directory: dir + "/g").types == ["*"])
        }
    }
}

/// A directory sync for ``GroupStore`` that fails on demand, as a full or failing disk would.
final class DirectorySyncSwitch {
    /// Whether ``sync(_:)`` fails.
    var failing = false

    /// Syncs `path` with ``LogFile/syncDirectory(_:)``, or throws EIO while ``failing``.
    func sync(_ path: String) throws(LogError) {
        if failing { throw LogError(.io(errno: 5), path: path, "cannot fsync directory: Input/output error (injected)") }
        try LogFile.syncDirectory(path)
    }
}
