import Foundation
import Testing
@testable import NameMatching

/// Throughput of the matcher on one core: agent utterances checked per second, with each
/// customer prepared once. Prints a rate and never asserts on time. Run it in release:
/// `swift test -c release -Xswiftc -enable-testing --scratch-path .build-names-rel --filter NameMatchingSpeed`.
@Suite("NameMatchingSpeed") struct NameMatchingSpeedTests {
    @Test func agentUtterancesPerSecond() throws {
        let matcher = NameMatcher()
        let records = try CorpusRecord.load("tuning.jsonl")
        let clock = ContinuousClock()

        var prepared: [PreparedCustomer] = []
        let prepareTime = clock.measure {
            for _ in 0..<10 {
                prepared = records.map { matcher.prepare(customer: $0.customerName, agentName: $0.agent.name) }
            }
        }
        var work: [(Int, String)] = []
        for (index, record) in records.enumerated() {
            for line in record.utterances where line.speaker == "agent" { work.append((index, line.text)) }
        }

        let rounds = _isDebugAssertConfiguration() ? 3 : 200
        var forms = 0
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for (index, text) in work { forms += matcher.forms(in: text, customer: prepared[index]).count }
            }
        }
        let checks = Double(work.count * rounds)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let prepareSeconds = Double(prepareTime.components.seconds) + Double(prepareTime.components.attoseconds) / 1e18
        print(String(format: "NameMatchingSpeed: %.0f agent utterances/s (%d checks in %.3f s, %d forms); "
                     + "%.0f customers prepared/s", checks / seconds, Int(checks), seconds, forms,
                     Double(records.count * 10) / prepareSeconds))
        #expect(forms > 0)
    }
}
