import RapportConfig
import Testing
@testable import RapportBus

/// The role rules, decided per message (docs/SECURITY.md's table).
@Suite("Access policy (roles)")
struct AccessPolicyTests {
    static let key = "HelloWorldHelloWorldHelloWorldHelloWorld"

    static func principal(_ role: KeyRole, _ locations: LocationScope = .all, consumes: [String] = [], publishes: [String] = []) -> Principal {
        Principal(identity: .registered(RegisteredKey(name: "k", publicKey: key, role: role, locations: locations,
                                                      consumes: consumes, publishes: publishes)))
    }

    static let agent = principal(.agent, .only(["store-12"]))
    static let manager = principal(.manager, .only(["store-12", "store-14"]))
    static let plugin = principal(.plugin, consumes: ["rapport.promise.*", "rapport.customer.contacted"],
                                  publishes: ["rapport.alert.raised", "rapport.alert.resolved"])
    static let admin = principal(.admin)
    static let revoked = Principal(identity: .refused(publicKey: key, reason: "the key 'desk-3' was revoked"))

    static func allowed(_ decision: AccessPolicy.Decision) -> Bool { decision == .allowed }

    @Test("an agent publishes desk events for its own locations, and nothing else")
    func agentPublishes() {
        #expect(Self.allowed(AccessPolicy.publish(Self.agent, type: "rapport.promise.made", location: "store-12")))
        #expect(!Self.allowed(AccessPolicy.publish(Self.agent, type: "rapport.promise.made", location: "store-99")))
        #expect(!Self.allowed(AccessPolicy.publish(Self.agent, type: "rapport.promise.made", location: nil)))
        #expect(!Self.allowed(AccessPolicy.publish(Self.agent, type: "rapport.alert.raised", location: "store-12")))
        #expect(!Self.allowed(AccessPolicy.publish(Self.agent, type: "rapport.name.checked", location: "store-12")))
        #expect(!Self.allowed(AccessPolicy.publish(Self.agent, type: "x-site.thing", location: "store-12")))
    }

    @Test("an agent consumes nothing, by any path")
    func agentConsumes() {
        #expect(!Self.allowed(AccessPolicy.consume(Self.agent, patterns: ["rapport.interaction.*"], command: "JOIN")))
        #expect(!Self.allowed(AccessPolicy.consume(Self.agent, patterns: ["rapport.alert.raised"], command: "READ")))
        #expect(!Self.allowed(AccessPolicy.liveFeed(Self.agent)))
        #expect(!Self.allowed(AccessPolicy.groupAdmin(Self.agent)))
    }

    @Test("a plugin consumes within its registered patterns and publishes its registered types")
    func plugin() {
        #expect(Self.allowed(AccessPolicy.consume(Self.plugin, patterns: ["rapport.promise.*", "rapport.customer.contacted"], command: "JOIN")))
        #expect(Self.allowed(AccessPolicy.consume(Self.plugin, patterns: ["rapport.promise.made"], command: "READ")))
        #expect(Self.allowed(AccessPolicy.consume(Self.plugin, patterns: ["rapport.promise.re*"], command: "JOIN")))
        #expect(!Self.allowed(AccessPolicy.consume(Self.plugin, patterns: ["rapport.*"], command: "JOIN")))
        #expect(!Self.allowed(AccessPolicy.consume(Self.plugin, patterns: ["*"], command: "JOIN")))
        #expect(!Self.allowed(AccessPolicy.consume(Self.plugin, patterns: ["rapport.promise.*", "rapport.feedback.received"], command: "JOIN")))
        #expect(!Self.allowed(AccessPolicy.consume(Self.plugin, patterns: ["rapport.*.made"], command: "JOIN")))
        #expect(Self.allowed(AccessPolicy.publish(Self.plugin, type: "rapport.alert.raised", location: "store-99")))
        #expect(!Self.allowed(AccessPolicy.publish(Self.plugin, type: "rapport.promise.made", location: "store-12")))
        #expect(!Self.allowed(AccessPolicy.liveFeed(Self.plugin)))
        #expect(!Self.allowed(AccessPolicy.groupAdmin(Self.plugin)))
    }

