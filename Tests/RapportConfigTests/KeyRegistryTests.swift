import Foundation
import Testing
@testable import RapportConfig

/// The key registry file `rapport keys` writes and the bus reads.
@Suite("Key registry")
struct KeyRegistryTests {
    static let desk = "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7"
    static let plugin = "HelloWorldHelloWorldHelloWorldHelloWorld"

    @Test("what is written reads back the same")
    func roundTrip() throws {
        var registry = KeyRegistry()
        try registry.add(RegisteredKey(name: "desk-3", publicKey: Self.desk, role: .agent, locations: .only(["store-12", "store-14"]),
                                       added: Date(timeIntervalSince1970: 1_780_000_000)))
        try registry.add(RegisteredKey(name: "promise-tracker", publicKey: Self.plugin, role: .plugin,
                                       consumes: ["rapport.promise.*"], publishes: ["rapport.alert.raised"]))
        try registry.revoke("desk-3", at: Date(timeIntervalSince1970: 1_780_000_100))
        let text = registry.rendered()
        let read = try KeyRegistry.parse(text, file: "keys.yaml")
        #expect(read == registry)
        #expect(read.activeKey(Self.desk) == nil)
        #expect(read.activeKey(Self.plugin)?.role == .plugin)
    }

    @Test("names and keys are unique, and a revoked key never comes back")
    func uniqueness() throws {
        var registry = KeyRegistry()
        try registry.add(RegisteredKey(name: "desk-3", publicKey: Self.desk, role: .agent, locations: .only(["store-12"])))
        #expect(throws: KeyRegistryError.self) { try registry.add(RegisteredKey(name: "desk-3", publicKey: Self.plugin, role: .admin)) }
        #expect(throws: KeyRegistryError.self) { try registry.add(RegisteredKey(name: "desk-4", publicKey: Self.desk, role: .admin)) }
        try registry.revoke(Self.desk, at: Date())
        let again = #expect(throws: KeyRegistryError.self) { try registry.add(RegisteredKey(name: "desk-5", publicKey: Self.desk, role: .agent, locations: .all)) }
        #expect(again?.message.contains("revoked") == true)
        #expect(throws: KeyRegistryError.self) { try registry.revoke("desk-3", at: Date()) }
        #expect(throws: KeyRegistryError.self) { try registry.revoke("nobody", at: Date()) }
    }

    @Test("an agent or manager names its locations; a plugin says what it consumes or publishes")
    func rules() {
        var registry = KeyRegistry()
        #expect(throws: KeyRegistryError.self) { try registry.add(RegisteredKey(name: "d", publicKey: Self.desk, role: .agent, locations: .only([]))) }
        #expect(throws: KeyRegistryError.self) { try registry.add(RegisteredKey(name: "p", publicKey: Self.desk, role: .plugin)) }
        #expect(throws: KeyRegistryError.self) { try registry.add(RegisteredKey(name: "bad name!", publicKey: Self.desk, role: .admin)) }
        #expect(throws: KeyRegistryError.self) { try registry.add(RegisteredKey(name: "a", publicKey: "not-a-key", role: .admin)) }
    }

    @Test("a file with a mistake is refused, naming the entry and the field", arguments: [
        ("keys:\n  - {name: a, public_key: \"\(desk)\", role: boss}\n", "keys[0].role"),
        ("keys:\n  - {name: a, role: admin}\n", "keys[0].public_key"),
        ("keys:\n  - {name: a, public_key: \"\(desk)\", role: agent}\n", "keys[0]"),
        ("keys:\n  - {name: a, public_key: \"\(desk)\", role: admin, colour: red}\n", "keys[0].colour"),
        ("keys:\n  - {name: a, public_key: \"\(desk)\", role: admin}\n  - {name: b, public_key: \"\(desk)\", role: admin}\n", "keys[1]"),
        ("users: []\n", "users"),
        ("keys: [\n", ""),
    ])
    func mistakes(text: String, key: String) {
        let error = #expect(throws: ConfigError.self) { try KeyRegistry.parse(text, file: "keys.yaml") }
        #expect(error?.key == key, "\(error?.description ?? "")")
    }

    @Test("an empty file is an empty registry; locations: all is a head-office manager")
    func emptyAndAll() throws {
        #expect(try KeyRegistry.parse("", file: "k").keys.isEmpty)
        let registry = try KeyRegistry.parse("keys:\n  - {name: hq, public_key: \"\(Self.desk)\", role: manager, locations: all}\n", file: "k")
        #expect(registry.keys.first?.locations == .all)
    }
}
