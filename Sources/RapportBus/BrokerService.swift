import Foundation
import Logging
import RapportConfig
import ServiceLifecycle

/// Runs a ``Broker`` as a swift-service-lifecycle `Service`: on graceful shutdown (SIGTERM,
/// SIGINT through the `ServiceGroup`) the broker finishes its current group commit, answers
/// what is durable and returns.
public struct BrokerService: Service {
    private let broker: Broker

    /// Opens the broker (log recovery, bind) now, so start-up errors surface before serving.
    public init(configuration: BusConfiguration, logger: Logger) throws(BrokerStartError) {
        broker = try Broker(configuration: configuration, logger: logger)
    }

    public func run() async throws {
        let broker = self.broker
        try await withGracefulShutdownHandler {
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
        } onGracefulShutdown: {
            broker.requestStop()
        }
    }
}
