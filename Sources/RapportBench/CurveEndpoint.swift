import Foundation
import RapportClient
import ZMQ

/// A bus endpoint on `tcp://127.0.0.1:<free port>` with CurveZMQ, set up as an operator would
/// (docs/PROTOCOL.md §9, `rapport keygen`): a key pair for the bus and one for the bench's
/// clients, the bus's secret key file, an authorized-keys file listing the client's public
/// key, and the `rapport.yaml` naming them, all written into a directory of the bench.
struct CurveEndpoint {
    /// The loopback port the bus listens on.
    let port: UInt16
    /// The bus's key pair (its public key is the clients' `serverKey`).
    let serverKeys: CurveKeyPair
    /// The key pair every bench client uses, listed in the bus's authorized keys.
    let clientKeys: CurveKeyPair
    /// The bus configuration file to start it with (`rapport bus --config`).
    let configPath: String

    /// Makes both key pairs, picks a free port and writes the files into `directory`.
    init(directory: String) throws {
        port = try FreePort.loopback()
        serverKeys = try CurveKeyPair.generate()
        clientKeys = try CurveKeyPair.generate()
        let secretKeyPath = directory + "/bus.key"
        let authorizedKeysPath = directory + "/authorized_keys"
        configPath = directory + "/rapport.yaml"
        try Self.write(serverKeys.secretKey + "\n", to: secretKeyPath, permissions: 0o600)
        try Self.write("# the bench's clients\n" + clientKeys.publicKey + "\n", to: authorizedKeysPath, permissions: 0o644)
        try Self.write("""
            # Written by rapport bench: the bus on tcp with CurveZMQ, clients by authorized key.
            endpoints:
              ingest: "tcp://127.0.0.1:\(port)"
            curve:
              secret_key_file: "\(secretKeyPath)"
              authorized_keys_file: "\(authorizedKeysPath)"

            """, to: configPath, permissions: 0o644)
    }

    /// The ROUTER endpoint.
    var endpoint: String { "tcp://127.0.0.1:\(port)" }

    /// Where clients find a bus with this endpoint and `dataDirectory` (its live feed stays on
    /// ipc), with the keys to connect.
    func address(dataDirectory: String) -> BusAddress {
        BusAddress(ingest: endpoint, live: "ipc://\(dataDirectory)/live.sock",
                   serverKey: serverKeys.publicKey, clientKeys: clientKeys)
    }

    private static func write(_ text: String, to path: String, permissions: Int) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8),
                                             attributes: [.posixPermissions: permissions]) else {
            throw BenchError("cannot write \(path) for the tcp + CURVE bus")
        }
    }
}
