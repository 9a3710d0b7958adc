import Foundation
import Testing
import ThemeTagging

/// Prints how many comments a second one tagger tags on one core (the tuning comments, repeated). It
/// never asserts on time: run it in release,
/// `swift test -c release -Xswiftc -enable-testing --scratch-path .build-themes-rel --filter ThemeTaggingSpeed`.
@Suite("ThemeTaggingSpeed")
struct ThemeTaggingSpeedTests {
    @Test("Tagging rate on the tuning comments, repeated")
    func rate() throws {
        let comments = try LabelledSet.comments("tuning.jsonl").map(\.comment)
        let tagger = ThemeTagger()
        #if DEBUG
            let rounds = 2  // a debug build only checks the test runs; measure in release
        #else
            let rounds = 200
        #endif
        var tagged = 0
        var tags = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for comment in comments {
                    tags += tagger.tag(comment).count
                    tagged += 1
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let characters = comments.reduce(0) { $0 + $1.count } * rounds
        print(String(format: "ThemeTaggingSpeed: %d comments (%.0f characters each on average) in %.3f s: "
            + "%.0f comments/s, %d tags", tagged, Double(characters) / Double(tagged), seconds,
            Double(tagged) / seconds, tags))
        #expect(tagged == comments.count * rounds)
    }
}
