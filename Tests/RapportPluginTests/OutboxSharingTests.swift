import Foundation
import Logging
import RapportEvents
import Testing
@testable import RapportPlugin

/// Two instances share one store's outbox: what one has published and deletes later must never
/// take another's new output with it (SQLite reuses a `seq` once the table has been emptied).
@Suite("Outbox shared by instances")
struct OutboxSharingTests {
    private func feedback(_ id: String) -> [UInt8] {
        Array(#"{"specversion":"1.0","id":"\#(id)","source":"/locations/s/desks/1","type":"rapport.feedback.received","time":"2026-12-06T10:00:00Z","location":"s","agent":"a","data":{"source":"survey","scores":{"csat":4}}}"#.utf8)
    }

    @Test("an instance's delayed delete of what it published leaves another instance's new output in the outbox")
    func delayedDeleteKeepsOthersOutput() throws {
        let folder = NSTemporaryDirectory() + "outbox-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/state.sqlite"
        let a = try PluginStore(path: path, migrations: [])
        let b = try PluginStore(path: path, migrations: [])
        let plugin = PluginIdentity(name: "sharing")
        var router = PluginRouter()
        router.on(FeedbackReceived.self) { _, event, context in
            try context.emit(FeedbackTagged(feedback: EventReference(source: event.source, id: event.id), themes: [:], lexicon: "t"))
        }
        let logger = Logger(label: "test")
        _ = try a.process([(0, feedback("e-1"))], plugin: plugin, router: router, now: Date(), logger: logger)
        // Both instances publish the one output (the bus keeps one: same id).
        let first = try a.outbox(limit: 10)
        #expect(first.count == 1)
        a.sent(first)
        b.sent(try b.outbox(limit: 10))
        // B's next batch deletes it, emptying the outbox, and emits a new output: SQLite gives
        // it the seq the first one had.
        _ = try b.process([(1, feedback("e-2"))], plugin: plugin, router: router, now: Date(), logger: logger)
        let second = try b.outbox(limit: 10)
        #expect(second.count == 1 && second[0].seq == first[0].seq, "the seq is reused")
        // A's next batch deletes what A published: not B's new output.
        _ = try a.process([(2, feedback("e-3"))], plugin: plugin, router: router, now: Date(), logger: logger)
        let left = try b.outbox(limit: 10).map(\.id)
        #expect(left.contains(second[0].id), "B's unpublished output is still there: \(left)")
    }
}
