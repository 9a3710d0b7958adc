import Foundation
import RapportConfig
import Testing
@testable import RapportBus

@Suite("authorized keys file, read again when it changes")
struct AuthorizedKeysWatcherTests {
    static let alice = "t1[(yE@4xC@-N8I?iNmYTF=E6/u4qkQ[kH$H>Mmo"
    static let bob = "tS15zHkla.6}=y#pMP)QUrx>j.Vpk2.H3=ZFgGyS"

    /// Writes `text` to `path` and moves its modification time on by `seconds` from the last.
    static func write(_ text: String, to path: String, bump seconds: TimeInterval) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000 + seconds)], ofItemAtPath: path)
    }

    @Test("a change is read; an unchanged file is not read again")
    func reload() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/clients.keys"
            try Self.write("# desks\n\(Self.alice)\n", to: path, bump: 1)
            var watcher = AuthorizedKeysWatcher(path: path)
            #expect(watcher.clients == .listed(AuthorizedKeys(keys: [Self.alice])))
            #expect(watcher.refresh() == nil)

            try Self.write("# desks\n\(Self.alice)\n\(Self.bob)\n", to: path, bump: 2)
            #expect(watcher.refresh() == .loaded(keys: 2))
            #expect(watcher.clients == .listed(AuthorizedKeys(keys: [Self.alice, Self.bob])))

            // Revocation: the line is removed.
            try Self.write("\(Self.bob)\n", to: path, bump: 3)
            #expect(watcher.refresh() == .loaded(keys: 1))
            #expect(watcher.clients == .listed(AuthorizedKeys(keys: [Self.bob])))
        }
    }

    @Test("a broken or missing file refuses everybody, is reported once, and recovers when fixed")
    func broken() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/clients.keys"
            try Self.write("\(Self.alice)\n", to: path, bump: 1)
            var watcher = AuthorizedKeysWatcher(path: path)

            try Self.write("\(Self.alice)\nnot a key\n", to: path, bump: 2)
            guard case .failed(let reason) = watcher.refresh() else { Issue.record("no failure reported"); return }
            #expect(reason.contains("line 2"))
            #expect(watcher.clients == .unusable(reason: reason))
            #expect(watcher.refresh() == nil, "the same failure is reported once")

            try FileManager.default.removeItem(atPath: path)
            guard case .failed(let missing) = watcher.refresh() else { Issue.record("no failure reported"); return }
            #expect(missing.contains("cannot read"))

            try Self.write("\(Self.bob)\n", to: path, bump: 3)
            #expect(watcher.refresh() == .loaded(keys: 1))
            #expect(watcher.clients == .listed(AuthorizedKeys(keys: [Self.bob])))
        }
    }

    @Test("a file that cannot be read at first is unusable")
    func missingAtStart() throws {
        let watcher = AuthorizedKeysWatcher(path: "/nonexistent/clients.keys")
        guard case .unusable(let reason) = watcher.clients else { Issue.record("usable"); return }
        #expect(reason.contains("/nonexistent/clients.keys"))
    }
}
