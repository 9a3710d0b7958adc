import CPULatency
import Foundation
import Testing

@Suite("CPU latency request")
struct CPULatencyRequestTests {
    @Test("a negative bound is refused before the device is touched")
    func negative() {
        let error = #expect(throws: CPULatencyError.self) { try CPULatencyRequest(microseconds: -1) }
        #expect(error?.description.contains("0 or more microseconds, got -1") == true)
    }

    @Test("a device that cannot be opened is an error naming it, not a crash")
    func missingDevice() {
        let error = #expect(throws: CPULatencyError.self) {
            try CPULatencyRequest(microseconds: 0, device: "/nonexistent/cpu_dma_latency")
        }
        #expect(error?.description.contains("cannot open /nonexistent/cpu_dma_latency") == true, "\(error?.description ?? "")")
        #expect(CPULatencyRequest.current(device: "/nonexistent/cpu_dma_latency") == nil)
    }

    @Test("the bound is written as the 32-bit integer the kernel reads, and read back")
    func writesTheBound() throws {
        // A regular file stands in for the device: what the kernel does with the request (it
        // holds it until the file is closed) is tested against the real device with a real bus
        // in IntegrationTests.
        let path = NSTemporaryDirectory() + "cpu-latency-\(UUID().uuidString)"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let request = try CPULatencyRequest(microseconds: 777, device: path)
        #expect(request.microseconds == 777)
        #expect(CPULatencyRequest.current(device: path) == 777)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data([0x09, 0x03, 0, 0]))
    }
}
