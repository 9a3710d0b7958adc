import FeedbackAggregatorPlugin
import Foundation
import Logging
import RapportEvents
import RapportPlugin

/// A plugin state on disk for the report tests, made by the plugin's own handlers (the SDK's
/// store, one batch per event) from a small data set with figures worked out by hand:
///
/// - store-12 (London), September: CSAT 5, 5, 1 (67%). October: CSAT 5, 4, 4, 2 (75%, +8.3
///   points) and NPS 10, 3 (0); two detractors (the CSAT 2, contacted 2 hours later; the NPS 3,
///   open); comments: waiting time negative, staff attitude positive and negative.
/// - nyc-1 (New York): an answer at 03:30 UTC on 1 November is October there.
/// - employees: 4 at store-12 (below k = 5: withheld), 6 at nyc-1 (shown: 5 CSAT answers and 5
///   comments, but its one NPS answer withheld), 10 in all (withheld: less nyc-1 it is store-12).
enum ReportFixture {
    static func makeState(in directory: String) throws -> String {
        let path = directory + "/state.sqlite"
        let store = try PluginStore(path: path, migrations: FeedbackAggregatorPlugin.migrations)
        let router = FeedbackAggregatorPlugin.router(settings: FeedbackEvents.settings(minimumSample: 1_000))
        let plugin = PluginIdentity(name: FeedbackAggregatorPlugin.name, publishes: FeedbackAggregatorPlugin.publishes)
        var events: [TypedEvent] = [
            try FeedbackEvents.feedback("s-1", at: "2026-09-10T10:00:00+01:00", csat: 5),
            try FeedbackEvents.feedback("s-2", at: "2026-09-11T10:00:00+01:00", csat: 5),
            try FeedbackEvents.feedback("s-3", at: "2026-09-12T10:00:00+01:00", csat: 1),
            try FeedbackEvents.feedback("o-1", at: "2026-10-01T00:30:00+01:00", csat: 5, nps: 10, comment: "Staff were lovely."),
            try FeedbackEvents.feedback("o-2", at: "2026-10-02T10:00:00+01:00", csat: 4),
            try FeedbackEvents.feedback("o-3", at: "2026-10-03T10:00:00+01:00", agent: "a-2", csat: 4, comment: "The staff were rude."),
            try FeedbackEvents.feedback("o-4", at: "2026-10-05T10:00:00+01:00", csat: 2, comment: "Waited 40 minutes."),
            try FeedbackEvents.contacted("k-4", feedback: "o-4", at: "2026-10-05T12:00:00+01:00"),
            try FeedbackEvents.feedback("o-5", at: "2026-10-06T10:00:00+01:00", agent: "a-2", nps: 3),
            try FeedbackEvents.feedback("ny-1", at: "2026-11-01T03:30:00Z", location: "nyc-1", agent: "b-1", csat: 5),
        ]
        for i in 0..<4 {
            events.append(try FeedbackEvents.feedback("e-s\(i)", at: "2026-10-1\(i)T10:00:00+01:00", agent: nil, source: .employee, csat: 3,
                                                      comment: "The manager is rude."))
        }
        for i in 0..<5 {
            events.append(try FeedbackEvents.feedback("e-n\(i)", at: "2026-10-1\(i)T10:00:00-04:00", location: "nyc-1", agent: nil,
                                                      source: .employee, csat: 4,
                                                      comment: "Customers keep telling us how lovely and helpful the staff were."))
        }
        events.append(try FeedbackEvents.feedback("e-n5", at: "2026-10-20T10:00:00-04:00", location: "nyc-1", agent: nil,
                                                  source: .employee, nps: 0))
        for (offset, event) in events.enumerated() {
            let outcomes = try store.process([(UInt64(offset), event.encoded())], plugin: plugin, router: router,
                                             now: Date(timeIntervalSince1970: 1_795_425_300), logger: Logger(label: "report-fixture"))
            guard outcomes == [.handled] else { throw FixtureError(description: "event \(event.id) was not handled: \(outcomes)") }
        }
        return path
    }
}

struct FixtureError: Error, CustomStringConvertible { let description: String }
