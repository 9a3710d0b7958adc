import ArgumentParser
import Foundation
import RapportClient
import RapportConfig
import ZMQ

/// Options every client subcommand shares: where the bus is, its keys, and how long to wait.
///
/// A command calls ``connect(live:)``: it resolves the endpoints, reads the key files, checks
/// an ipc socket before connecting (``BusReachability``: no such data directory, no bus socket
/// there, permission denied, a socket nobody listens on) and asks the bus for a HEARTBEAT within
/// `--timeout`, so a command never waits forever on a bus that is not there.
struct ClientOptions: ParsableArguments {
    @Option(name: .long, help: "The bus's data directory; its ipc sockets are used. Default: $RAPPORT_DATA_DIR or ./rapport-data.")
    var dataDir: String?

    @Option(name: .long, help: "The bus's ROUTER endpoint (overrides --data-dir), e.g. tcp://10.0.0.5:7400.")
    var endpoint: String?

    @Option(name: .long, help: "The bus's live-feed endpoint (overrides --data-dir), e.g. tcp://10.0.0.5:7401. `rapport tail` needs it with a tcp --endpoint.")
    var liveEndpoint: String?

    @Option(name: .long, parsing: .unconditional, help: "The bus's CURVE public key (Z85), required for tcp endpoints; a key may start with '-'.")
    var serverKey: String?

    @Option(name: .long, help: "A file holding the bus's CURVE public key, e.g. the bus.key.pub `rapport keygen --out bus.key` wrote (instead of --server-key).")
    var serverKeyFile: String?

    @Option(name: .long, help: ArgumentHelp(
        "This client's CURVE secret key file for tcp endpoints, as written by `rapport keygen --out`.",
        discussion: "The bus lets the client in when the matching public key is in its curve.authorized_keys_file. Without this option the client uses a throwaway key pair, which only a bus with curve.allow_any_client accepts."))
    var clientKeyFile: String?

    @Option(name: .long, help: ArgumentHelp(
        "How long to wait for the bus to answer, e.g. 5s, 500ms or 2.5 (seconds). Default: 5s (`rapport ping`: 2s).",
        discussion: "The bus must answer a first HEARTBEAT within it; each request then waits at least this long."))
    var timeout: String?

    /// `--timeout` when not given.
    static let defaultTimeoutMilliseconds = 5_000

    func validate() throws {
        _ = try timeoutMilliseconds()
        if serverKey != nil && serverKeyFile != nil { throw ValidationError("give --server-key or --server-key-file, not both") }
        if let serverKey, !KeyFiles.isZ85Key(serverKey) {
            throw ValidationError("--server-key must be the bus's 40-character Z85 public key (the NAME.pub `rapport keygen` wrote), got \(serverKey.utf8.count) characters")
        }
        for (option, value) in [("--endpoint", endpoint), ("--live-endpoint", liveEndpoint)] {
            if let value, !value.hasPrefix("ipc://") && !value.hasPrefix("tcp://") {
                throw ValidationError("\(option) must be an ipc:// or tcp:// endpoint (e.g. ipc:///var/lib/rapport/bus.sock, tcp://10.0.0.5:7400), got \(value)")
            }
        }
    }

    /// `--timeout` in milliseconds, `defaultMilliseconds` when not given.
    func timeoutMilliseconds(default defaultMilliseconds: Int = defaultTimeoutMilliseconds) throws -> Int {
        guard let timeout else { return defaultMilliseconds }
        if let millis = DurationText.milliseconds(timeout), millis > 0, millis <= 3_600_000 { return Int(millis) }
        if let seconds = Double(timeout), seconds > 0, seconds <= 3_600 { return Int((seconds * 1_000).rounded()) }
        throw ValidationError("--timeout must be a duration from 1ms to 1h, such as 5s, 500ms or 2.5 (seconds), got \(timeout)")
    }

    /// How long a request may wait for its answer: `--timeout`, and at least `floor` (a batch
    /// waits for its fsync, so a short probe timeout must not cut it off).
    func requestMilliseconds(atLeast floor: Int) -> Int {
        max((try? timeoutMilliseconds()) ?? floor, floor)
    }

