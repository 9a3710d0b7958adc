import Foundation
import Logging
import RapportConfig
import ServiceLifecycle
import Synchronization
import Testing
@testable import RapportBus

/// The bus as a swift-service-lifecycle `Service` stops on task cancellation too, so a
/// `ServiceGroup` whose sibling fails (it cancels the others) does not hang.
@Suite("Broker service")
struct BrokerServiceTests {
    private struct Failing: Service {
        struct Failure: Error {}
        func run() async throws {
            try await Task.sleep(for: .milliseconds(200))
            throw Failure()
        }
    }

    @Test("a ServiceGroup whose sibling fails stops the bus and returns the failure")
    func siblingFails() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-svc-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let configuration = try BusConfiguration(dataDirectory: directory).validated(source: "test")
        let bus = try BrokerService(configuration: configuration, logger: Logger(label: "test"))
        let group = ServiceGroup(configuration: .init(services: [.init(service: bus), .init(service: Failing())],
                                                      logger: Logger(label: "test")))
        let outcome = Mutex<Result<Void, any Error>?>(nil)
        Task {
            let result = await Task { try await group.run() }.result
            outcome.withLock { $0 = result }
        }
        // Wait for the group to return: up to 30 s, a guard against the hang this is about.
        var result: Result<Void, any Error>?
        for _ in 0..<600 where result == nil {
            try await Task.sleep(for: .milliseconds(50))
            result = outcome.withLock { $0 }
        }
        guard let result else {
            Issue.record("the group did not return: the bus ignored the cancellation")
            return
        }
        guard case .failure(let error) = result else {
            Issue.record("the group returned without the sibling's failure")
            return
        }
        #expect(error is Failing.Failure, "\(error)")
    }
}
