import Foundation
import PromiseReading
import Testing

/// Reading speed over the tuning texts repeated: prints utterances per second, asserts
/// nothing about time. Run in release:
/// `swift test -c release -Xswiftc -enable-testing --scratch-path .build-promises-rel --filter PromiseReadingSpeed`.
@Suite("PromiseReading speed") struct PromiseReadingSpeedTests {
    /// How many times the tuning texts are read (fewer in debug builds, where the figure means little).
    #if DEBUG
    static let rounds = 10
    #else
    static let rounds = 200
    #endif

    @Test func utterancesPerSecond() throws {
        let items = try LabelledSet.items("tuning")
        let locations = try LabelledSet.locations()
        let detector = CommitmentDetector()
        let reader = DueTimeReader()
        let clock = ContinuousClock()
        let work = items.map { (text: $0.text, saidAt: $0.saidAtDate, location: locations[$0.location]!) }

        var commitments = 0
        let detection = clock.measure {
            for _ in 0..<Self.rounds {
                for item in work where detector.read(item.text) != nil { commitments += 1 }
            }
        }

        var dues = 0
        let withDues = clock.measure {
            for _ in 0..<Self.rounds {
                for item in work {
                    guard let words = detector.read(item.text)?.dueWords else { continue }
                    let location = item.location
                    if case .due = reader.read(words, saidAt: item.saidAt, calendar: location.calendar, dateOrder: location.dateOrder) {
                        dues += 1
                    }
                }
            }
        }

        let count = Double(items.count * Self.rounds)
        print(String(format: "PromiseReading speed: detection %.0f utterances/s; detection and due reading %.0f utterances/s (%d utterances, %d rounds)",
                     count / detection.seconds, count / withDues.seconds, items.count, Self.rounds))
        #expect(commitments == 121 * Self.rounds)
        #expect(dues > 0)
    }
}

private extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
