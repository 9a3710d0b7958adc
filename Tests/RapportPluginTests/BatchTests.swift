import Foundation
import RapportEvents
import RapportPlugin
import RapportPluginTesting
import Testing

/// A batch runs its handlers together and writes the SDK's rows for the whole batch at once;
/// these hold that way to what one event at a time gave: each input handled once, outputs in the
/// order they were emitted, and a failure rolling back its own event only.
@Suite("Plugin batches (test kit)")
struct BatchTests {
    private static func kit() throws -> PluginTestKit {
        var router = PluginRouter()
        router.on(ComplaintReceived.self) { complaint, _, context in
            try context.db.execute("INSERT INTO seen (complaint) VALUES (?)", [.text(complaint.complaintID)])
            try context.emit(AlertRaised(alertID: "a-\(complaint.complaintID)", severity: .info, kind: "test", summary: "s",
                                         dedupKey: complaint.complaintID))
            if complaint.complaintID.hasPrefix("poison") { throw PluginError("cannot handle \(complaint.complaintID)") }
        }
        return try PluginTestKit(name: "batches", router: router,
                                 migrations: [PluginMigration("seen", "CREATE TABLE seen (complaint TEXT PRIMARY KEY)")])
    }

    @Test("an event twice in one batch, or again in a later one, is handled once")
    func duplicates() throws {
        let kit = try Self.kit()
        #expect(try kit.deliver(Desk.complaint("k1"), Desk.complaint("k2"), Desk.complaint("k1")) == [.handled, .handled, .duplicate])
        #expect(try kit.deliver(Desk.complaint("k2"), Desk.complaint("k3")) == [.duplicate, .handled])
        #expect(try kit.takeOutputs().map(\.id).count == 3)
        let seen = try kit.store.read { db in try db.rows("SELECT complaint FROM seen ORDER BY complaint").compactMap { $0.string("complaint") } }
        #expect(seen == ["k1", "k2", "k3"])
    }

    @Test("a batch larger than one multi-row statement keeps every output, in the order emitted")
    func largeBatch() throws {
        let kit = try Self.kit()
        let ids = (0..<1_234).map { String(format: "k%04d", $0) }
        let outcomes = try kit.deliver(bytes: ids.map { try Desk.complaint($0).encoded() })
        #expect(outcomes.count == ids.count && outcomes.allSatisfy { $0 == .handled })
        let alerts = try kit.takeOutputs().compactMap { event -> String? in
            guard case .alertRaised(let alert) = event.payload else { return nil }
            return alert.alertID
        }
        #expect(alerts == ids.map { "a-\($0)" })
        #expect(try kit.deliver(bytes: ids.map { try Desk.complaint($0).encoded() }).allSatisfy { $0 == .duplicate })
    }

    @Test("failures in a batch roll back only their own events; a duplicate beside them stays a duplicate")
    func failuresBesideDuplicates() throws {
        let kit = try Self.kit()
        try kit.deliver(Desk.complaint("k1"))
        _ = try kit.takeOutputs()
        let outcomes = try kit.deliver(Desk.complaint("poison-1"), Desk.complaint("k1"), Desk.complaint("k2"),
                                       Desk.complaint("poison-2"), Desk.complaint("k3"))
        #expect(outcomes[1] == .duplicate && outcomes[2] == .handled && outcomes[4] == .handled)
        guard case .failed(let first) = outcomes[0], case .failed(let second) = outcomes[3] else {
            Issue.record("expected the two poisoned events to fail: \(outcomes)")
            return
        }
        #expect(first.contains("poison-1") && second.contains("poison-2"))
        let alerts = try kit.takeOutputs().compactMap { event -> String? in
            guard case .alertRaised(let alert) = event.payload else { return nil }
            return alert.alertID
        }
        #expect(alerts == ["a-k2", "a-k3"])
        let seen = try kit.store.read { db in try db.rows("SELECT complaint FROM seen ORDER BY complaint").compactMap { $0.string("complaint") } }
        #expect(seen == ["k1", "k2", "k3"])
    }

    @Test("ids that are canonically equal but differ in bytes are two events, as the bus and SQLite see them")
    func bytesNotCanonicalEquality() throws {
        let kit = try Self.kit()
        let composed = try TypedEvent(id: "caf\u{E9}", source: "/locations/store-12/desks/3", time: Desk.time, location: "store-12",
                                      data: ComplaintReceived(complaintID: "k-composed", customer: .init(id: "c-1", name: "Zoë"), text: "t"))
        let decomposed = try TypedEvent(id: "cafe\u{301}", source: "/locations/store-12/desks/3", time: Desk.time, location: "store-12",
                                        data: ComplaintReceived(complaintID: "k-decomposed", customer: .init(id: "c-1", name: "Zoë"), text: "t"))
        #expect(composed.id == decomposed.id, "Swift's String equality is canonical")
        #expect(try kit.deliver(composed, decomposed) == [.handled, .handled])
        #expect(try kit.deliver(decomposed) == [.duplicate])
        let seen = try kit.store.read { db in try db.rows("SELECT complaint FROM seen ORDER BY complaint").compactMap { $0.string("complaint") } }
        #expect(seen == ["k-composed", "k-decomposed"])
    }
}
