import ArgumentParser
import Foundation
import RapportWire
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

            Directories of --out that do not exist yet are made, readable by their owner only \
            (mode 0700). --json prints {"secret_key_file", "public_key_file", "public_key"}.

            \(ExitStatus.help(.failure))
            """
    )

    @Option(name: .shortAndLong, help: "File for the secret key; the public key goes to this name with .pub appended.")
    var out: String

    @Flag(help: "Replace key files that already exist. Clients that hold the old public key are refused from then on.")
    var force = false

    @Flag(name: .long, help: "Print the files and the public key as one JSON object.")
    var json = false

    func run() throws {
        let publicFile = out + ".pub"
        if !force, let existing = [out, publicFile].first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw CommandFailure("\(existing) already exists: keep it, choose another --out, or pass --force to replace the key pair (clients holding its public key are then refused)")
        }
        try makeDirectories(for: out)
        let keys = try CurveKeyPair.generate()
        try Self.writeKey(keys.secretKey, to: out, permissions: 0o600, what: "the secret key to")
        try Self.writeKey(keys.publicKey, to: publicFile, permissions: 0o644, what: "the public key to")
        if json {
            var object = JSONObjectWriter()
            object.add("secret_key_file", out)
            object.add("public_key_file", publicFile)
            object.add("public_key", keys.publicKey)
            Output.json(object)
            return
        }
        print("secret key written to \(out), public key to \(publicFile)")
        print("public key: \(keys.publicKey)")
        print("  a bus key: give the public key to clients (--server-key)")
        print("  a client key: add the public key to the bus's curve.authorized_keys_file, run the client with --client-key-file \(out)")
    }

    /// Makes the missing directories on the way to `path`, each mode 0700 (a directory made
    /// for a secret key is nobody else's business); existing ones are left as they are.
    private func makeDirectories(for path: String) throws(CommandFailure) {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty else { return }
        var missing: [String] = []
        var current = directory
        while !current.isEmpty, current != "/", !FileManager.default.fileExists(atPath: current) {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for folder in missing.reversed() {
            if mkdir(folder, 0o700) == 0 {
                _ = chmod(folder, 0o700)  // whatever the umask
            } else if errno != EEXIST {
                throw CommandFailure("cannot make the directory \(folder) for \(path): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Writes `key` and a newline to `path`, created with `permissions` from the start (a
    /// secret key is never readable by others, not even for a moment).
    static func writeKey(_ key: String, to path: String, permissions: mode_t, what: String) throws(CommandFailure) {
        func failure() -> CommandFailure { CommandFailure("cannot write \(what) \(path): \(String(cString: strerror(errno)))") }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, permissions)
        guard fd >= 0 else { throw failure() }
        defer { close(fd) }
        // An existing file (with --force) keeps its old mode unless it is set again.
        guard fchmod(fd, permissions) == 0 else { throw failure() }
        let bytes = Array((key + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw failure() }
            written += n
        }
    }
}
