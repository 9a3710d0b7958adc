import ArgumentParser
import Foundation
import RapportClient

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

    /// The resolved address.
    var address: BusAddress {
        let data = DataDirectory.resolve(dataDir)
        var address = BusAddress(dataDirectory: data)
        if let endpoint { address.ingest = endpoint }
        if let liveEndpoint { address.live = liveEndpoint }
        address.serverKey = serverKey
        return address
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

