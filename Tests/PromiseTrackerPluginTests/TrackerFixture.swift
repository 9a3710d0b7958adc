import Foundation
import PromiseTrackerPlugin
import RapportCalendar
import RapportConfig
import RapportEvents
import RapportPlugin
import RapportPluginTesting

/// Desk events and a tracker under the test kit, at store-12 (Europe/London, Mon–Fri
/// 09:00–17:30, Sat 10:00–16:00), with fixed dates.
enum TrackerFixture {
    static let london: LocationConfiguration = {
        var weekly: [Weekday: [OpeningSpan]] = [:]
        for day in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] { weekly[day] = [OpeningSpan(parsing: "09:00-17:30")!] }
        weekly[.saturday] = [OpeningSpan(parsing: "10:00-16:00")!]
        let calendar = try! LocationCalendar(timeZone: "Europe/London", weekly: weekly, holidays: [LocalDate(parsing: "2026-12-25")!])
        return LocationConfiguration(id: "store-12", calendar: calendar, dateOrder: .dmy)
    }()

    static let settings = PromiseTrackerSettings(dueSoonLead: .seconds(7_200), unloggedGrace: .seconds(300))

    static func kit(start: String, statePath: String? = nil) throws -> PluginTestKit {
        try PluginTestKit(name: PromiseTracker.name, publishes: PromiseTracker.publishes,
                          router: PromiseTracker.router(settings: settings, locations: ["store-12": london]),
                          migrations: PromiseTracker.migrations, start: date(start), statePath: statePath)
    }

    static func date(_ text: String) -> Date {
        Date(timeIntervalSince1970: Double(Instant(rfc3339: text)!.millisecondsSinceEpoch) / 1_000)
    }

    /// Moves the kit's clock to `text` and fires what came due.
    @discardableResult
    static func advance(_ kit: PluginTestKit, to text: String) throws -> Int {
        try kit.advance(by: .milliseconds(Int64((date(text).timeIntervalSince(kit.clock.now) * 1_000).rounded())))
    }

    static func event(_ id: String, at time: String, customer: String = "c-1", _ data: some EventData) throws -> TypedEvent {
        try TypedEvent(id: id, source: "/locations/store-12/desks/3", time: Instant(rfc3339: time)!, location: "store-12", agent: "a-17",
                       partitionKey: customer, data: data)
    }

    static func started(_ interaction: String, at time: String) throws -> TypedEvent {
        try event("start-\(interaction)", at: time, InteractionStarted(
            interactionID: interaction, channel: .frontDesk, customer: .init(id: "c-1", name: "Adaeze Okafor"),
            agent: .init(id: "a-17", name: "Sam Patel")))
    }

    static func made(_ promise: String, at time: String, due: Due, interaction: String? = "i-1", id: String? = nil) throws -> TypedEvent {
        try event(id ?? "made-\(promise)", at: time, PromiseMade(
            promiseID: promise, interactionID: interaction, customer: .init(id: "c-1", name: "Adaeze Okafor"),
            what: "call back with the repair quote", due: due))
    }

    static func kept(_ promise: String, at time: String, id: String? = nil) throws -> TypedEvent {
        try event(id ?? "kept-\(promise)", at: time, PromiseKept(promiseID: promise))
    }

    static func revised(_ promise: String, at time: String, due: Due, contacted: Bool, id: String) throws -> TypedEvent {
        try event(id, at: time, PromiseRevised(promiseID: promise, due: due, customerContacted: contacted))
    }

    static func said(_ interaction: String, _ text: String, at time: String, speaker: Speaker = .agent, id: String) throws -> TypedEvent {
        try event(id, at: time, Utterance(interactionID: interaction, speaker: speaker, text: text))
    }

    static func ended(_ interaction: String, at time: String) throws -> TypedEvent {
        try event("end-\(interaction)", at: time, InteractionEnded(interactionID: interaction))
    }
}

extension TypedEvent {
    /// The alert raised, if this is one.
    var raised: AlertRaised? { payload.eventData as? AlertRaised }
    /// The alert resolved, if this is one.
    var resolved: AlertResolved? { payload.eventData as? AlertResolved }
}