    /// The resolved address, without checks; throws when a key file cannot be used.
    var address: BusAddress {
        get throws(CommandFailure) {
            var address = BusAddress(dataDirectory: DataDirectory.resolve(dataDir))
            if let endpoint {
                address.ingest = endpoint
                address.live = Self.liveNeighbour(of: endpoint) ?? ""
            }
            if let liveEndpoint { address.live = liveEndpoint }
            if let serverKeyFile {
                address.serverKey = try KeyFiles.publicKey(serverKeyFile, option: "--server-key-file")
            } else {
                address.serverKey = serverKey
            }
            if let clientKeyFile {
                address.clientKeys = try KeyFiles.secretKeyPair(clientKeyFile, option: "--client-key-file", serverKey: address.serverKey)
            }
            return address
        }
    }

    /// The address, checked: the ingest socket (and with `live`, the live feed's) can be
    /// connected to, and the bus answers a HEARTBEAT within `--timeout`.
    ///
    /// - Throws: ``ClientError`` (no such data directory, no socket, permission denied, no
    ///   answer) or ``CommandFailure`` (with status 64 when `live` is wanted and the live
    ///   endpoint would have to be guessed).
    func connect(live: Bool = false) throws -> BusAddress {
        let address = try self.address
        if live {
            if address.live.isEmpty {
                throw CommandFailure("--endpoint \(endpoint ?? "") is tcp, and this command reads the live feed, the bus's second endpoint (endpoints.live): give it with --live-endpoint, e.g. --live-endpoint tcp://10.0.0.5:7401", status: .usage)
            }
            if liveEndpoint != nil && endpoint == nil && dataDirectoryOrigin == nil {
                throw CommandFailure("--live-endpoint needs the bus's ingest endpoint too, to check that the bus answers: give --endpoint (or --data-dir)", status: .usage)
            }
        }
        try checkIngest(address)
        if live {
            let liveOrigin = liveEndpoint != nil ? "from --live-endpoint" : endpoint != nil ? "next to --endpoint" : dataDirectoryDescription
            try BusReachability.checkSocket(address.live, origin: liveOrigin, fromDataDirectory: endpoint == nil && liveEndpoint == nil)
        }
        try BusReachability.probe(address, timeoutMilliseconds: try timeoutMilliseconds())
        return address
    }

    /// Checks the ingest endpoint's ipc socket (``BusReachability/checkSocket(_:origin:fromDataDirectory:)``),
    /// naming where it came from.
    func checkIngest(_ address: BusAddress) throws(ClientError) {
        let origin = endpoint != nil ? "from --endpoint" : dataDirectoryDescription
        try BusReachability.checkSocket(address.ingest, origin: origin, fromDataDirectory: endpoint == nil)
    }

    /// Where the data directory was given (`--data-dir`, `$RAPPORT_DATA_DIR`), or `nil` for the default.
    private var dataDirectoryOrigin: String? {
        if dataDir != nil { return "--data-dir" }
        if ProcessInfo.processInfo.environment["RAPPORT_DATA_DIR"] != nil { return "$RAPPORT_DATA_DIR" }
        return nil
    }

    private var dataDirectoryDescription: String {
        dataDirectoryOrigin.map { "from \($0)" } ?? "the default data directory ./rapport-data, as neither --data-dir nor $RAPPORT_DATA_DIR is set"
    }

    /// The live socket beside an ipc ingest endpoint (`ipc://DIR/bus.sock` → `ipc://DIR/live.sock`,
    /// as `rapport bus` binds them); `nil` for tcp, whose live port cannot be guessed.
    private static func liveNeighbour(of endpoint: String) -> String? {
        guard endpoint.hasPrefix("ipc://"), let slash = endpoint.lastIndex(of: "/") else { return nil }
        return String(endpoint[...slash]) + "live.sock"
    }
}

/// The data directory default shared by the bus and clients.
enum DataDirectory {
    static func resolve(_ option: String?) -> String {
        let raw = option ?? ProcessInfo.processInfo.environment["RAPPORT_DATA_DIR"] ?? "rapport-data"
        if raw.hasPrefix("/") { return raw }
        return FileManager.default.currentDirectoryPath + "/" + raw
    }
}
