import Testing
@testable import RapportBus

@Suite("Intake gate: pausing reads when events wait for the disk")
struct IntakeGateTests {
    @Test("reading pauses at the limit and resumes below it, counting pauses")
    func pauseAndResume() {
        var gate = IntakeGate(limitBytes: 1_000)
        #expect(gate.admits(heldBytes: 999))
        #expect(!gate.admits(heldBytes: 1_000))
        #expect(gate.update(heldBytes: 500, now: 0) == .none)
        #expect(gate.update(heldBytes: 1_000, now: 10) == .paused(warn: true))
        #expect(gate.paused)
        #expect(gate.update(heldBytes: 4_000, now: 12) == .none, "already paused")
        #expect(gate.update(heldBytes: 0, now: 25) == .resumed(afterMillis: 15))
        #expect(!gate.paused)
        #expect(gate.update(heldBytes: 10, now: 26) == .none)
        #expect(gate.pauses == 1)
    }

    @Test("only the first pause in a minute asks for a warning")
    func warnsOncePerMinute() {
        var gate = IntakeGate(limitBytes: 100)
        #expect(gate.update(heldBytes: 100, now: 1_000) == .paused(warn: true))
        _ = gate.update(heldBytes: 0, now: 1_001)
        #expect(gate.update(heldBytes: 100, now: 30_000) == .paused(warn: false))
        _ = gate.update(heldBytes: 0, now: 30_001)
        #expect(gate.update(heldBytes: 100, now: 61_000) == .paused(warn: true))
        #expect(gate.pauses == 3)
    }

    @Test("the group clock stands still while paused and goes on from there after")
    func groupClock() {
        var gate = IntakeGate(limitBytes: 100)
        #expect(gate.groupClock(now: 5_000) == 5_000, "no pause yet: wall time")
        _ = gate.update(heldBytes: 100, now: 5_000)
        #expect(gate.groupClock(now: 5_000) == 5_000)
        #expect(gate.groupClock(now: 9_000) == 5_000, "paused for 4 s: the clock has not moved")
        _ = gate.update(heldBytes: 0, now: 9_000)
        #expect(gate.groupClock(now: 9_500) == 5_500)
        _ = gate.update(heldBytes: 100, now: 10_000)
        _ = gate.update(heldBytes: 0, now: 10_250)
        #expect(gate.groupClock(now: 11_000) == 6_750, "both pauses left out")
    }
}

@Suite("Events waiting for their commit")
struct UncommittedEventsTests {
    private func event(_ offset: UInt64, bytes: Int) -> UncommittedEvent {
        UncommittedEvent(offset: offset, type: "t", source: "s", id: "\(offset)", payload: [UInt8](repeating: 0, count: bytes))
    }

    @Test("bytes follow appends, commits and a rollback")
    func bytes() {
        var events = UncommittedEvents()
        for offset in 10..<15 { events.append(event(UInt64(offset), bytes: Int(offset))) }
        #expect(events.bytes == 10 + 11 + 12 + 13 + 14)
        #expect(events.count(below: 12) == 2)
        #expect(events.count(below: 9) == 0)
        #expect(events.count(below: 100) == 5)
        events.removeFirst(2)
        #expect(events.bytes == 12 + 13 + 14)
        #expect(events.first?.offset == 12)
        let lost = events.removeAll(from: 13)
        #expect(lost.map(\.offset) == [13, 14])
        #expect(events.bytes == 12)
        #expect(events.count == 1 && events[0].offset == 12)
    }
}
