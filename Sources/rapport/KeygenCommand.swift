import ArgumentParser
import Foundation
import ZMQ

/// `rapport keygen`: makes a CurveZMQ key pair for tcp endpoints.
struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make a CurveZMQ key pair for a bus on tcp.",
        discussion: "Writes the secret key to --out (mode 0600) and prints the public key for clients (--server-key)."
    )

    @Option(name: .shortAndLong, help: "File for the secret key.")
    var out: String

    func run() throws {
        let keys = try CurveKeyPair.generate()
        guard FileManager.default.createFile(atPath: out, contents: Data((keys.secretKey + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError("cannot write \(out)")
        }
        print("secret key written to \(out)")
        print("public key (give to clients as --server-key): \(keys.publicKey)")
    }
}
