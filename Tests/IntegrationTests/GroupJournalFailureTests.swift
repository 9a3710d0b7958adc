import Foundation
import RapportClient
import Testing

@Suite("A group journal that cannot be written", .serialized)
struct GroupJournalFailureTests {
    /// The group's journal is `/dev/full` (every write fails with ENOSPC, as on a full disk),
    /// while the log stays writable: acks are taken but cannot be made durable.
    @Test("ACKED is held while acks cannot be made durable; the bus keeps serving; after a crash the events come again",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func journalWriteFails() throws {
        let bus = try BusProcess()
        let groupDirectory = bus.dataDirectory + "/groups/held"
        try FileManager.default.createDirectory(atPath: groupDirectory, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: groupDirectory + "/journal.0", withDestinationPath: "/dev/full")
        try bus.start()

        let producer = try Producer(bus.address)
        let first = (0..<5).map { "held-\($0)" }
        #expect(try producer.publish(first.map { TestEvents.feedback(id: $0) }).allSatisfy(\.isStored))

        let consumer = try ConsumerDriver(bus.address, group: "held", start: "earliest")
        try consumer.run { consumer.deliveries.count >= 5 }
        #expect(consumer.deliveries.map { TestEvents.id(of: $0.event) } == first)
        // Acked, but the journal write fails: no ACKED may come, however long we wait.
        try consumer.run(seconds: 3) { !consumer.confirmed.isEmpty }
        #expect(consumer.confirmed.isEmpty, "ACKED sent for acks that are not durable: \(consumer.confirmed.sorted())")
        #expect(bus.logText.contains("cannot write group state"), "the failure is logged")
        // The consumer is told why ACKED waits, once per ACK, not left guessing.
        #expect(consumer.errors.contains { $0.hasPrefix("storage ACK") && $0.contains("not yet durable") }, "\(consumer.errors)")
        // Every commit attempt fails (hundreds a second); the log says so once a minute.
        let lines = bus.logText.components(separatedBy: "cannot write group state").count - 1
        #expect(lines == 1, "logged \(lines) times in 3 s")

        // Everyone else is still served: publishing works, and the member still gets new events.
        #expect(try producer.publish([TestEvents.feedback(id: "held-5")]) == [.accepted(offset: 5)])
        try consumer.run { consumer.deliveries.count >= 6 }
        #expect(consumer.deliveries.last.map { TestEvents.id(of: $0.event) } == "held-5")
        #expect(consumer.confirmed.isEmpty)

        // A crash loses the unconfirmed acks, never an event: after a restart (with a
        // writable journal) the group gets every event again, and now ACKED comes.
        bus.kill9()
        try FileManager.default.removeItem(atPath: groupDirectory + "/journal.0")
        try bus.start()
        let again = try ConsumerDriver(bus.address, group: "held", start: "committed")
        try again.run { again.confirmed.count >= 6 }
        #expect(again.deliveries.map { TestEvents.id(of: $0.event) } == first + ["held-5"])
        #expect(again.confirmed == Set(0..<6))
    }
}
