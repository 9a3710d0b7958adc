import Foundation
import RapportClient
import RapportConfig
import Testing
import ZMQ

@Suite("CurveZMQ on tcp", .serialized)
struct CurveTests {
    /// A free loopback port (bind to 0, read it back, release it).
    static func freePort() throws -> Int {
        let context = try Context()
        let socket = try Socket(context, .router)
        try socket.bind("tcp://127.0.0.1:*")
        let endpoint = try socket.lastEndpoint()
        socket.close()
        context.terminate()
        return Int(endpoint.split(separator: ":").last ?? "") ?? 0
    }

    /// A bus on two loopback tcp ports with a fresh server key pair.
    struct TCPBus {
        let bus: BusProcess
        let serverKeys: CurveKeyPair
        let ingest: String
        let live: String
        /// Where the authorized keys file goes (written by the test before ``start(curve:readyClient:)``).
        var authorizedKeysFile: String { bus.root + "/authorized_keys" }

        init() throws {
            bus = try BusProcess()
            serverKeys = try CurveKeyPair.generate()
            ingest = "tcp://127.0.0.1:\(try CurveTests.freePort())"
            live = "tcp://127.0.0.1:\(try CurveTests.freePort())"
        }

        /// The address a client with `client` keys (or a throwaway pair) uses.
        func address(_ client: CurveKeyPair?, serverKey: String? = nil) -> BusAddress {
            BusAddress(ingest: ingest, live: live, serverKey: serverKey ?? serverKeys.publicKey, clientKeys: client)
        }

        /// Starts the bus with `curve` added to the `curve:` section; waits until a client
        /// with `readyClient` keys gets an INFO answer.
        func start(curve: String, readyClient: CurveKeyPair?) throws {
            let keyFile = bus.root + "/bus.key"
            try (serverKeys.secretKey + "\n").write(toFile: keyFile, atomically: true, encoding: .utf8)
            let config = bus.root + "/rapport.yaml"
            try """
            endpoints: {ingest: "\(ingest)", live: "\(live)"}
            curve: {secret_key_file: "\(keyFile)"\(curve)}
            """.write(toFile: config, atomically: true, encoding: .utf8)
            try bus.startWith(arguments: ["--config", config], readyAddress: address(readyClient))
        }

        /// Writes the authorized keys file and moves its modification time on, so the bus sees
        /// the change even within the file system's time granularity.
        func authorize(_ keys: [CurveKeyPair], step: TimeInterval = 0) throws {
            let text = "# clients allowed on tcp\n" + keys.map { $0.publicKey + "\n" }.joined()
            try text.write(toFile: authorizedKeysFile, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(step)], ofItemAtPath: authorizedKeysFile)
        }

