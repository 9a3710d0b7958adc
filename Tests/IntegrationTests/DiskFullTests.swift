import Foundation
import RapportClient
import Testing

@Suite("A full disk", .serialized)
struct DiskFullTests {
    @Test("writes that fail are answered 'storage', the bus keeps serving, nothing accepted is lost")
    func diskFull() throws {
        let bus = try BusProcess()
        bus.fileSizeLimitKiB = 256  // the log segment cannot grow past 256 KiB
        try bus.start()
        let producer = try Producer(bus.address)
        var accepted: [String] = []
        var storageErrors: [String] = []
        var batch = 0
        while storageErrors.isEmpty && batch < 100 {
            let ids = (0..<50).map { "full-\(batch)-\($0)" }
            let outcomes = try producer.publish(ids.map { TestEvents.feedback(id: $0) })
            for (id, outcome) in zip(ids, outcomes) {
                switch outcome {
                case .accepted: accepted.append(id)
                case .rejected(let code, let error) where code == "storage": storageErrors.append(error)
                default: Issue.record("unexpected outcome \(outcome)")
                }
            }
            batch += 1
        }
        try #require(!storageErrors.isEmpty, "the limit was never reached")
        #expect(storageErrors[0].contains("could not store"), "\(storageErrors[0])")
        #expect(!accepted.isEmpty)

        // Still serving: INFO answers, and more events are answered (a single small one may
        // still fit under the limit a whole batch overflowed), never left hanging.
        #expect(try bus.nextOffset() == accepted.count)
        let again = try producer.publish((0..<50).map { TestEvents.feedback(id: "more-\($0)") })
        for (i, outcome) in again.enumerated() {
            if case .accepted = outcome { accepted.append("more-\(i)") }
            if case .rejected(let code, _) = outcome { #expect(code == "storage") }
        }
        #expect(again.contains { !$0.isStored }, "a batch of 50 does not fit")

        // Everything accepted is readable, exactly once.
        let audit = try ConsumerDriver(bus.address, group: "audit", start: "earliest")
        try audit.run { audit.deliveries.count >= accepted.count }
        #expect(audit.deliveries.map { TestEvents.id(of: $0.event) } == accepted)

        // And it survives a restart without the limit.
        bus.kill9()
        bus.fileSizeLimitKiB = nil
        try bus.start()
        #expect(try bus.nextOffset() == accepted.count)
        #expect(try Producer(bus.address).publish([TestEvents.feedback(id: "after")]) == [.accepted(offset: UInt64(accepted.count))])
    }
}
