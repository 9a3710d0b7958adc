import ArgumentParser
import Foundation
import ZMQ

/// `rapport keygen`: makes a CurveZMQ key pair for tcp endpoints, for the bus or for a client.
struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make a CurveZMQ key pair for a bus on tcp, or for one of its clients.",
        discussion: """
            Writes the secret key to --out (mode 0600), the public key to --out with .pub \
            appended (mode 0644), and prints the public key.

            For the bus: set curve.secret_key_file to the --out file and give the public key \
            to every client (--server-key).

            For a client: add the public key as a line of the bus's curve.authorized_keys_file \
            (for instance `cat client.key.pub >> /etc/rapport/authorized_keys`; the bus reads the \
            file again when it changes) and run the client with --client-key-file and the --out file. \
            Remove the line to revoke the client.
            """
    )

    @Option(name: .shortAndLong, help: "File for the secret key; the public key goes to this name with .pub appended.")
    var out: String

    func run() throws {
        let keys = try CurveKeyPair.generate()
        guard FileManager.default.createFile(atPath: out, contents: Data((keys.secretKey + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError("cannot write \(out)")
        }
        let publicFile = out + ".pub"
        guard FileManager.default.createFile(atPath: publicFile, contents: Data((keys.publicKey + "\n").utf8), attributes: [.posixPermissions: 0o644]) else {
            throw ValidationError("cannot write \(publicFile)")
        }
        print("secret key written to \(out), public key to \(publicFile)")
        print("public key: \(keys.publicKey)")
        print("  a bus key: give the public key to clients (--server-key)")
        print("  a client key: add the public key to the bus's curve.authorized_keys_file, run the client with --client-key-file \(out)")
    }
}
