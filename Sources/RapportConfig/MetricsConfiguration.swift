/// The `metrics:` section of `rapport.yaml`: where `rapport up` serves Prometheus metrics
/// (`GET /metrics`). Absent, nothing is served.
public struct MetricsConfiguration: Sendable, Equatable {
    /// The address to listen on (`listen: 127.0.0.1:9464`): a host name or IP address.
    public var host: String
    /// The TCP port.
    public var port: Int
    /// Whether a non-loopback address was allowed explicitly (`allow_remote: true`).
    public var allowRemote: Bool
    /// Capture spools on this host whose pending events and oldest age are reported (`spools:`).
    public var spools: [String]

    /// The default port: Prometheus' registry of exporter ports has 9464 for this use.
    public static let defaultPort = 9464

    public init(host: String = "127.0.0.1", port: Int = defaultPort, allowRemote: Bool = false, spools: [String] = []) {
        self.host = host
        self.port = port
        self.allowRemote = allowRemote
        self.spools = spools
    }

    /// `host:port` as written in the configuration (IPv6 in brackets).
    public var listen: String { (host.contains(":") ? "[\(host)]" : host) + ":\(port)" }

    /// Whether `host` can only be reached from this machine: `localhost`, `127.x.y.z`, `::1`.
    public var isLoopback: Bool { Self.isLoopback(host) }

    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Splits `host:port` (`[v6]:port` for IPv6); `nil` when it is not that shape.
    static func parseListen(_ text: String) -> (host: String, port: Int)? {
        let host: Substring, port: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else { return nil }
            host = text[text.index(after: text.startIndex)..<close]
            port = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":"), !text[..<colon].contains(":") else { return nil }
            host = text[..<colon]
            port = text[text.index(after: colon)...]
        }
        guard !host.isEmpty, !host.contains(where: \.isWhitespace), let number = Int(port), (1...65_535).contains(number) else { return nil }
        return (String(host), number)
    }
}