    @Test("a manager reads alerts and results, only of its locations, and acknowledges or resolves alerts there")
    func manager() {
        #expect(Self.allowed(AccessPolicy.consume(Self.manager, patterns: ["rapport.alert.*"], command: "JOIN")))
        #expect(Self.allowed(AccessPolicy.consume(Self.manager, patterns: ["rapport.alert.raised", "rapport.name.checked"], command: "READ")))
        #expect(!Self.allowed(AccessPolicy.consume(Self.manager, patterns: ["rapport.*"], command: "READ")))
        #expect(!Self.allowed(AccessPolicy.consume(Self.manager, patterns: ["rapport.feedback.received"], command: "JOIN")))
        #expect(AccessPolicy.deliveryScope(Self.manager) == .only(["store-12", "store-14"]))
        #expect(AccessPolicy.deliveryScope(Self.plugin) == .all)
        #expect(Self.allowed(AccessPolicy.publish(Self.manager, type: "rapport.alert.acknowledged", location: "store-14")))
        #expect(Self.allowed(AccessPolicy.publish(Self.manager, type: "rapport.alert.resolved", location: "store-12")))
        #expect(!Self.allowed(AccessPolicy.publish(Self.manager, type: "rapport.alert.resolved", location: "store-99")))
        #expect(!Self.allowed(AccessPolicy.publish(Self.manager, type: "rapport.alert.raised", location: "store-12")))
        #expect(!Self.allowed(AccessPolicy.liveFeed(Self.manager)))
        #expect(!Self.allowed(AccessPolicy.groupAdmin(Self.manager)))
    }

    @Test("an admin, a local ipc user and a legacy authorized key may do everything")
    func admin() {
        for who in [Self.admin, Principal.local, Principal(identity: .unassigned(publicKey: Self.key))] {
            #expect(Self.allowed(AccessPolicy.publish(who, type: "rapport.alert.raised", location: nil)))
            #expect(Self.allowed(AccessPolicy.consume(who, patterns: ["*"], command: "JOIN")))
            #expect(Self.allowed(AccessPolicy.liveFeed(who)))
            #expect(Self.allowed(AccessPolicy.groupAdmin(who)))
            #expect(AccessPolicy.deliveryScope(who) == .all)
        }
    }

    @Test("a revoked key may do nothing, and the reason says it was revoked")
    func revokedKey() {
        #expect(AccessPolicy.any(Self.revoked) == .forbidden("the key 'desk-3' was revoked"))
        #expect(!Self.allowed(AccessPolicy.publish(Self.revoked, type: "rapport.promise.made", location: "store-12")))
        #expect(!Self.allowed(AccessPolicy.consume(Self.revoked, patterns: ["rapport.alert.*"], command: "READ")))
    }

    @Test("pattern coverage: exact, prefix and inner globs", arguments: [
        (["*"], "rapport.*.made", true),
        (["rapport.promise.*"], "rapport.promise.made", true),
        (["rapport.promise.*"], "rapport.promise.*", true),
        (["rapport.promise.*"], "rapport.promise.ma*", true),
        (["rapport.promise.*"], "rapport.promise.*.x", true),
        (["rapport.promise.*"], "rapport.*", false),
        (["rapport.promise.*"], "rapport.*.made", false),
        (["rapport.promise.made"], "rapport.promise.*", false),
        (["rapport.promise.made"], "rapport.promise.made", true),
        (["rapport.*.made"], "rapport.promise.made", true),
        (["rapport.*.made"], "rapport.*.made", true),
        (["rapport.*.made"], "rapport.pr*.made", false),
    ])
    func coverage(allowed: [String], requested: String, covered: Bool) {
        #expect(PatternScope.covers(allowed, requested) == covered)
    }
}
