#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A request to Linux's CPU latency QoS (`/dev/cpu_dma_latency`) to keep the wake-up latency
/// of every CPU at or below a bound, held for as long as this object lives.
///
/// An idle CPU that halts takes time to wake when a thread is handed work: tens of
/// microseconds on bare metal, and up to milliseconds on a virtual machine whose idle vCPU
/// goes back to the hypervisor (its wake-up waits for the host to schedule it). A bound of 0
/// keeps idle CPUs polling instead of halting, so a hand-off between threads costs a cache
/// line, not a wake-up. The cost is the idle time itself: the CPUs never rest while the
/// request is held (power on bare metal; CPU time charged to the guest on a shared host).
///
/// The kernel drops the request when the file is closed, also when the process dies, so a
/// crash never leaves the machine tuned. Opening the device needs root (or write access
/// given to it, e.g. by a udev rule).
public final class CPULatencyRequest: Sendable {
    /// The bound requested, in microseconds.
    public let microseconds: Int32
    private let descriptor: Int32

    /// The kernel's device for the request.
    public static let device = "/dev/cpu_dma_latency"

    /// Holds a bound of `microseconds` until this object is released. Throws when the device
    /// cannot be opened or written; the message says what to do.
    public init(microseconds: Int32, device: String = CPULatencyRequest.device) throws(CPULatencyError) {
        guard microseconds >= 0 else {
            throw CPULatencyError("a CPU latency bound must be 0 or more microseconds, got \(microseconds)")
        }
        let fd = open(device, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw CPULatencyError("cannot open \(device) to hold CPU wake-up latency at \(microseconds) µs: \(reason)"
                + (errno == EACCES || errno == EPERM ? " (it needs root, or write access to the device)" : ""))
        }
        var value = microseconds
        let written = withUnsafeBytes(of: &value) { write(fd, $0.baseAddress, $0.count) }
        guard written == MemoryLayout<Int32>.size else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw CPULatencyError("cannot write the CPU latency bound to \(device): \(reason)")
        }
        self.microseconds = microseconds
        descriptor = fd
    }

    deinit {
        close(descriptor)
    }

    /// The bound in force now (the lowest of all requests held on the machine), in
    /// microseconds; `nil` when the device cannot be read. With no request held it is the
    /// kernel's default, 2,000,000,000.
    public static func current(device: String = CPULatencyRequest.device) -> Int32? {
        let fd = open(device, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var value: Int32 = 0
        let count = withUnsafeMutableBytes(of: &value) { read(fd, $0.baseAddress, $0.count) }
        return count == MemoryLayout<Int32>.size ? value : nil
    }
}
