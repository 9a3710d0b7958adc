import Foundation
import RapportClient
import Testing
import ZMQ

/// Exit statuses a script can act on: 0 stored, 65 fix the data, 69 retry later, 77 permission,
/// 1 refused; and each client command's --help says so.
@Suite("CLI exit statuses", .serialized)
struct CLIExitStatusTests {
    @Test("emit: 0 when every event is stored, duplicates included; 65 when any is rejected")
    func emitStatuses() async throws {
        let bus = try BusProcess()
        try bus.start()
        let file = bus.root + "/events.jsonl"
        let good = String(decoding: TestEvents.feedback(id: "ok-1"), as: UTF8.self)
        try (good + "\n" + good + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let stored = try await CLIProcess(["emit", "--data-dir", bus.dataDirectory, "--file", file]).run()
        #expect(stored.status == 0, "\(stored)")
        #expect(stored.output.contains("1 accepted, 1 duplicate (already stored), 0 rejected"), "\(stored)")

        let bad = String(decoding: TestEvents.feedback(id: "bad-1", nps: 11), as: UTF8.self)
        try (good + "\n" + bad + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let rejected = try await CLIProcess(["emit", "--data-dir", bus.dataDirectory, "--file", file]).run()
        #expect(rejected.status == 65, "\(rejected)")
        #expect(rejected.output.contains("line 2: rejected (invalid-data)"), "\(rejected)")
    }

    @Test("consume exits 1 with the bus's reason when the bus refuses its JOIN")
    func consumeRefused() async throws {
        let bus = try BusProcess()
        try bus.start()
        let member = try ConsumerDriver(bus.address, group: "g", types: ["rapport.promise.*"], heartbeatMillis: 5_000)
        let result = try await CLIProcess(["consume", "--data-dir", bus.dataDirectory, "--group", "g", "--type", "rapport.feedback.*",
                                     "--idle-timeout", "1"]).run()
        withExtendedLifetime(member) {}
        #expect(result.status == 1, "\(result)")
        #expect(result.error.contains("the bus refused the request (bad-join)"), "\(result)")
    }

    @Test("tail exits 69 when a tcp bus lets it in on neither socket (a client key it does not list)")
    func tailRefusedOnTCP() async throws {
        let tcp = try CurveTests.TCPBus()
        let listed = try await CurveKeyPairFile.generate(in: tcp.bus.root, name: "listed.key")
        try tcp.authorize([listed.keys])
        try tcp.start(curve: ", authorized_keys_file: \"\(tcp.authorizedKeysFile)\"", readyClient: listed.keys)
        let stranger = try await CurveKeyPairFile.generate(in: tcp.bus.root, name: "stranger.key")
        let result = try await CLIProcess(["tail", "--endpoint", tcp.ingest, "--live-endpoint", tcp.live,
                                     "--server-key", tcp.serverKeys.publicKey, "--client-key-file", stranger.secretFile,
                                     "--timeout", "1s"]).run()
        #expect(result.status == 69, "\(result)")
        #expect(result.error.contains("this client's public key registered with the bus"), "\(result)")
    }

    @Test("every client command's --help lists its exit statuses", arguments: [
        ["emit"], ["tail"], ["consume"], ["read"], ["groups"], ["groups", "show"], ["groups", "reset"], ["groups", "delete"],
        ["alerts", "follow"], ["alerts", "ack"], ["alerts", "resolve"], ["keygen"], ["events"], ["ping"],
    ])
    func helpListsStatuses(command: [String]) async throws {
        let result = try await CLIProcess(command + ["--help"]).run()
        #expect(result.status == 0, "\(result)")
        #expect(result.output.contains("Exit status"), "\(result)")
        if command.first != "ping" && command.first != "keygen" && command.first != "events" {
            #expect(result.output.contains("69"), "\(result)")
        }
    }
}

/// A key pair written the way `rapport keygen --out` writes it: the secret key in `secretFile`
/// (mode 0600), the public key in `secretFile.pub`.
struct CurveKeyPairFile {
    let keys: CurveKeyPair
    let secretFile: String
    var publicFile: String { secretFile + ".pub" }

    static func generate(in directory: String, name: String) async throws -> CurveKeyPairFile {
        let result = try await CLIProcess(["keygen", "--out", directory + "/" + name, "--json"]).run()
        guard result.status == 0, let object = try result.jsonLines().first,
              let publicKey = object["public_key"] as? String else { throw TestFailure("keygen failed: \(result)") }
        let secret = try String(contentsOfFile: directory + "/" + name, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let keys = try CurveKeyPair(secretKey: secret)
        guard keys.publicKey == publicKey else { throw TestFailure("keygen printed another public key than its secret key's") }
        return CurveKeyPairFile(keys: keys, secretFile: directory + "/" + name)
    }
}
