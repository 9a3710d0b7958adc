import RapportConfig
import Testing

/// The `metrics:` section: where `rapport up` serves Prometheus metrics, loopback unless allowed.
@Suite("rapport.yaml: metrics")
struct MetricsSectionTests {
    static func read(_ yaml: String) -> ConfigReading {
        RapportConfigFile.read(yaml, source: "rapport.yaml", dataDirectory: "/d")
    }

    @Test("absent: no metrics are served")
    func absent() throws {
        #expect(try Self.read("groups: {max_deliveries: 3}\n").get().metrics == nil)
    }

    @Test("an empty section listens on 127.0.0.1:9464")
    func defaults() throws {
        let metrics = try #require(try Self.read("metrics:\n").get().metrics)
        #expect(metrics == MetricsConfiguration(host: "127.0.0.1", port: 9464, allowRemote: false, spools: []))
    }

    @Test("loopback addresses need no opt-in", arguments: [
        ("127.0.0.1:9100", "127.0.0.1", 9100), ("localhost:9464", "localhost", 9464), ("[::1]:9464", "::1", 9464), ("127.0.1.1:80", "127.0.1.1", 80),
    ])
    func loopback(_ listen: String, _ host: String, _ port: Int) throws {
        let reading = Self.read("metrics:\n  listen: \"\(listen)\"\n  spools: [/var/lib/rapport/capture/spool.sqlite]\n")
        #expect(reading.errors.isEmpty, "\(reading.errors)")
        let metrics = try #require(try reading.get().metrics)
        #expect(metrics.host == host && metrics.port == port && metrics.isLoopback)
        #expect(metrics.spools == ["/var/lib/rapport/capture/spool.sqlite"])
        #expect(reading.entries.contains { $0.key == "metrics.listen" && $0.value == .string(listen) })
    }

    @Test("a non-loopback address is refused without allow_remote, naming the line and what to do", arguments: [
        "0.0.0.0:9464", "10.0.0.5:9464", "[::]:9464", "metrics.example.com:9464",
    ])
    func remoteRefused(_ listen: String) throws {
        let reading = Self.read("metrics:\n  listen: \"\(listen)\"\n")
        let error = try #require(reading.errors.first)
        #expect(reading.errors.count == 1 && reading.configuration == nil)
        #expect(error.key == "metrics.listen" && error.line == 2)
        #expect(error.description.contains("not a loopback address") && error.description.contains("allow_remote: true"), "\(error)")
    }

    @Test("allow_remote: true lets a non-loopback address through")
    func remoteAllowed() throws {
        let metrics = try #require(try Self.read("metrics:\n  listen: 0.0.0.0:9464\n  allow_remote: true\n").get().metrics)
        #expect(metrics.host == "0.0.0.0" && metrics.allowRemote && !metrics.isLoopback)
    }

    @Test("malformed values are errors with their key", arguments: [
        ("listen: 9464", "metrics.listen"), ("listen: \"127.0.0.1:0\"", "metrics.listen"), ("listen: \"127.0.0.1:99999\"", "metrics.listen"),
        ("allow_remote: maybe", "metrics.allow_remote"), ("spools: /one/path", "metrics.spools"), ("port: 9464", "metrics.port"),
    ])
    func malformed(_ line: String, _ key: String) throws {
        let reading = Self.read("metrics:\n  \(line)\n")
        #expect(reading.errors.map(\.key) == [key], "\(reading.errors)")
    }
}
