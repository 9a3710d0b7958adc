import Foundation
@testable import RapportCapture
import RapportEvents
import Testing

/// The spool on its own (no bus): order, settling, dead letters, limits, reopening.
@Suite("Capture spool")
final class SpoolTests {
    /// This test's scratch folder, removed when the test ends (a class suite is made afresh for each test).
    private let folder = NSTemporaryDirectory() + "rapport-spool-\(UUID().uuidString.prefix(8))"

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// A fresh spool path in this test's folder.
    func path() -> String {
        folder + "/\(UUID().uuidString.prefix(8))/spool.sqlite"
    }

    static func events(_ count: Int, comment: String = "fine") throws -> [TypedEvent] {
        let desk = try DeskSamples.desk()
        return try (0..<count).map { i in
            try desk.customer("c-\(i % 3)").event(FeedbackReceived(source: .commentCard, scores: .init(nps: i % 11), comment: comment))
        }
    }

    @Test("pending events come back in the order they were spooled, byte for byte")
    func order() throws {
        let spool = try CaptureSpool(path: path())
        let events = try Self.events(25)
        for event in events { try spool.enqueue(event) }
        let batch = try spool.nextBatch(maxEvents: 100)
        #expect(batch.map(\.id) == events.map(\.id))
        #expect(batch.map(\.bytes) == events.map { $0.encoded() })
        #expect(try spool.nextBatch(maxEvents: 10).map(\.id) == Array(events.prefix(10).map(\.id)))
        #expect(try spool.status().pendingEvents == 25)
    }

    @Test("the spool runs in WAL mode with synchronous = FULL, so a returned write is on disk")
    func durability() throws {
        let spool = try CaptureSpool(path: path())
        let settings = try spool.durability()
        #expect(settings.journalMode == "wal")
        #expect(settings.synchronous == 2)
    }

    @Test("spooling the same (source, id) twice keeps one")
    func sameEventOnce() throws {
        let spool = try CaptureSpool(path: path())
        let event = try Self.events(1)[0]
        let first = try spool.enqueue(event)
        #expect(try spool.enqueue(event) == first)
        #expect(try spool.status().pendingEvents == 1)
    }

    @Test("stored events leave, rejected ones become dead letters with the bus's reason, the rest stay with their attempt counted")
    func settle() throws {
        let spool = try CaptureSpool(path: path())
        for event in try Self.events(4) { try spool.enqueue(event) }
        let batch = try spool.nextBatch(maxEvents: 10)
        try spool.settle([
            (batch[0], .stored(offset: 0)),
            (batch[1], .deadLetter(code: "too-large", error: "event is 400 bytes; the limit is 300 bytes")),
            (batch[2], .retry(error: "the bus could not store it (storage): disk full")),
            (batch[3], .stored(offset: 1)),
        ])
        let left = try spool.nextBatch(maxEvents: 10)
        #expect(left.map(\.id) == [batch[2].id])
        #expect(left[0].attempts == 1 && left[0].lastError?.contains("storage") == true)
        let dead = try spool.deadLetters()
        #expect(dead.map(\.id) == [batch[1].id] && dead[0].code == "too-large" && dead[0].bytes == batch[1].bytes)
        let status = try spool.status()
        #expect(status.pendingEvents == 1 && status.deadLetters == 1 && status.lastAckAt != nil)
        #expect(status.pendingBytes == Int64(batch[2].bytes.count))
        #expect(status.lastError?.contains("storage") == true)
        // Settling again (another process did it first) changes nothing.
        try spool.settle([(batch[0], .stored(offset: 0))])
        #expect(try spool.status().pendingEvents == 1)
    }

    @Test("dead letters go back to pending, in their old place, on retry")
    func retryDeadLetters() throws {
        let spool = try CaptureSpool(path: path())
        for event in try Self.events(3) { try spool.enqueue(event) }
        let batch = try spool.nextBatch(maxEvents: 10)
        try spool.settle([(batch[0], .deadLetter(code: "unknown-type", error: "x"))])
        #expect(try spool.nextBatch(maxEvents: 10).map(\.sequence) == [batch[1].sequence, batch[2].sequence])
        #expect(try spool.retryDeadLetters() == 1)
        #expect(try spool.deadLetters().isEmpty)
        #expect(try spool.nextBatch(maxEvents: 10).map(\.sequence) == batch.map(\.sequence))
        #expect(try spool.status().pendingEvents == 3)
    }

    @Test("past max_pending_events or max_spool_bytes capture is refused with a clear error and nothing is written")
    func limits() throws {
        let byCount = try CaptureSpool(path: path(), limits: SpoolLimits(maxPendingEvents: 3))
        let events = try Self.events(4)
        for event in events.prefix(3) { try byCount.enqueue(event) }
        #expect {
            try byCount.enqueue(events[3])
        } throws: { error in
            guard case CaptureError.spoolFull(_, let pending, _, let limit) = error else { return false }
            return pending == 3 && limit.contains("max_pending_events") && "\(error)".contains("NOT captured")
        }
        #expect(try byCount.status().pendingEvents == 3)

        let size = events[0].encoded().count
        let byBytes = try CaptureSpool(path: path(), limits: SpoolLimits(maxPendingBytes: Int64(size * 2 + size / 2)))
        try byBytes.enqueue(events[0])
        try byBytes.enqueue(events[1])
        #expect(throws: CaptureError.self) { try byBytes.enqueue(events[2]) }
        #expect(throws: CaptureError.self) { try byBytes.enqueue(contentsOf: [events[2], events[3]]) }
        #expect(try byBytes.status().pendingEvents == 2)
        // Once sent, there is room again.
        try byBytes.settle(try byBytes.nextBatch(maxEvents: 1).map { ($0, .stored(offset: 0)) })
        try byBytes.enqueue(events[2])
    }

    @Test("a spool opened again holds everything: pending, dead letters, state")
    func reopen() throws {
        let path = path()
        let events = try Self.events(10)
        do {
            let spool = try CaptureSpool(path: path)
            try spool.enqueue(contentsOf: events)
            let first = try spool.nextBatch(maxEvents: 2)
            try spool.settle([(first[0], .stored(offset: 7)), (first[1], .deadLetter(code: "invalid-data", error: "nope"))])
        }
        let again = try CaptureSpool(path: path)
        #expect(try again.nextBatch(maxEvents: 100).map(\.id) == events.dropFirst(2).map(\.id))
        #expect(try again.deadLetters().map(\.error) == ["nope"])
        let status = try again.status()
        #expect(status.pendingEvents == 8 && status.lastAckAt != nil && status.fileBytes > 0)
    }

    @Test("a spool that cannot be created says where and why")
    func unwritable() {
        #expect {
            try CaptureSpool(path: "/proc/rapport-nope/spool.sqlite")
        } throws: { error in
            "\(error)".contains("/proc/rapport-nope/spool.sqlite")
        }
    }

    @Test("the backoff doubles to its maximum and starts again after a success")
    func backoff() {
        var backoff = Backoff(initialMillis: 100, maximumMillis: 700)
        let waits: [Int] = (0..<5).map { _ in backoff.failed() }
        #expect(waits == [100, 200, 400, 700, 700])
        backoff.succeeded()
        #expect(backoff.failed() == 100)
    }
}
