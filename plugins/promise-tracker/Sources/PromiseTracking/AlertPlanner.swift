import Foundation

/// Decides a promise's alerts and deadlines from its record, the alerts already raised and now.
///
/// Alerts that depend on the time (due soon, overdue) are raised only when a deadline fires
/// (`deadlineFired`): the SDK fires a deadline that passed while the plugin was down only
/// after it has caught up with the log, so a keep further on in the log is read first and no
/// stale alert goes out. Alerts that depend on facts alone (kept late, unreadable due) are
/// raised as soon as the facts say so. Every alert is raised once per dedup key.
public struct AlertPlanner: Sendable {
    public let rule: DueSoonRule
    public let summaries: AlertSummaries

    public init(rule: DueSoonRule, summaries: AlertSummaries) {
        self.rule = rule
        self.summaries = summaries
    }

    /// The plan for `record` at `now`, given the alerts already raised for it.
    public func plan(_ record: PromiseRecord, raised: [RaisedAlert], now: Date, deadlineFired: Bool) -> AlertPlan {
        var plan = AlertPlan()
        guard let terms = record.terms, let due = record.due else { return plan }
        let promise = record.promiseID
        let raisedKeys = Set(raised.map(\.dedupKey))
        let open = raised.filter { !$0.resolved && $0.kind.resolvable }
        func raise(_ alert: PlannedAlert) {
            if !raisedKeys.contains(alert.dedupKey) && !plan.raise.contains(alert) { plan.raise.append(alert) }
        }
        let timers = [PromiseTimerKey.dueSoon(promise), PromiseTimerKey.overdue(promise)]

        switch record.ending {
        case .kept(let at):
            plan.cancel = timers
            for alert in open { plan.resolve.append((alert.dedupKey, "promise kept")) }
            if let instant = due.instant, at > instant {
                raise(PlannedAlert(kind: .keptLate, dedupKey: PromiseAlertKey.keptLate(promise),
                                   summary: summaries.keptLate(terms, due: instant, keptAt: at)))
            }
            return plan
        case .cancelled:
            plan.cancel = timers
            for alert in open { plan.resolve.append((alert.dedupKey, "promise cancelled")) }
            return plan
        case nil:
            break
        }

        guard let instant = due.instant else {
            plan.cancel = timers
            let key = PromiseAlertKey.unreadableDue(promise, words: due.words ?? "")
            for alert in open where alert.dedupKey != key {
                plan.resolve.append((alert.dedupKey, "promise revised: its due words cannot be read"))
            }
            raise(PlannedAlert(kind: .unreadableDue, dedupKey: key, summary: summaries.unreadableDue(terms, words: due.words ?? "")))
            return plan
        }

        let soonKey = PromiseAlertKey.dueSoon(promise, due: instant)
        let overdueKey = PromiseAlertKey.overdue(promise, due: instant)
        for alert in open where alert.dedupKey != soonKey && alert.dedupKey != overdueKey {
            plan.resolve.append((alert.dedupKey, "promise revised: now due \(summaries.when(instant, at: terms.location))"))
        }
        let soonStart = rule.dueSoonStart(before: instant)
        if deadlineFired && now >= instant {
            raise(PlannedAlert(kind: .overdue, dedupKey: overdueKey, summary: summaries.overdue(terms, due: instant)))
        } else if deadlineFired && now >= soonStart {
            raise(PlannedAlert(kind: .dueSoon, dedupKey: soonKey, summary: summaries.dueSoon(terms, due: instant, now: now)))
        }
        // Deadlines still to come (or passed and not yet fired): the due-soon window's start,
        // unless that alert (or the overdue one) went out; the due itself.
        if raisedKeys.contains(soonKey) || raisedKeys.contains(overdueKey) || (deadlineFired && now >= soonStart) {
            plan.cancel.append(PromiseTimerKey.dueSoon(promise))
        } else {
            plan.schedule.append((PromiseTimerKey.dueSoon(promise), soonStart))
        }
        if raisedKeys.contains(overdueKey) || (deadlineFired && now >= instant) {
            plan.cancel.append(PromiseTimerKey.overdue(promise))
        } else {
            plan.schedule.append((PromiseTimerKey.overdue(promise), instant))
        }
        return plan
    }
}
