import Foundation
import RapportClient
import Testing
import ZMQ

@Suite("Clients that do not read", .serialized)
struct UnreadClientTests {
    /// A client that asks and asks but never reads the answers fills its queue at the bus.
    /// The bus drops its replies instead of waiting for it, so everyone else is still served
    /// and SIGTERM still stops the bus.
    @Test("a client that never reads its replies cannot stop the bus serving others")
    func requestsWithoutReading() throws {
        let bus = try BusProcess()
        try bus.start()
        let context = try Context()
        defer { context.terminate() }
        let greedy = try Socket(context, .dealer)
        defer { greedy.close() }
        try greedy.set(.receiveHighWaterMark, 1)
        try greedy.set(.sendTimeout, 10_000)
        try greedy.connect(bus.address.ingest)
        // INFO replies are ~1 KiB; the bus queues 10,000 per client and the client a few more.
        for _ in 0..<25_000 { try greedy.send([Array("RAP1".utf8), Array("INFO".utf8)]) }

        let producer = try Producer(bus.address)
        #expect(try producer.publish([TestEvents.feedback(id: "still-served")]) == [.accepted(offset: 0)])
        let consumer = try ConsumerDriver(bus.address, group: "others", start: "earliest")
        try consumer.run { !consumer.confirmed.isEmpty }
        #expect(consumer.confirmed == [0])
        try waitFor { bus.logText.contains("a client does not read what the bus sends it") }
        // The warning names the client (its routing id) and counts what was dropped.
        #expect(bus.logText.contains("client="))
        #expect(bus.logText.contains("dropped_since_last_report="))
        #expect(bus.terminate() == 0, "SIGTERM still ends the bus cleanly")
    }

    /// Polls `condition` for up to 20 s (a guard against a hang, not a timing assertion).
    private func waitFor(_ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(20)
        while !condition() && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(condition())
    }
}
