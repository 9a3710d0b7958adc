import RapportConfig
import Testing

/// The configuration files in the repository, and those the tests and the bench write, load
/// to the same values as before the reader became strict.
@Suite("rapport.yaml: files in the repository")
struct RepositoryConfigTests {
    static let root = "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/")

    static func load(_ relative: String, dataDirectory: String? = nil) throws -> RapportConfiguration {
        let text = try #require(try? String(contentsOfFile: root + "/" + relative, encoding: .utf8))
        let reading = RapportConfigFile.read(text, source: relative, dataDirectory: dataDirectory)
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        return try reading.get()
    }

    @Test("deploy/rapport.yaml: its values, the rest defaults")
    func deploy() throws {
        var expected = BusConfiguration(dataDirectory: "/var/lib/rapport")
        expected.retentionMillis = 90 * 86_400_000
        let config = try Self.load("deploy/rapport.yaml")
        #expect(config.bus == expected)
        #expect(config.bus.ingestEndpoint == "ipc:///var/lib/rapport/bus.sock")
        #expect(config.bus.dedupWindowMillis == 7 * 86_400_000 && config.bus.ackTimeoutMillis == 30_000 && config.bus.maxDeliveries == 5)
        #expect(config.locations.isEmpty && config.plugins.isEmpty)
    }

    @Test("config/rapport.yaml: exactly the defaults")
    func shipped() throws {
        let config = try Self.load("config/rapport.yaml", dataDirectory: "/d")
        #expect(config == RapportConfiguration(bus: BusConfiguration(dataDirectory: "/d")))
        let own = try Self.load("config/rapport.yaml")
        #expect(own.bus == BusConfiguration(dataDirectory: "./rapport-data"))
    }

    static let secret = String(repeating: "a", count: 40)
    static func files(_ path: String) -> String? {
        switch path {
        case "/t/bus.key": secret + "\n"
        case "/t/authorized_keys": "# the bench's clients\nt1[(yE@4xC@-N8I?iNmYTF=E6/u4qkQ[kH$H>Mmo\n"
        default: nil
        }
    }

    /// What the integration tests, the protocol tests and `rapport bench` write, and what the
    /// bus must make of it.
    static let written: [(yaml: String, check: @Sendable (BusConfiguration) -> Bool)] = [
        ("host: {cpu_latency_us: 555}\n", { $0.cpuLatencyMicros == 555 }),
        ("groups: {max_groups: 2}\n", { $0.maxGroups == 2 }),
        ("limits: {max_uncommitted_bytes: 65536}\n", { $0.maxUncommittedBytes == 65_536 }),
        ("endpoints: {ingest: \"tcp://127.0.0.1:7400\", live: \"tcp://127.0.0.1:7401\"}\n"
            + "curve: {secret_key_file: \"/t/bus.key\", authorized_keys_file: \"/t/authorized_keys\"}\n",
         { $0.curveSecretKey == secret && $0.curveAuthorizedKeysFile == "/t/authorized_keys" && $0.liveEndpoint == "tcp://127.0.0.1:7401" }),
        ("endpoints: {ingest: \"tcp://127.0.0.1:7400\", live: \"tcp://127.0.0.1:7401\"}\ncurve: {secret_key_file: \"/t/bus.key\", allow_any_client: true}",
         { $0.curveAllowAnyClient && $0.curveAuthorizedKeysFile == nil }),
        ("""
         # Written by rapport bench: the bus on tcp with CurveZMQ, clients by authorized key.
         endpoints:
           ingest: "tcp://127.0.0.1:7400"
         curve:
           secret_key_file: "/t/bus.key"
           authorized_keys_file: "/t/authorized_keys"

         """, { $0.ingestEndpoint == "tcp://127.0.0.1:7400" && $0.liveEndpoint == "ipc:///d/live.sock" }),
    ]

    @Test("files the tests and the bench write still load", arguments: written.indices)
    func testFiles(index: Int) throws {
        let reading = RapportConfigFile.read(Self.written[index].yaml, source: "rapport.yaml", dataDirectory: "/d", readFile: Self.files)
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        #expect(Self.written[index].check(try reading.get().bus))
    }

    @Test("the protocol tests' long ipc path keeps its exact message, without a position")
    func longIPCPath() {
        let path = "/tmp/" + String(repeating: "x", count: 110) + "/bus.sock"
        let reading = RapportConfigFile.read("endpoints: {ingest: \"ipc://\(path)\"}\n", source: "/c/rapport.yaml", dataDirectory: "/d")
        #expect(reading.errors.first?.description.hasPrefix("/c/rapport.yaml: endpoints.ingest: ipc path is longer than the 107 bytes") == true,
                "\(reading.errors)")
    }
}
