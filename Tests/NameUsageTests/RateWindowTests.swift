import Foundation
import Testing
@testable import NameUsage

@Suite("RateWindow") struct RateWindowTests {
    let day = Duration.seconds(86_400)
    let noon = Date(timeIntervalSince1970: 1_793_620_800)      // 2026-11-02T12:00:00Z

    @Test func theWindowEndsAtItsInstantAndExcludesItsStart() {
        let window = RateWindow(length: day, asOf: noon)
        #expect(window.start == noon.addingTimeInterval(-86_400))
        #expect(RateTarget(window: day, minimumSample: 3, target: 0.75).window(asOf: noon) == window)
    }

    @Test func theRateNextChangesWhenTheOldestInteractionLeaves() {
        let window = RateWindow(length: day, asOf: noon)
        // Started at 08:00 the day before: already out (the window starts at noon the day before).
        #expect(window.nextChange(oldestStart: noon.addingTimeInterval(-28 * 3_600)) == nil)
        // Started at 14:00 the day before: in the window, it leaves at 14:00 today.
        #expect(window.nextChange(oldestStart: noon.addingTimeInterval(-22 * 3_600)) == noon.addingTimeInterval(2 * 3_600))
        // Started exactly a day before: already out (the start is excluded).
        #expect(window.nextChange(oldestStart: noon.addingTimeInterval(-86_400)) == nil)
        #expect(window.nextChange(oldestStart: nil) == nil)
    }

    @Test func theRateIsNeverTakenAsOfAnEarlierMomentThanBeforeNorFarAheadOfTheClock() {
        #expect(RateWindow.asOf(noon, after: nil, now: noon) == noon)
        #expect(RateWindow.asOf(noon, after: noon.addingTimeInterval(60), now: noon) == noon.addingTimeInterval(60))
        #expect(RateWindow.asOf(noon.addingTimeInterval(60), after: noon, now: noon) == noon.addingTimeInterval(60))
        // A start dated a day ahead (a desk clock set wrong) is believed up to an hour ahead.
        #expect(RateWindow.asOf(noon.addingTimeInterval(86_400), after: noon, now: noon) == noon.addingTimeInterval(3_600))
    }
}
