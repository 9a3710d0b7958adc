import FeedbackMeasures
import Testing

@Suite struct MeasuresTests {
    private func sums(_ scores: [ResponseScores]) -> ScoreSums {
        scores.reduce(into: ScoreSums()) { $0.add(ScoreSums(scores: $1, hasComment: false)) }
    }

    @Test func csatIsTheShareOfFourAndFiveWithAWilsonInterval() throws {
        let measures = sums([5, 4, 3, 2, 1].map { ResponseScores(csat: $0) }).measures
        let csat = try #require(measures.csat)
        #expect(csat.answers == 5 && csat.satisfied == 2 && csat.dissatisfied == 2)
        #expect(abs(csat.share - 0.4) < 1e-12)
        // Wilson 95% for 2 of 5, by hand: centre 0.4435, half-width 0.3258.
        let interval = try #require(csat.interval)
        #expect(abs(interval.lower - 0.1176) < 0.0005)
        #expect(abs(interval.upper - 0.7693) < 0.0005)
    }

    @Test func wilsonStaysInsideZeroAndOneAtTheEdges() throws {
        let all = try #require(ConfidenceInterval.wilson(successes: 3, count: 3))
        #expect(all.upper == 1 && all.lower > 0.4 && all.lower < 0.5)   // 0.4385
        #expect(ConfidenceInterval.wilson(successes: 0, count: 0) == nil)
    }

    @Test func npsIsPromotersMinusDetractorsWithATrinomialInterval() throws {
        let measures = sums([10, 9, 8, 7, 6, 0].map { ResponseScores(nps: $0) }).measures
        let nps = try #require(measures.nps)
        #expect(nps.promoters == 2 && nps.passives == 2 && nps.detractors == 2 && nps.answers == 6)
        #expect(abs(nps.score) < 1e-12)
        // Adjusted: 3 promoters and 3 detractors of 9; variance (3/9 + 3/9 - 0²)/9 = 2/27:
        // half-width 1.96 · 0.2722 = 53.3 points around 0.
        let interval = try #require(nps.interval)
        #expect(abs(interval.lower + 53.35) < 0.01 && abs(interval.upper - 53.35) < 0.01)
        // One promoter alone is not certainty: (2 - 1)/4 = 25 ± 1.96·√((3/4 - 1/16)/4) = 25 ± 81.3.
        let one = try #require(ConfidenceInterval.netPromoter(promoters: 1, detractors: 0, count: 1))
        #expect(abs(one.lower + 56.25) < 0.05 && one.upper == 100)

        let promoters = try #require(sums([10, 9, 9, 7].map { ResponseScores(nps: $0) }).measures.nps)
        #expect(abs(promoters.score - 75) < 1e-9)
        #expect(try #require(promoters.interval).upper <= 100)
    }

    @Test func cesIsAMeanWithAStudentTInterval() throws {
        let ces = try #require(sums([1, 2, 3, 4, 5].map { ResponseScores(ces: $0) }).measures.ces)
        #expect(ces.answers == 5 && abs(ces.mean - 3) < 1e-12)
        #expect(abs(try #require(ces.standardDeviation) - 1.5811) < 0.0001)
        // t(0.975, 4) = 2.776; se = 1.5811/√5 = 0.7071; half-width 1.963.
        let interval = try #require(ces.interval)
        #expect(abs(interval.lower - 1.037) < 0.001 && abs(interval.upper - 4.963) < 0.001)
        #expect(sums([ResponseScores(ces: 4)]).measures.ces?.interval == nil)
        // Two answers (t = 12.7): the interval is clipped to the 1-7 scale.
        #expect(sums([ResponseScores(ces: 2), ResponseScores(ces: 6)]).measures.ces?.interval == ConfidenceInterval(lower: 1, upper: 7))
    }

    @Test func aCommentWithNoScoreCountsAsAResponseOnly() {
        let measures = ScoreSums(scores: ResponseScores(), hasComment: true).measures
        #expect(measures.responses == 1 && measures.comments == 1)
        #expect(measures.csat == nil && measures.nps == nil && measures.ces == nil)
    }

    @Test func sumsAreAdditive() {
        let a = sums([ResponseScores(csat: 5, nps: 10, ces: 7), ResponseScores(csat: 1)])
        let b = sums([ResponseScores(nps: 3, ces: 2)])
        let both = sums([ResponseScores(csat: 5, nps: 10, ces: 7), ResponseScores(csat: 1), ResponseScores(nps: 3, ces: 2)])
        #expect(a + b == both)
        #expect(both.cesSumOfSquares == 53)
    }

    @Test func studentTBeyondTheTableIsCloseToTheExactQuantile() throws {
        // t(0.975, 40) = 2.0211, t(0.975, 120) = 1.9799.
        let forty = try #require(ConfidenceInterval.studentT(sum: 41 * 4, sumOfSquares: 41 * 16 + 40, count: 41))
        // variance = 40/40 = 1, se = 1/√41; half-width = t · 0.15617.
        #expect(abs((forty.upper - forty.lower) / 2 / (1 / Double(41).squareRoot()) - 2.0211) < 0.001)
    }
}
