import Testing
@testable import NameUsage

@Suite("RateTarget") struct RateTargetTests {
    let target = RateTarget(window: .seconds(7 * 86_400), minimumSample: 4, target: 0.75)

    func tally(used: Int, of total: Int) -> UsageTally {
        var tally = UsageTally()
        tally.interactions = total
        tally.used = used
        return tally
    }

    @Test func tooSmallASampleIsNotJudgedAndResolvesAnOpenAlert() {
        #expect(target.judge(tally(used: 0, of: 3), alertOpen: false) == nil)
        #expect(target.judge(tally(used: 0, of: 0), alertOpen: false) == nil)
        // Interactions left the window: the open alert's shortfall can no longer be shown.
        #expect(target.judge(tally(used: 0, of: 3), alertOpen: true) == .tooFewToJudge(tally: tally(used: 0, of: 3)))
        #expect(target.judge(tally(used: 0, of: 0), alertOpen: true) == .tooFewToJudge(tally: tally(used: 0, of: 0)))
        #expect(RateAlert(location: "store-12", episode: 1).tooFew(tally: tally(used: 1, of: 3), target: target)
                == "sample below minimum: 3 interactions at store-12 over the last 7 days, fewer than the 4 the rate needs to be judged")
    }

    @Test func raisedOnceWhenItFallsBelowAndResolvedWhenItRecovers() {
        var open = false
        var changes: [String] = []
        for (used, total) in [(4, 4), (4, 5), (4, 6), (4, 7), (5, 8), (6, 8), (6, 9), (6, 10)] {
            switch target.judge(tally(used: used, of: total), alertOpen: open) {
            case .raise?: open = true; changes.append("raise at \(used)/\(total)")
            case .resolve?: open = false; changes.append("resolve at \(used)/\(total)")
            case .tooFewToJudge?: open = false; changes.append("too few at \(used)/\(total)")
            case nil: break
            }
        }
        #expect(changes == ["raise at 4/6", "resolve at 6/8", "raise at 6/9"])
    }

    @Test func theAlertNamesTheLocationEpisodeAndFigures() {
        let alert = RateAlert(location: "store-12", episode: 2)
        #expect(alert.alertID == "name-below-target:store-12:2" && alert.dedupKey == alert.alertID)
        #expect(alert.summary(rate: 0.5, tally: tally(used: 2, of: 4), target: target)
                == "Name usage at store-12 is 50.0% over the last 7 days (2 of 4 interactions used the customer's name), below the target of 75.0%.")
        #expect(RateAlert.percent(0.8754) == "87.5%")
        #expect(RateAlert.span(.seconds(90)) == "90 seconds" && RateAlert.span(.seconds(7_200)) == "2 hours")
    }
}
