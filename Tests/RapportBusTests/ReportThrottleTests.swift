import Testing
@testable import RapportBus

@Suite("Report throttle")
struct ReportThrottleTests {
    @Test("a repeating failure is reported the first time, then once an interval with the count in between")
    func onceAnInterval() {
        var throttle = ReportThrottle(intervalMillis: 1_000)
        #expect(throttle.shouldReport("disk", now: 0) == 0)
        for t in stride(from: Int64(2), to: 1_000, by: 2) { #expect(throttle.shouldReport("disk", now: t) == nil) }
        #expect(throttle.shouldReport("other", now: 500) == 0, "keys are independent")
        #expect(throttle.shouldReport("disk", now: 1_000) == 499)
        #expect(throttle.shouldReport("disk", now: 1_001) == nil)
        #expect(throttle.forgetQuiet(now: 1_500).isEmpty, "'other' is forgotten with nothing unreported; 'disk' is recent")
        let left = throttle.forgetQuiet(now: 2_000)
        #expect(left.count == 1)
        #expect(left.first?.key == "disk")
        #expect(left.first?.unreported == 1)
        #expect(throttle.shouldReport("disk", now: 2_001) == 0, "forgotten: reported again at once")
    }

    @Test("client names are the routing id, in hex unless printable")
    func clientNames() {
        #expect(ClientName([0, 0x6B, 0x8B, 0x45, 0x67]).routingID == "00-6b8b4567")
        #expect(ClientName(Array("desk-3".utf8)).routingID == "desk-3")
        #expect(ClientName([0x41, 0x0A]).routingID == "41-0a")
    }
}
