import Foundation
import RapportClient
import RapportWire
import Testing
import ZMQ

/// One client flooding PUBLISH without waiting for answers cannot crowd out a producer that
/// keeps a window: the flooder's batches beyond its share are refused as `busy`, the other
/// producer's are stored.
@Suite("Fair intake", .serialized)
struct FairIntakeTests {
    @Test("a flood beyond a client's share is refused busy; a well-behaved producer beside it is served in full")
    func floodIsRefusedBusy() throws {
        let bus = try BusProcess()
        try bus.start()
        let context = try Context()
        defer { context.terminate() }
        let flooder = try Socket(context, .dealer)
        defer { flooder.close() }
        try flooder.set(.sendTimeout, 2_000)
        try flooder.connect(bus.address.ingest)
        let padding = String(repeating: "x", count: 2_000)
        let batch = (0..<1_000).map { i in
            Array(#"{"specversion":"1.0","id":"f-\#(i)","source":"/flood","type":"x-flood","time":"2026-11-23T10:15:00Z","data":{"p":"\#(padding)"}}"#.utf8)
        }
        // 60 batches of ~2.1 MB, sent without reading a single answer.
        for n in 0..<60 { try flooder.send([Array("RAP1".utf8), Array("PUBLISH".utf8), Array(String(n).utf8)] + batch) }

        let producer = try Producer(bus.address)
        var stored = 0
        for round in 0..<20 {
            let outcomes = try producer.publish((0..<10).map { TestEvents.feedback(id: "desk-\(round)-\($0)") }, timeoutMilliseconds: 30_000)
            stored += outcomes.filter(\.isStored).count
        }
        #expect(stored == 200, "the producer with a window is never refused")

        // The flooder's answers: some batches were taken, the rest refused busy, none lost silently.
        var busy = 0, results = 0
        try flooder.set(.receiveTimeout, 5_000)
        while results < 60, let frames = try flooder.receive() {
            results += 1
            // A refused batch is one ERROR busy, its context the batch's tag.
            if frames.count == 5, frames[1] == Array("ERROR".utf8), frames[3] == Array("busy".utf8) { busy += 1 }
        }
        #expect(busy > 0, "the flood beyond its share was refused")
        #expect(bus.logText.contains("sends faster than the bus takes its events in"))
    }
}
