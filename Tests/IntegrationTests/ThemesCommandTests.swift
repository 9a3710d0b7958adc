import Foundation
import Testing

/// `rapport themes tag | check | score` run as processes: the tagger on the shipped and an edited
/// lexicon, the lexicon reader's errors, and scoring against hand-labelled comments.
@Suite("rapport themes")
struct ThemesCommandTests {
    static let shipped = ConfigCheckTests.packageRoot + "/plugins/feedback-aggregator/lexicon/theme-lexicon.txt"

    /// A scratch directory for one test's files.
    static func directory() throws -> String {
        let directory = NSTemporaryDirectory() + "rapport-themes-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Runs `rapport arguments` with `input` on standard input; standard output and error apart.
    static func run(_ arguments: [String], input: String = "") throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BusProcess.binary)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Standard error stays far below a pipe's buffer here, so reading it second cannot block the process.
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output, errors)
    }

    /// The shipped lexicon's text with its version replaced by `version`, and `extra` lines after it.
    static func shippedLexicon(version: String, extra: String = "") throws -> String {
        let text = try String(contentsOfFile: shipped, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("version:") ? "version: \(version)" : String($0) }.joined(separator: "\n") + extra
    }

    /// The shipped lexicon's version, as `check --json` reports it.
    static func shippedVersion() throws -> String {
        let result = try run(["themes", "check", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        return object?["version"] as? String ?? ""
    }

    @Test("tag: comments as arguments print their tags, praise by negation included, and general praise none")
    func tagArguments() throws {
        let result = try Self.run(["themes", "tag", "The staff were not rude at all", "Great day out, thanks"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output == "staff-attitude+\tThe staff were not rude at all\n(no theme)\tGreat day out, thanks\n")
    }

    @Test("tag --json: one object a line from standard input, blank lines skipped, with the lexicon's version")
    func tagStandardInput() throws {
        let version = try Self.shippedVersion()
        let result = try Self.run(["themes", "tag", "--json"], input: "The queue took forty minutes\n\n   \nCheap plastic that snapped in a week\n")
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 2, "\(result.output)")
        #expect(lines.first??["comment"] as? String == "The queue took forty minutes")
        #expect(lines.first??["themes"] as? [String: String] == ["waiting-time": "negative"])
        #expect(lines.last??["themes"] as? [String: String] == ["product-quality": "negative"])
        #expect(lines.allSatisfy { $0?["lexicon"] as? String == version && !version.isEmpty })
    }

    @Test("tag --explain: each judgement under its comment with the word, sentence and negation, then the nets")
    func explain() throws {
        let result = try Self.run(["themes", "tag", "--explain", "The staff were not rude at all. The queue took forty minutes!"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "staff-attitude+, waiting-time-\tThe staff were not rude at all. The queue took forty minutes!")
        #expect(lines.contains { $0.hasPrefix("    staff-attitude ") && $0.contains("\"rude\" (sentence 1, negated)") }, "\(result.output)")
        #expect(lines.contains { $0.hasPrefix("    waiting-time ") && $0.contains("(sentence 2)") }, "\(result.output)")
        #expect(lines.last?.hasPrefix("    net: staff-attitude +") == true, "\(result.output)")

        let json = try Self.run(["themes", "tag", "--explain", "--json", "Not rude"])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let evidence = object?["evidence"] as? [[String: Any]]
        #expect(evidence?.first?["word"] as? String == "rude" && evidence?.first?["negated"] as? Bool == true, "\(json.output)")
        #expect(((object?["net"] as? [String: Double])?["staff-attitude"] ?? 0) > 0)
    }

    @Test("tag --source employee and score's \"source\": an employee's workplace matters judge no theme, a customer's words do")
    func employeeSource() throws {
        let comment = "The staff kitchen is absolutely filthy."
        let employee = try Self.run(["themes", "tag", "--source", "employee", comment])
        #expect(employee.status == 0 && employee.output == "(no theme)\t\(comment)\n", "\(employee.output)\(employee.errors)")
        let explained = try Self.run(["themes", "tag", "--source", "employee", "--explain", comment])
        #expect(explained.output.contains("\"filthy\" (sentence 1): not counted, the workplace itself"), "\(explained.output)")
        let customer = try Self.run(["themes", "tag", "--source", "survey", comment])
        #expect(customer.output == "cleanliness-\t\(comment)\n", "\(customer.output)")
        let wrong = try Self.run(["themes", "tag", "--source", "staff", comment])
        #expect(wrong.status == 64 && wrong.errors.contains("--source staff: write comment-card, survey, focus-group or employee"))

        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/sources.jsonl"
        try """
        {"id": "e1", "source": "employee", "comment": "\(comment)", "themes": {}}
        {"id": "c1", "source": "comment-card", "comment": "\(comment)", "themes": {"cleanliness": "negative"}}
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let scored = try Self.run(["themes", "score", file])
        #expect(scored.status == 0 && scored.output.contains("micro precision 1.000  recall 1.000"), "\(scored.output)\(scored.errors)")
        #expect(scored.output.contains("  customer (1 comment): precision 1.000  recall 1.000  polarity accuracy 1.000"), "\(scored.output)")
        #expect(scored.output.contains("  employee (1 comment): precision 1.000  recall 1.000  polarity accuracy 1.000"), "\(scored.output)")
        let figures = try Self.run(["themes", "score", file, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(figures.output.utf8)) as? [String: Any]
        let authors = ((object?["files"] as? [[String: Any]])?.first?["authors"] as? [String: [String: Any]]) ?? [:]
        #expect(Set(authors.keys) == ["customer", "employee"] && authors["employee"]?["comments"] as? Int == 1, "\(figures.output)")
    }

    @Test("score: a null \"source\" is read as no source, a customer's comment")
    func nullSource() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/null.jsonl"
        try #"{"id": "n1", "source": null, "comment": "The staff kitchen is absolutely filthy.", "themes": {"cleanliness": "negative"}}"#
            .write(toFile: file, atomically: true, encoding: .utf8)
        let scored = try Self.run(["themes", "score", file, "--json"])
        #expect(scored.status == 0, "\(scored.errors)")
        let object = try JSONSerialization.jsonObject(with: Data(scored.output.utf8)) as? [String: Any]
        let first = (object?["files"] as? [[String: Any]])?.first
        #expect(first?["recall"] as? Double == 1.0 && (first?["authors"] as? [String: Any])?.keys.first == "no source", "\(scored.output)")
    }

    @Test("check: the shipped lexicon is valid, with the seven themes and their phrase counts")
    func checkShipped() throws {
        let result = try Self.run(["themes", "check", Self.shipped, "--json"])
        #expect(result.status == 0, "\(result.errors)")
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(object?["valid"] as? Bool == true)
        let themes = (object?["themes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(themes == ["waiting-time", "staff-attitude", "knowledge", "cleanliness", "price", "product-quality", "communication"])
        #expect((object?["themes"] as? [[String: Any]] ?? []).allSatisfy { ($0["phrases"] as? Int ?? 0) > 0 })
        #expect(result.errors.isEmpty, "an unedited copy keeps the shipped version without a warning: \(result.errors)")
        #expect((object?["unmatchable"] as? [Any])?.isEmpty == true, "\(result.output)")
    }

    @Test("check: a phrase the reader can never match is warned about with its line and reading; exit status 0")
    func checkUnmatchable() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // The shipped [spellings] read "knackered" as "tired", so a phrase "knackered" is never found.
        let text = try Self.shippedLexicon(version: "shop-8", extra: "\n[product-quality: negative]\nknackered, falling apart\n")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let edited = directory + "/edited.txt"
        try text.write(toFile: edited, atomically: true, encoding: .utf8)
        let result = try Self.run(["themes", "check", edited])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("1 that can never match"), "\(result.output)")
        #expect(result.errors.contains("warning: \(edited):\(lines - 1): the phrase \"knackered\" can never match: its words are read as \"tired\""), "\(result.errors)")
        let json = try Self.run(["themes", "check", edited, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let found = object?["unmatchable"] as? [[String: Any]]
        #expect(found?.count == 1 && found?.first?["line"] as? Int == lines - 1 && found?.first?["readAs"] as? String == "tired", "\(json.output)")
    }

    @Test("check: an edited lexicon's error names the file and line, exit status 1; an edit that keeps the version is warned about")
    func checkErrors() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = try String(contentsOfFile: Self.shipped, encoding: .utf8)
        let broken = directory + "/broken.txt"
        try (text + "\n[waiting-time: sideways]\nslow\n").write(toFile: broken, atomically: true, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let result = try Self.run(["themes", "check", broken])
        #expect(result.status == 1)
        #expect(result.errors.contains("\(broken):\(lines + 1): "), "\(result.errors)")
        #expect(result.errors.contains("the feedback aggregator would not start with it"))

        let json = try Self.run(["themes", "check", broken, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect(json.status == 1 && object?["valid"] as? Bool == false)
        #expect((object?["error"] as? [String: Any])?["line"] as? Int == lines + 1)

        let sameVersion = directory + "/same-version.txt"
        try (text + "\n[price: negative]\nhighway robbery\n").write(toFile: sameVersion, atomically: true, encoding: .utf8)
        let warned = try Self.run(["themes", "check", sameVersion])
        #expect(warned.status == 0)
        #expect(warned.errors.contains("differs from the shipped lexicon but keeps its version"), "\(warned.errors)")

        let missing = try Self.run(["themes", "tag", "--lexicon", directory + "/none.txt", "hello"])
        #expect(missing.status == 1 && missing.errors.contains("cannot read the theme lexicon \(directory)/none.txt: no such file"), "\(missing.errors)")
    }

    @Test("tag --lexicon: an edited copy with a theme of its own tags with it and reports its version")
    func editedLexicon() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = try Self.shippedLexicon(
            version: "shop-7", extra: "\n[themes]\nparking\n[parking: aspects]\ncar park\n[parking: positive]\nplenty of spaces\n")
        let edited = directory + "/edited.txt"
        try text.write(toFile: edited, atomically: true, encoding: .utf8)
        let result = try Self.run(["themes", "tag", "--lexicon", edited, "--json", "Plenty of spaces in the car park, and the car park was not dirty"])
        #expect(result.status == 0, "\(result.errors)")
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(object?["lexicon"] as? String == "shop-7")
        #expect((object?["themes"] as? [String: String])?["parking"] == "positive", "\(result.output)")
    }

    @Test("score: micro precision, recall and polarity against labelled lines, per theme, with the misses")
    func score() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/labelled.jsonl"
        // The tagger's own answers are checked by the tag tests above: these four are all read as labelled
        // except that the last labels a theme the comment does not judge (a miss in recall), and the third
        // labels the wrong polarity (agreed, not the same polarity).
        try """
        {"id": "a1", "comment": "The staff were not rude at all", "themes": {"staff-attitude": "positive"}}
        {"id": "a2", "comment": "The queue took forty minutes", "themes": {"waiting-time": "negative"}}
        {"id": "a3", "comment": "Cheap plastic that snapped in a week", "themes": {"product-quality": "positive"}}

        {"comment": "Great day out, thanks", "themes": {"price": "positive"}, "note": "ignored"}
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try Self.run(["themes", "score", file, "--json", "--misses"])
        #expect(result.status == 0, "\(result.errors)")
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let scored = (object?["files"] as? [[String: Any]])?.first
        #expect(scored?["comments"] as? Int == 4)
        #expect(scored?["precision"] as? Double == 1.0)
        #expect(scored?["recall"] as? Double == 0.75)
        #expect(abs((scored?["polarity"] as? Double ?? 0) - 2.0 / 3.0) < 1e-9)
        let price = (scored?["themes"] as? [String: Any])?["price"] as? [String: Any]
        #expect(price?["gold"] as? Int == 1 && price?["predicted"] as? Int == 0)
        let misses = (scored?["misses"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(misses == ["a3", "line 5"])

        let text = try Self.run(["themes", "score", file, "--misses"])
        #expect(text.output.contains("micro precision 1.000  recall 0.750  polarity accuracy 0.667 (2/3)"), "\(text.output)")
        #expect(text.output.contains("labelled product-quality+  got product-quality-"), "\(text.output)")
    }

    @Test("score: lines that cannot be read are all reported as FILE:LINE, nothing is scored, exit status 1")
    func scoreErrors() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = directory + "/bad.jsonl"
        try """
        {"comment": "fine", "themes": {}}
        {"comment": "no themes"}
        {"comment": "x", "themes": {"price": "good"}}
        not json
        {"comment": "y", "source": "staff", "themes": {}}
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try Self.run(["themes", "score", file])
        #expect(result.status == 1)
        #expect(result.output.isEmpty, "\(result.output)")
        for expected in [
            "\(file):2: no \"themes\" object",
            "\(file):3: themes.price: write \"positive\" or \"negative\"",
            "\(file):4: not a JSON object",
            "\(file):5: source: write one of comment-card, survey, focus-group or employee, or leave it out",
            "4 lines could not be read; nothing was scored",
        ] {
            #expect(result.errors.contains(expected), "\(expected)\n\(result.errors)")
        }
        let unknown = directory + "/unknown.jsonl"
        try #"{"comment": "lovely music", "themes": {"ambience": "positive"}}"#.write(toFile: unknown, atomically: true, encoding: .utf8)
        let warned = try Self.run(["themes", "score", unknown])
        #expect(warned.status == 0 && warned.errors.contains("theme \"ambience\", which lexicon"), "\(warned.errors)")
    }
}
