import Foundation
import PromiseReading
import PromiseTracking
import RapportCalendar
import RapportConfig
import RapportEvents
import RapportPlugin

/// The tracker's handlers: each writes its event's fact, then carries out what the domain
/// decides for that promise, all through the handler's context (one transaction).
struct PromiseTrackerHandlers: Sendable {
    let settings: PromiseTrackerSettings
    let locations: [String: PromiseDueReader.Location]
    let calendars: [String: LocationCalendar]
    let dueReader = PromiseDueReader()
    let detector = CommitmentDetector()

    init(settings: PromiseTrackerSettings, locations: [String: LocationConfiguration]) {
        self.settings = settings
        self.locations = locations.mapValues { PromiseDueReader.Location(calendar: $0.calendar, dateOrder: $0.dateOrder) }
        calendars = locations.mapValues(\.calendar)
    }

    static func date(_ instant: Instant) -> Date { Date(timeIntervalSince1970: Double(instant.millisecondsSinceEpoch) / 1_000) }
    static func factKey(_ event: TypedEvent) -> String { event.source + " " + event.id }

    // MARK: Promises

    func made(_ made: PromiseMade, _ event: TypedEvent, _ context: HandlerContext) throws {
        let saidAt = Self.date(event.time)
        let due = dueReader.due(instant: made.due.instant.map(Self.date), words: made.due.words, saidAt: saidAt,
                                location: event.location.flatMap { locations[$0] })
        let terms = PromiseTerms(customerID: made.customer.id, customerName: made.customer.name, what: made.what,
                                 interactionID: made.interactionID, location: event.location, agentID: event.agent, due: due)
        let fact = PromiseFact(key: Self.factKey(event), promiseID: made.promiseID, time: saidAt, kind: .made(terms))
        let month = CredibilityMeasures.month(of: saidAt, calendar: event.location.flatMap { calendars[$0] })
        try PromiseFactRows.insert(fact, month: month, db: context.db)
        try reconsider(made.promiseID, context, deadlineFired: false)
        // A commitment heard in this interaction and already decided as unlogged stays decided.
    }

    func revised(_ revised: PromiseRevised, _ event: TypedEvent, _ context: HandlerContext) throws {
        let saidAt = Self.date(event.time)
        let location = try event.location ?? madeLocation(revised.promiseID, context)
        let due = dueReader.due(instant: revised.due.instant.map(Self.date), words: revised.due.words, saidAt: saidAt,
                                location: location.flatMap { locations[$0] })
        let fact = PromiseFact(key: Self.factKey(event), promiseID: revised.promiseID, time: saidAt,
                               kind: .revised(due, customerContacted: revised.customerContacted))
        try PromiseFactRows.insert(fact, month: nil, db: context.db)
        try reconsider(revised.promiseID, context, deadlineFired: false)
    }

    func fact(_ kind: PromiseFact.Kind, promise: String, time: Date, _ event: TypedEvent, _ context: HandlerContext) throws {
        try PromiseFactRows.insert(PromiseFact(key: Self.factKey(event), promiseID: promise, time: time, kind: kind), month: nil, db: context.db)
        try reconsider(promise, context, deadlineFired: false)
    }

    private func madeLocation(_ promise: String, _ context: HandlerContext) throws -> String? {
        try context.db.row("SELECT location FROM promise_facts WHERE promise = ? AND kind = 'made'", [.text(promise)])?.string("location")
    }

    /// Decides the promise's alerts and deadlines from all its facts, and carries them out.
    func reconsider(_ promise: String, _ context: HandlerContext, deadlineFired: Bool) throws {
        let record = try PromiseFactRows.record(promise, db: context.db)
        guard let terms = record.terms else { return }
        let planner = AlertPlanner(rule: DueSoonRule(lead: settings.dueSoonLead, calendar: terms.location.flatMap { calendars[$0] }),
                                   summaries: try summaries(agent: terms.agentID, context))
        let plan = planner.plan(record, raised: try PromiseAlertRows.raised(for: promise, db: context.db), now: context.now,
                                deadlineFired: deadlineFired)
        for alert in plan.raise where try PromiseAlertRows.record(alert, promise: promise, now: context.now, db: context.db) {
            try context.emit(try AlertRaised(
                alertID: alert.alertID, severity: Self.severity(alert.kind), kind: AlertKind(rawValue: alert.kind.rawValue),
                summary: alert.summary, dedupKey: alert.dedupKey,
                refs: .init(promiseID: promise, interactionID: terms.interactionID, customerID: terms.customerID)),
                subject: terms.interactionID, location: .some(terms.location), agent: .some(terms.agentID), partitionKey: terms.customerID)
        }
        for (key, reason) in plan.resolve where try PromiseAlertRows.resolve(key, db: context.db) {
            try context.emit(try AlertResolved(alertID: key, reason: reason),
                             subject: terms.interactionID, location: .some(terms.location), agent: .some(terms.agentID),
                             partitionKey: terms.customerID)
        }
        for (key, at) in plan.schedule { try context.schedule(at: at, key: key, payload: promise) }
        for key in plan.cancel { try context.cancelTimer(key: key) }
    }

    func summaries(agent: String?, _ context: HandlerContext) throws -> AlertSummaries {
        var names: [String: String] = [:]
        if let agent, let name = try context.db.row("SELECT name FROM promise_agents WHERE agent = ?", [.text(agent)])?.string("name") {
            names[agent] = name
        }
        return AlertSummaries(calendars: calendars, agentNames: names)
    }

    static func severity(_ kind: PromiseAlertKind) -> AlertSeverity {
        switch kind.severity {
        case .info: .info
        case .warning: .warning
        case .critical: .critical
        }
    }

    // MARK: Timers

    func timer(_ timer: PluginTimer, _ context: HandlerContext) throws {
        if timer.key.hasPrefix("interaction:") {
            try decideInteraction(timer.payload, context)
        } else {
            try reconsider(timer.payload, context, deadlineFired: true)
        }
    }
}
