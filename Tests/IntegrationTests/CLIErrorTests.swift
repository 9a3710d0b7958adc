import Foundation
import RapportClient
import Testing

/// What the `rapport` tool says when it cannot do its work: the reason, the exit status, and
/// no usage text unless an option was wrong.
@Suite("The rapport tool's errors")
final class CLIErrorTests {
    let root = NSTemporaryDirectory() + "rapport-cli-" + UUID().uuidString.prefix(8)

    init() throws {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    @Test("keygen never replaces a key pair unless told to, and writes the secret key 0600")
    func keygenKeepsExistingKeys() throws {
        let key = root + "/bus.key"
        #expect(try BusProcess.runCLI(["keygen", "--out", key]).status == 0)
        let first = try String(contentsOfFile: key, encoding: .utf8)

        let again = try BusProcess.runCLI(["keygen", "--out", key])
        #expect(again.status == 1)
        #expect(again.output.contains("\(key) already exists") && again.output.contains("--force"), "\(again.output)")
        #expect(try String(contentsOfFile: key, encoding: .utf8) == first, "the secret key is untouched")

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key)
        let forced = try BusProcess.runCLI(["keygen", "--out", key, "--force"])
        #expect(forced.status == 0, "\(forced.output)")
        #expect(try String(contentsOfFile: key, encoding: .utf8) != first)
        #expect(try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: key + ".pub")[.posixPermissions] as? Int == 0o644)

        // Missing directories are made (CLIKeyFileTests); one that cannot be is an error.
        let blocker = root + "/a-file"
        _ = FileManager.default.createFile(atPath: blocker, contents: Data())
        let nowhere = try BusProcess.runCLI(["keygen", "--out", blocker + "/dir/k.key"])
        #expect(nowhere.status == 1)
        #expect(nowhere.output.contains("cannot make the directory \(blocker)/dir") && nowhere.output.contains("Not a directory"), "\(nowhere.output)")
    }

    @Test("emit says why a file gives no events, without usage text")
    func emitInputs() throws {
        let missing = try BusProcess.runCLI(["emit", "--data-dir", root, "--file", root + "/nope.jsonl"])
        #expect(missing.status == 1)
        #expect(missing.output.contains("cannot read the events file \(root)/nope.jsonl: no such file"), "\(missing.output)")
        #expect(!missing.output.contains("Usage:"), "\(missing.output)")

        let comments = root + "/comments.jsonl"
        try "# only a comment\n\n".write(toFile: comments, atomically: true, encoding: .utf8)
        let empty = try BusProcess.runCLI(["emit", "--data-dir", root, "--file", comments])
        #expect(empty.status == 1)
        #expect(empty.output.contains("no events in \(comments): it holds only blank lines and # comments"), "\(empty.output)")
    }

    @Test("a wrong option value is a usage error of its own command")
    func optionValues() throws {
        let start = try BusProcess.runCLI(["consume", "--data-dir", root, "--group", "g", "--start", "yesterday"])
        #expect(start.status == 64)
        #expect(start.output.contains("--start must be committed, earliest, latest, offset:N or time:RFC3339"), "\(start.output)")
        #expect(start.output.contains("got yesterday"), "\(start.output)")
        #expect(start.output.contains("Usage: rapport consume"), "\(start.output)")

        let config = try BusProcess.runCLI(["bus", "--config", root + "/missing.yaml"])
        #expect(config.status == 1)
        #expect(config.output.contains("cannot read the configuration file \(root)/missing.yaml: no such file"), "\(config.output)")
    }
}

@Suite("CLI defects found by a new user")
struct CLIDefectTests {
    @Test("an unknown --log-level is refused with the levels there are, not taken as info")
    func logLevel() throws {
        let result = try BusProcess.runCLI(["bus", "--data-dir", NSTemporaryDirectory() + "never-made", "--log-level", "warn"])
        #expect(result.status == 64, "\(result.output)")
        #expect(result.output.contains("warning") && result.output.contains("critical"), "\(result.output)")
    }

    @Test("consume --count N prints and acknowledges exactly N events; the rest stay with the group")
    func consumeCount() throws {
        let bus = try BusProcess()
        try bus.start()
        _ = try Producer(bus.address).publish((0..<600).map { TestEvents.feedback(id: "c\($0)") })
        let one = try BusProcess.runCLI(["consume", "--data-dir", bus.dataDirectory, "--group", "g", "--start", "earliest", "--count", "1"])
        #expect(one.status == 0, "\(one.output)")
        #expect(one.output.split(separator: "\n").filter { $0.first?.isNumber == true }.count == 1, "\(one.output)")
        let groups = try bus.info()["groups"] as? [[String: Any]] ?? []
        #expect(groups.first?["position"] as? Int == 1, "exactly one acknowledged: \(groups)")
    }
}
