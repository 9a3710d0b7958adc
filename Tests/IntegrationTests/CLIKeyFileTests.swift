import Foundation
import RapportClient
import Testing
import ZMQ

/// Keys from files: `--server-key-file` wherever `--server-key` is, a public key refused where
/// a secret key belongs, a secret key file others can read warned about, and `keygen --out`
/// making the directories it needs.
@Suite("CLI key files", .serialized)
final class CLIKeyFileTests {
    let root = NSTemporaryDirectory() + "rapport-keys-" + UUID().uuidString.prefix(8)

    init() throws {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    @Test("keygen --out makes missing directories, mode 0700, and keeps existing ones as they are")
    func keygenMakesDirectories() async throws {
        let key = root + "/etc/rapport/keys/desk.key"
        let result = try await CLIProcess(["keygen", "--out", key]).run()
        #expect(result.status == 0, "\(result)")
        for directory in ["/etc", "/etc/rapport", "/etc/rapport/keys"] {
            #expect(try FileManager.default.attributesOfItem(atPath: root + directory)[.posixPermissions] as? Int == 0o700, "\(directory)")
        }
        #expect(try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: root)[.posixPermissions] as? Int != 0o700, "an existing directory is left alone")
    }

    @Test("--server-key-file reads the bus's .pub file, and the client's keys come from --client-key-file, on tcp")
    func serverKeyFile() async throws {
        let tcp = try CurveTests.TCPBus()
        let desk = try await CurveKeyPairFile.generate(in: root, name: "desk.key")
        try tcp.authorize([desk.keys])
        try tcp.start(curve: ", authorized_keys_file: \"\(tcp.authorizedKeysFile)\"", readyClient: desk.keys)
        let busPublic = root + "/bus.key.pub"
        try (tcp.serverKeys.publicKey + "\n").write(toFile: busPublic, atomically: true, encoding: .utf8)
        let client = ["--endpoint", tcp.ingest, "--live-endpoint", tcp.live, "--server-key-file", busPublic, "--client-key-file", desk.secretFile]

        let emitted = try await CLIProcess(["emit"] + client + [String(decoding: TestEvents.feedback(id: "keyfile-1"), as: UTF8.self)]).run()
        #expect(emitted.status == 0, "\(emitted)")
        #expect(emitted.output.contains("1 accepted"), "\(emitted)")
        #expect(!emitted.error.contains("warning"), "a 0600 secret key file is not warned about: \(emitted)")
        let ping = try await CLIProcess(["ping"] + client).run()
        #expect(ping.status == 0, "\(ping)")
    }

    @Test("a public key where the secret key belongs is refused, saying which file to give")
    func publicKeyAsSecret() async throws {
        let desk = try await CurveKeyPairFile.generate(in: root, name: "desk.key")
        let bus = try await CurveKeyPairFile.generate(in: root, name: "bus.key")
        let tcp = ["--endpoint", "tcp://127.0.0.1:9", "--server-key-file", bus.publicFile]

        let pub = try await CLIProcess(["groups"] + tcp + ["--client-key-file", desk.publicFile]).run()
        #expect(pub.status == 1, "\(pub)")
        #expect(pub.error.contains("--client-key-file \(desk.publicFile) is a public key file"), "\(pub)")
        #expect(pub.error.contains("give --client-key-file \(desk.secretFile)"), "\(pub)")

        // A public key copied into the secret key file.
        let copied = root + "/copied.key"
        try String(contentsOfFile: desk.publicFile, encoding: .utf8).write(toFile: copied, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: desk.publicFile, toPath: copied + ".pub")
        let same = try await CLIProcess(["groups"] + tcp + ["--client-key-file", copied]).run()
        #expect(same.status == 1, "\(same)")
        #expect(same.error.contains("holds a public key (the same as \(copied).pub)"), "\(same)")

        // The bus's public key given as the client's secret key.
        let serverAsClient = root + "/server-as-client.key"
        try String(contentsOfFile: bus.publicFile, encoding: .utf8).write(toFile: serverAsClient, atomically: true, encoding: .utf8)
        let server = try await CLIProcess(["groups"] + tcp + ["--client-key-file", serverAsClient]).run()
        #expect(server.status == 1, "\(server)")
        #expect(server.error.contains("holds the bus's public key"), "\(server)")

        // The bus's secret key file given as its public key.
        let secretAsPublic = try await CLIProcess(["groups", "--endpoint", "tcp://127.0.0.1:9", "--server-key-file", bus.secretFile]).run()
        #expect(secretAsPublic.status == 1, "\(secretAsPublic)")
        #expect(secretAsPublic.error.contains("--server-key-file \(bus.secretFile) holds a secret key"), "\(secretAsPublic)")
        #expect(secretAsPublic.error.contains("give --server-key-file \(bus.publicFile)"), "\(secretAsPublic)")
    }

    @Test("a secret key file its group or others can read is warned about, naming the file and the chmod", arguments: [0o644, 0o640])
    func readableSecretKey(mode: Int) async throws {
        let desk = try await CurveKeyPairFile.generate(in: root, name: "desk-\(mode).key")
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: desk.secretFile)
        let bus = try await CurveKeyPairFile.generate(in: root, name: "bus-\(mode).key")
        let result = try await CLIProcess(["groups", "--endpoint", "tcp://127.0.0.1:9", "--server-key-file", bus.publicFile,
                                     "--client-key-file", desk.secretFile, "--timeout", "200ms"]).run()
        #expect(result.status == 69, "\(result)")
        #expect(result.error.contains("warning: the secret key file \(desk.secretFile) is readable by"), "\(result)")
        #expect(result.error.contains("run `chmod 600 \(desk.secretFile)`"), "\(result)")
    }

    @Test("--server-key must be a Z85 key, and not together with --server-key-file")
    func serverKeyValidation() async throws {
        let short = try await CLIProcess(["groups", "--endpoint", "tcp://127.0.0.1:9", "--server-key", "abc"]).run()
        #expect(short.status == 64, "\(short)")
        #expect(short.error.contains("--server-key must be the bus's 40-character Z85 public key"), "\(short)")
        let both = try await CLIProcess(["groups", "--server-key", String(repeating: "0", count: 40), "--server-key-file", "x.pub"]).run()
        #expect(both.status == 64, "\(both)")
    }
}
