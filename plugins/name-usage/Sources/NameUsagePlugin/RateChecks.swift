import Foundation
import NameUsage
import RapportEvents
import RapportPlugin

/// A location's rolling rate judged against its target (``RateTarget/judge(_:alertOpen:)``):
/// after each verdict at the location, and again whenever its window next changes by itself (the
/// oldest interaction in it leaves it), by a durable timer per location (`rate:<location>`, moved
/// by each judgement, so replays and redeliveries never multiply it).
struct RateChecks {
    /// The prefix of the re-check timer's key (`rate:<location>`; its payload is the location).
    static let timerPrefix = "rate:"

    let settings: NameUsageSettings
    let context: HandlerContext

    /// After a verdict: the rate as of the decided interaction's start (never earlier than the
    /// location's last judgement).
    func judge(_ location: String, after start: Date) throws {
        try judge(location, asOf: start, timerFired: false)
    }

    /// The re-check timer came due: the rate as of now (a timer that came due while the plugin
    /// was down fires once after catch-up: the rate is judged on the window as it is now).
    func recheck(_ timer: PluginTimer) throws {
        guard !timer.payload.isEmpty else { return }
        try judge(timer.payload, asOf: context.now, timerFired: true)
    }

    /// Raises or resolves the location's `name.below-target` alert from its rate as of
    /// `candidate` (or its last judgement, if later; at most an hour past the plugin's clock), and moves its re-check timer to when that
    /// window next changes by itself (cancelled when the window holds no interaction).
    private func judge(_ location: String, asOf candidate: Date, timerFired: Bool) throws {
        let alerts = RateAlertRows(db: context.db)
        let previous = try alerts.state(location)
        let window = settings.target.window(asOf: RateWindow.asOf(candidate, after: previous.asOf.map(Self.date), now: context.now))
        let (tally, oldest) = try VerdictRows(db: context.db).tally(location: location, in: window)
        var state = previous
        switch settings.target.judge(tally, alertOpen: previous.open) {
        case .raise(let rate, let tally)?:
            let alert = RateAlert(location: location, episode: previous.episode + 1)
            try context.emit(AlertRaised(alertID: alert.alertID, severity: .warning, kind: .nameBelowTarget,
                                         summary: alert.summary(rate: rate, tally: tally, target: settings.target), dedupKey: alert.dedupKey),
                             subject: nil, location: .some(location), agent: .some(nil), partitionKey: alert.alertID)
            state.episode = alert.episode
            state.open = true
        case .resolve(let rate, let tally)?:
            try resolve(location, episode: previous.episode) { $0.recovery(rate: rate, tally: tally, target: settings.target) }
            state.open = false
        case .tooFewToJudge(let tally)?:
            try resolve(location, episode: previous.episode) { $0.tooFew(tally: tally, target: settings.target) }
            state.open = false
        case nil:
            break
        }
        state.asOf = SQLValue.millis(window.asOf).int
        state.nextCheck = window.nextChange(oldestStart: oldest).flatMap { SQLValue.millis($0).int }
        // The timer that fired is gone; otherwise the one pending is where the last judgement put it.
        if state.nextCheck != (timerFired ? nil : previous.nextCheck) {
            if let next = state.nextCheck {
                try context.schedule(at: Self.date(next), key: Self.timerPrefix + location, payload: location)
            } else {
                try context.cancelTimer(key: Self.timerPrefix + location)
            }
        }
        if state != previous { try alerts.set(location, state) }
    }

    private func resolve(_ location: String, episode: Int, reason: (RateAlert) -> String) throws {
        let alert = RateAlert(location: location, episode: episode)
        try context.emit(AlertResolved(alertID: alert.alertID, reason: reason(alert)),
                         subject: nil, location: .some(location), agent: .some(nil), partitionKey: alert.alertID)
    }

    private static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1_000) }
}
