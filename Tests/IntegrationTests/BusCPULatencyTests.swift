import CPULatency
import Foundation
import Testing

@Suite("host.cpu_latency_us on a real bus")
struct BusCPULatencyTests {
    @Test("the bus holds the CPU latency bound while it runs, and kill -9 does not leave it held")
    func heldWhileRunning() throws {
        let bus = try BusProcess()
        let config = bus.root + "/rapport.yaml"
        // 555 µs: no other holder on a test machine asks for it, so a reading of 555 is the bus's.
        try "host: {cpu_latency_us: 555}\n".write(toFile: config, atomically: true, encoding: .utf8)
        let before = CPULatencyRequest.current()
        try bus.startWith(arguments: ["--config", config], readyAddress: bus.address)
        if access(CPULatencyRequest.device, W_OK) == 0, let before, before > 555 {
            #expect(CPULatencyRequest.current() == 555, "\(bus.logText)")
            #expect(bus.logText.contains("holding CPU wake-up latency"))
            bus.kill9()
            #expect(CPULatencyRequest.current() == before)
        } else {
            // Not root (or no such device): the bus says why and serves anyway.
            #expect(bus.logText.contains("host.cpu_latency_us is set but cannot be held"), "\(bus.logText)")
            #expect(try bus.nextOffset() == 0)
        }
    }
}
