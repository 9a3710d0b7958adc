import Foundation
import Testing
@testable import NameMatching

/// Precision and recall of `used` on the development probe set (`labelled/probe.jsonl`), a
/// third, separately written set of interactions used while developing rules after the
/// holdout was measured. Prints its figures and misses; the floor only guards against a large
/// regression (the probe is development data, not a measurement of generalisation).
@Suite("Probe corpus") struct ProbeCorpusTests {
    @Test func probePart() throws {
        let score = try LabelledCorpusTests.measure("probe.jsonl")
        print(score.line("probe"))
        for miss in score.misses { print("  " + miss) }
        #expect(score.interactions >= 150)
        // README "Measured": 0.992 / 0.992.
        #expect(score.precision >= 0.98)
        #expect(score.recall >= 0.98)
    }
}
