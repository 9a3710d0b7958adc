import CPULatency
import Foundation
import Logging
import RapportConfig
import ServiceLifecycle

/// Runs a ``Broker`` as a swift-service-lifecycle `Service`: on graceful shutdown (SIGTERM,
/// SIGINT through the `ServiceGroup`) and on task cancellation (a sibling service failed, or
/// the task running the group was cancelled) the broker finishes its current group commit,
/// answers what is durable and returns.
public struct BrokerService: Service {
    private let broker: Broker
    /// Held while the service lives, when `host.cpu_latency_us` asks for it.
    private let cpuLatency: CPULatencyRequest?

    /// Opens the broker (log recovery, bind) now, so start-up errors surface before serving.
    /// A CPU latency bound that cannot be held is a warning, not a reason not to serve.
    public init(configuration: BusConfiguration, logger: Logger) throws(BrokerStartError) {
        broker = try Broker(configuration: configuration, logger: logger)
        cpuLatency = configuration.cpuLatencyMicros.flatMap { Self.holdCPULatency(Int32($0), logger: logger) }
    }

    private static func holdCPULatency(_ microseconds: Int32, logger: Logger) -> CPULatencyRequest? {
        do {
            let request = try CPULatencyRequest(microseconds: microseconds)
            logger.info("holding CPU wake-up latency while the bus runs", metadata: ["host.cpu_latency_us": "\(microseconds)"])
            return request
        } catch {
            logger.warning("host.cpu_latency_us is set but cannot be held; the bus runs with the machine's own setting",
                           metadata: ["error": "\(error)"])
            return nil
        }
    }

    public func run() async throws {
        let broker = self.broker
        defer { withExtendedLifetime(cpuLatency) {} }
        try await withTaskCancellationOrGracefulShutdownHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let thread = Thread {
                    MemoryTuning.nameThread("rapport-broker")
                    do {
                        try broker.run()
                        continuation.resume()
                    } catch {
                        continuation.resume(throwing: error)
                    }
                }
                thread.name = "rapport-broker"
                thread.stackSize = 8 << 20
                thread.start()
            }
        } onCancelOrGracefulShutdown: {
            broker.requestStop()
        }
    }
}
