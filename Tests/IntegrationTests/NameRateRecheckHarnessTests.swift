import Foundation
import NameUsage
import NameUsagePlugin
import RapportEvents
import RapportPlugin
import RapportPluginTesting
import Testing

/// The name-usage rate re-judged by its durable timer as the window moves, run twice: in memory
/// with the test kit, and with the SDK's real runtime against a real bus (timers fire there only
/// after the group has caught up). The same scenario, the same assertions.
@Suite("Name-usage rate re-checks, in memory and on a real bus", .serialized)
struct NameRateRecheckHarnessTests {
    /// The harness's clock starts here (2026-11-23T09:15:00Z); times below are seconds after it.
    static let base = Date(timeIntervalSince1970: 1_795_425_300)

    static let settings = NameUsageSettings(close: ClosePolicy(grace: .seconds(30), idle: .seconds(600)),
                                            target: RateTarget(window: .seconds(86_400), minimumSample: 3, target: 0.75))

    /// One interaction at store-12 starting `seconds` after the base, the name used or not.
    static func interaction(_ id: String, at seconds: Double, used: Bool) throws -> [TypedEvent] {
        func event(_ suffix: String, _ offset: Double, _ data: some EventData) throws -> TypedEvent {
            try TypedEvent(id: "\(id)-\(suffix)", source: "/locations/store-12/desks/1",
                           time: Instant(millisecondsSinceEpoch: Int64((base.timeIntervalSince1970 + seconds + offset) * 1_000))!,
                           subject: id, location: "store-12", agent: "a-7", data: data)
        }
        return [
            try event("start", 0, InteractionStarted(interactionID: id, channel: .frontDesk, customer: .init(id: "c-\(id)", name: "Priya Raman"),
                                                     agent: .init(id: "a-7", name: "Sam Patel"))),
            try event("u1", 1, Utterance(interactionID: id, speaker: .agent, text: used ? "Thank you, Priya." : "Thank you.",
                                         offsetMilliseconds: 1_000)),
            try event("end", 2, InteractionEnded(interactionID: id)),
        ]
    }

    /// The rate alerts published since the last call.
    static func alerts(_ plugin: some PluginHarness) async throws -> [String] {
        try await plugin.publishedEvents().compactMap { event in
            switch event.payload {
            case .alertRaised(let alert): "raised \(alert.alertID)"
            case .alertResolved(let resolved): "resolved \(resolved.alertID): \(resolved.reason)"
            default: nil
            }
        }
    }

    /// Three interactions without the name at 0, 100 and 200 s raise (0 of 3); three with it at
    /// 40,000 s keep it open (3 of 6); with nothing new, at 86,500 s the re-check that came due
    /// at 86,400 (when r1 left) finds r1 and r2 gone: 3 of 4 = 75%, resolved; the next is due
    /// when r3 leaves, at 86,600.
    static func scenario(_ plugin: some PluginHarness) async throws {
        try await plugin.handle(try [0.0, 100, 200].enumerated().flatMap { try interaction("r\($0.offset + 1)", at: $0.element, used: false) })
        try await plugin.advanceClock(by: .seconds(30))
        #expect(try await alerts(plugin) == ["raised name-below-target:store-12:1"])
        try await plugin.advanceClock(by: .seconds(39_970))
        try await plugin.handle(try [40_000.0, 40_100, 40_200].enumerated().flatMap { try interaction("r\($0.offset + 4)", at: $0.element, used: true) })
        try await plugin.advanceClock(by: .seconds(30))
        #expect(try await alerts(plugin).isEmpty)
        #expect(try plugin.query("SELECT COUNT(*) AS n FROM name_checks") == [["n": "6"]])
        try await plugin.advanceClock(by: .seconds(46_470))
        #expect(try await alerts(plugin) == [
            "resolved name-below-target:store-12:1: name usage at store-12 recovered to 75.0% over the last 1 day (3 of 4 interactions; target 75.0%)",
        ])
        let next = Int64((base.timeIntervalSince1970 + 86_600) * 1_000)
        #expect(try plugin.query("SELECT next_check_ms FROM name_rate_alerts") == [["next_check_ms": "\(next)"]])
        #expect(try plugin.query("SELECT key FROM rapport_timers") == [["key": "rate:store-12"]])
    }

    @Test("in memory (PluginTestKit)")
    func inMemory() async throws {
        let kit = try PluginTestKit(name: NameUsagePlugin.name, publishes: NameUsagePlugin.publishes,
                                    router: NameUsagePlugin.router(settings: Self.settings), migrations: NameUsagePlugin.migrations,
                                    start: Self.base)
        try await Self.scenario(kit)
    }

    @Test("on a real bus (LivePluginHarness)")
    func onARealBus() async throws {
        let bus = try BusProcess()
        try bus.start()
        let live = try LivePluginHarness(address: bus.address, statePath: bus.root + "/harness/state.sqlite", name: NameUsagePlugin.name,
                                         publishes: NameUsagePlugin.publishes, router: NameUsagePlugin.router(settings: Self.settings),
                                         migrations: NameUsagePlugin.migrations, start: Self.base)
        try await Self.scenario(live)
        await live.stop()
    }
}