        /// Whether a new connection with `client` keys gets its event accepted.
        func publishes(_ client: CurveKeyPair?, id: String) -> Bool {
            guard let producer = try? Producer(address(client)),
                  let outcomes = try? producer.publish([TestEvents.feedback(id: id)], timeoutMilliseconds: 1_500) else { return false }
            return outcomes.first?.isStored == true
        }
    }

    @Test("a bus on tcp serves listed clients that know its public key, and only those")
    func curve() throws {
        let tcp = try TCPBus()
        let desk = try CurveKeyPair.generate()
        try tcp.authorize([desk])
        try tcp.start(curve: ", authorized_keys_file: \"\(tcp.authorizedKeysFile)\"", readyClient: desk)

        let trusted = try Producer(tcp.address(desk))
        #expect(try trusted.publish([TestEvents.feedback(id: "over-curve")]) == [.accepted(offset: 0)])

        // A listed client with the wrong server key never completes the handshake.
        let wrong = try CurveKeyPair.generate()
        let impostor = try Producer(tcp.address(desk, serverKey: wrong.publicKey))
        #expect(throws: ClientError.self) { try impostor.publish([TestEvents.feedback(id: "x")], timeoutMilliseconds: 1_500) }
        // The client library will not even try tcp without the bus's key...
        #expect(throws: ClientError.self) { try Producer(BusAddress(ingest: tcp.ingest, live: tcp.live)) }
        // ...and a plaintext socket that tries anyway gets no answer.
        let context = try Context()
        let plain = try Socket(context, .dealer)
        try plain.set(.receiveTimeout, 1_500)
        try plain.connect(tcp.ingest)
        try plain.send([Array("RAP1".utf8), Array("INFO".utf8)])
        #expect(try plain.receive() == nil)
        plain.close()
        context.terminate()
    }

    @Test("only listed client keys get in; the file is read again for new connections")
    func authorizedKeys() throws {
        let tcp = try TCPBus()
        let desk = try CurveKeyPair.generate()
        let stranger = try CurveKeyPair.generate()
        try tcp.authorize([desk])
        try tcp.start(curve: ", authorized_keys_file: \"\(tcp.authorizedKeysFile)\"", readyClient: desk)

        let deskProducer = try Producer(tcp.address(desk))
        #expect(try deskProducer.publish([TestEvents.feedback(id: "desk-1")]) == [.accepted(offset: 0)])

        // A valid key pair that is not listed gets no answer, and the bus says why.
        let refused = try Producer(tcp.address(stranger))
        let error = #expect(throws: ClientError.self) {
            try refused.publish([TestEvents.feedback(id: "stranger-1")], timeoutMilliseconds: 1_500)
        }
        #expect(error?.description.contains("registered with the bus") == true, "\(error?.description ?? "")")
        #expect(tcp.bus.logText.contains("refused a client"), "\(tcp.bus.logText)")
        #expect(tcp.bus.logText.contains(stranger.publicKey))
        #expect(tcp.bus.logText.contains("127.0.0.1"))
        // Nor does a client with a throwaway key pair get in.
        #expect(!tcp.publishes(nil, id: "throwaway-1"))

        // Listing the key lets a new connection in, without restarting the bus.
        try tcp.authorize([desk, stranger], step: 1)
        #expect(tcp.publishes(stranger, id: "stranger-2"))

        // Removing a key (revocation) keeps new connections with it out; the other key still works.
        try tcp.authorize([stranger], step: 2)
        #expect(!tcp.publishes(desk, id: "desk-2"))
        #expect(tcp.publishes(stranger, id: "stranger-3"))

        // A broken file refuses every new client, is reported, and does not stop the bus.
        try "\(stranger.publicKey)\nnot a key\n".write(toFile: tcp.authorizedKeysFile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(3)], ofItemAtPath: tcp.authorizedKeysFile)
        #expect(!tcp.publishes(stranger, id: "stranger-4"))
        #expect(tcp.bus.logText.contains("authorized keys file unusable"))
        try tcp.authorize([stranger], step: 4)
        #expect(tcp.publishes(stranger, id: "stranger-5"))
        #expect(tcp.bus.process?.isRunning == true)
    }

    @Test("the live feed on tcp needs a listed key too")
    func liveFeed() throws {
        let tcp = try TCPBus()
        let desk = try CurveKeyPair.generate()
        try tcp.authorize([desk])
        try tcp.start(curve: ", authorized_keys_file: \"\(tcp.authorizedKeysFile)\"", readyClient: desk)
        let listed = try LiveFollower(tcp.address(desk))
        let stranger = try LiveFollower(tcp.address(try CurveKeyPair.generate()))
        Thread.sleep(forTimeInterval: 0.3)  // a SUB socket's subscription takes a moment to reach the bus
        _ = try Producer(tcp.address(desk)).publish([TestEvents.feedback(id: "live-1")])
        let item = try #require(try listed.next(timeoutMilliseconds: 10_000))
        #expect(TestEvents.id(of: item.event) == "live-1")
        #expect(try stranger.next(timeoutMilliseconds: 500) == nil)
    }

    @Test("allow_any_client: true accepts any client key pair, a throwaway one too")
    func allowAnyClient() throws {
        let tcp = try TCPBus()
        try tcp.start(curve: ", allow_any_client: true", readyClient: nil)
        #expect(tcp.publishes(try CurveKeyPair.generate(), id: "any-1"))
        #expect(tcp.publishes(nil, id: "any-2"))
        // The server key is still checked.
        let wrongServer = try Producer(tcp.address(nil, serverKey: try CurveKeyPair.generate().publicKey))
        #expect(throws: ClientError.self) { try wrongServer.publish([TestEvents.feedback(id: "any-3")], timeoutMilliseconds: 1_500) }
    }

    @Test("a key pair from `rapport keygen` serves a client: --client-key-file")
    func keygenClient() throws {
        let tcp = try TCPBus()
        let keyFile = tcp.bus.root + "/desk.key"
        let keygen = try BusProcess.runCLI(["keygen", "--out", keyFile])
        #expect(keygen.status == 0, "\(keygen.output)")
        let publicKey = try String(contentsOfFile: keyFile + ".pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(keygen.output.contains(publicKey))
        let desk = try CurveKeyPair(secretKey: String(contentsOfFile: keyFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(desk.publicKey == publicKey)
        try (publicKey + "\n").write(toFile: tcp.authorizedKeysFile, atomically: true, encoding: .utf8)
        try tcp.start(curve: ", authorized_keys_file: \"\(tcp.authorizedKeysFile)\"", readyClient: desk)

        let client = ["--endpoint", tcp.ingest, "--live-endpoint", tcp.live, "--server-key", tcp.serverKeys.publicKey]
        let event = String(decoding: TestEvents.feedback(id: "cli-1"), as: UTF8.self)
        let emitted = try BusProcess.runCLI(["emit"] + client + ["--client-key-file", keyFile, event])
        #expect(emitted.status == 0, "\(emitted.output)")
        #expect(emitted.output.contains("1 accepted"), "\(emitted.output)")
        let groups = try BusProcess.runCLI(["groups"] + client + ["--client-key-file", tcp.bus.root + "/missing.key"])
        #expect(groups.status != 0)
        #expect(groups.output.contains("--client-key-file"), "\(groups.output)")
    }

    @Test("the bus refuses to start on tcp without a CURVE key")
    func refusesPlaintextTCP() throws {
        let bus = try BusProcess()
        let result = try BusProcess.runCLI(["bus", "--data-dir", bus.dataDirectory, "--ingest", "tcp://127.0.0.1:\(try Self.freePort())"])
        #expect(result.status != 0)
        #expect(result.output.contains("CurveZMQ"), "\(result.output)")
    }

    @Test("on tcp without an authorized keys file the key registry decides: an unregistered key is refused, and gets in once added, without a restart")
    func registryDecides() throws {
        let tcp = try TCPBus()
        let ops = try CurveKeyPair.generate()
        let desk = try CurveKeyPair.generate()
        let keys = tcp.bus.dataDirectory + "/keys.yaml"
        try FileManager.default.createDirectory(atPath: tcp.bus.dataDirectory, withIntermediateDirectories: true)
        var registry = KeyRegistry()
        try registry.add(RegisteredKey(name: "ops", publicKey: ops.publicKey, role: .admin))
        try registry.rendered().write(toFile: keys, atomically: true, encoding: .utf8)
        try tcp.start(curve: "", readyClient: ops)
        #expect(!tcp.publishes(desk, id: "before"))
        #expect(tcp.bus.logText.contains("the key is not registered"), "\(tcp.bus.logText)")
        try registry.add(RegisteredKey(name: "desk-1", publicKey: desk.publicKey, role: .agent, locations: .only(["test"])))
        try registry.rendered().write(toFile: keys, atomically: true, encoding: .utf8)
        #expect(tcp.publishes(desk, id: "after"), "\(tcp.bus.logText)")
    }
}
