import ArgumentParser
import Foundation
import RapportClient
import ZMQ

/// Options every client subcommand shares: where the bus is.
struct ClientOptions: ParsableArguments {
    @Option(name: .long, help: "The bus's data directory; its ipc sockets are used. Default: $RAPPORT_DATA_DIR or ./rapport-data.")
    var dataDir: String?

    @Option(name: .long, help: "The bus's ROUTER endpoint (overrides --data-dir), e.g. tcp://10.0.0.5:7400.")
    var endpoint: String?

    @Option(name: .long, help: "The bus's live-feed endpoint (overrides --data-dir).")
    var liveEndpoint: String?

    @Option(name: .long, help: "The bus's CURVE public key (Z85), required for tcp endpoints.")
    var serverKey: String?

    @Option(name: .long, help: ArgumentHelp(
        "This client's CURVE secret key file for tcp endpoints, as written by `rapport keygen --out`.",
        discussion: "The bus lets the client in when the matching public key is in its curve.authorized_keys_file. Without this option the client uses a throwaway key pair, which only a bus with curve.allow_any_client accepts."))
    var clientKeyFile: String?

    /// The resolved address; throws when the client key file cannot be used.
    var address: BusAddress {
        get throws(CommandFailure) {
            let data = DataDirectory.resolve(dataDir)
            var address = BusAddress(dataDirectory: data)
            if let endpoint { address.ingest = endpoint }
            if let liveEndpoint { address.live = liveEndpoint }
            address.serverKey = serverKey
            if let clientKeyFile { address.clientKeys = try Self.readKeyPair(clientKeyFile) }
            return address
        }
    }

    /// The key pair whose secret key is the first line of `path` (the public key is derived).
    private static func readKeyPair(_ path: String) throws(CommandFailure) -> CurveKeyPair {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.cannotRead("--client-key-file", path)
        }
        let secret = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first?
            .trimmingCharacters(in: .whitespaces) ?? ""
        do { return try CurveKeyPair(secretKey: secret) } catch {
            throw CommandFailure("--client-key-file \(path) must hold a 40-character Z85 secret key on its first line, as `rapport keygen --out` writes it")
        }
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

