import ArgumentParser
import Foundation
import RapportClient
import RapportConfig
import ZMQ

/// Options every `rapport capture` subcommand shares: the capture config file, the spool,
/// the desk and the bus. A command-line option wins over the file (`--config` or
/// `$RAPPORT_CAPTURE_CONFIG`), which wins over the defaults.
struct CaptureOptions: ParsableArguments {
    @Option(name: .long, help: "The capture config file (see config/capture.yaml). Default: $RAPPORT_CAPTURE_CONFIG, if set.")
    var config: String?

    @Option(name: .long, help: "The spool file. Default: capture.spool from the config, else $RAPPORT_CAPTURE_SPOOL, else ./rapport-capture/spool.sqlite.")
    var spool: String?

    @Option(name: .long, help: "The location id, e.g. store-12 (capture.location).")
    var location: String?

    @Option(name: .long, help: "The desk id, e.g. 3 (capture.desk); the source is /locations/<location>/desks/<desk> unless --event-source is given.")
    var desk: String?

    @Option(name: .long, help: "The agent (employee) id working the desk (capture.agent).")
    var agent: String?

    @Option(name: .customLong("event-source"), help: "The events' CloudEvents source, e.g. /locations/store-12/desks/3 (capture.source).")
    var source: String?

    @Option(name: .long, help: "The bus's data directory; its ipc socket is used (capture.bus.data_dir). Default: $RAPPORT_DATA_DIR or ./rapport-data.")
    var dataDir: String?

    @Option(name: .long, help: "The bus's ROUTER endpoint, e.g. tcp://10.0.0.5:7400 (capture.bus.ingest; overrides --data-dir).")
    var endpoint: String?

    @Option(name: .long, parsing: .unconditional, help: "The bus's CURVE public key (Z85), for tcp endpoints (capture.bus.server_key); a key may start with '-'.")
    var serverKey: String?

    @Option(name: .long, help: "A file holding the bus's CURVE public key, e.g. the bus.key.pub `rapport keygen` wrote (instead of --server-key).")
    var serverKeyFile: String?

    @Option(name: .long, help: "This agent's CURVE secret key file, for tcp endpoints (capture.bus.client_key_file).")
    var clientKeyFile: String?

    @Flag(name: .long, help: "Print results as one JSON object.")
    var json = false

    /// The settings in effect: the file (if any) with the options over it.
    func settings() throws -> CaptureSettings {
        let environment = ProcessInfo.processInfo.environment
        var file = CaptureConfiguration()
        var fileName: String?
        if let path = config ?? environment["RAPPORT_CAPTURE_CONFIG"].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CommandFailure.cannotRead("the capture config file", path)
            }
            let reading = CaptureConfiguration.read(text, source: path)
            guard let configuration = reading.configuration else {
                throw ValidationError(reading.errors.map(\.description).joined(separator: "\n"))
            }
            file = configuration
            fileName = path
        }
        let spoolPath = spool ?? file.spoolPath ?? environment["RAPPORT_CAPTURE_SPOOL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "rapport-capture/spool.sqlite"
        return CaptureSettings(
            configFile: fileName, file: file, spoolPath: Self.absolute(spoolPath),
            location: location ?? file.location, desk: desk ?? file.desk, agent: agent ?? file.agent,
            source: source ?? file.source, address: try address(file: file))
    }

    /// The bus: explicit options, else the file's, else the default data directory.
    private func address(file: CaptureConfiguration) throws -> BusAddress {
        var address: BusAddress
        if let endpoint {
            address = BusAddress(ingest: endpoint, live: "")
        } else if let dataDir {
            address = BusAddress(dataDirectory: DataDirectory.resolve(dataDir))
        } else if let ingest = file.busIngest {
            address = BusAddress(ingest: ingest, live: "")
        } else {
            address = BusAddress(dataDirectory: DataDirectory.resolve(file.busDataDirectory))
        }
        if serverKey != nil && serverKeyFile != nil {
            throw CommandFailure("give --server-key or --server-key-file, not both", status: .usage)
        }
        if let serverKeyFile {
            address.serverKey = try KeyFiles.publicKey(serverKeyFile, option: "--server-key-file")
        } else {
            address.serverKey = serverKey ?? file.busServerKey
        }
        if let keyFile = clientKeyFile ?? file.busClientKeyFile {
            let option = clientKeyFile != nil ? "--client-key-file" : "capture.bus.client_key_file"
            address.clientKeys = try KeyFiles.secretKeyPair(keyFile, option: option, serverKey: address.serverKey)
        }
        return address
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
