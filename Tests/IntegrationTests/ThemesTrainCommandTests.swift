import Foundation
import Testing

/// `rapport themes train`, and the `--model` option of `tag` and `score`, run as processes: a model trained
/// on a shop's labelled comments is written, read back and tags what the lexicon cannot read; bad input is
/// refused before anything is written.
@Suite("rapport themes train")
struct ThemesTrainCommandTests {
    /// Forty comments: a made-up word no lexicon reads marks a complaint about communication.
    static func labelled() -> String {
        (0..<40).map { index in
            index % 2 == 0
                ? #"{"id":"t\#(index)","comment":"Zorblat again, visit \#(index).","themes":{"communication":"negative"}}"#
                : #"{"id":"t\#(index)","comment":"Plain visit \#(index).","themes":{}}"#
        }.joined(separator: "\n") + "\n"
    }

    @Test("train writes a model that tag --model reads: it adds what the lexicon cannot read, with its version and why")
    func trainAndTag() throws {
        let directory = try ThemesCommandTests.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let input = directory + "/ours.jsonl", model = directory + "/model.txt"
        try Self.labelled().write(toFile: input, atomically: true, encoding: .utf8)
        let trained = try ThemesCommandTests.run(["themes", "train", input, "--output", model, "--model-version", "shop-1", "--json"])
        #expect(trained.status == 0, "\(trained.errors)")
        let summary = try JSONSerialization.jsonObject(with: Data(trained.output.utf8)) as? [String: Any]
        #expect(summary?["comments"] as? Int == 40 && summary?["output"] as? String == model, "\(trained.output)")
        #expect((summary?["features"] as? Int ?? 0) > 0)
        // Themes the labels never judge are named: the model would withdraw their lexicon tags.
        #expect(trained.errors.contains("warning: only 0 labelled comments judge \"price\""), "\(trained.errors)")
        #expect(!trained.errors.contains("judge \"communication\""), "\(trained.errors)")

        let tagged = try ThemesCommandTests.run(["themes", "tag", "--model", model, "--json", "Zorblat again."])
        #expect(tagged.status == 0, "\(tagged.errors)")
        let object = try JSONSerialization.jsonObject(with: Data(tagged.output.utf8)) as? [String: Any]
        #expect(object?["themes"] as? [String: String] == ["communication": "negative"], "\(tagged.output)")
        #expect(object?["model"] as? String == "shop-1")

        let plain = try ThemesCommandTests.run(["themes", "tag", "--model", "none", "--json", "Zorblat again."])
        let lexiconOnly = try JSONSerialization.jsonObject(with: Data(plain.output.utf8)) as? [String: Any]
        #expect(lexiconOnly?["themes"] as? [String: String] == [:], "\(plain.output)")
        #expect(lexiconOnly?["model"] == nil)

        let explained = try ThemesCommandTests.run(["themes", "tag", "--model", model, "--explain", "Zorblat again."])
        #expect(explained.output.contains("added by the learned reader: communication- (probability"), "\(explained.output)")
    }

    @Test("train --keep: the model withdraws a lexicon tag the labels say is wrong, and --explain names it; --keep 0 withdraws nothing")
    func trainAndWithdraw() throws {
        let directory = try ThemesCommandTests.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // The lexicon reads "so rude" as staff attitude whoever is rude; these labels say a zorblat is no member of staff.
        let labelled = (0..<60).map { index in
            index % 2 == 0
                ? #"{"comment":"The zorblat was so rude, visit \#(index).","themes":{}}"#
                : #"{"comment":"The receptionist was so rude, visit \#(index).","themes":{"staff-attitude":"negative"}}"#
        }.joined(separator: "\n") + "\n"
        let input = directory + "/ours.jsonl", model = directory + "/model.txt", keeping = directory + "/keeping.txt"
        try labelled.write(toFile: input, atomically: true, encoding: .utf8)
        let trained = try ThemesCommandTests.run(["themes", "train", input, "--output", model, "--threshold", "0.6", "--keep", "0.5"])
        #expect(trained.status == 0, "\(trained.errors)")
        let text = try String(contentsOfFile: model, encoding: .utf8)
        #expect(text.contains("\nthreshold 0.6\n") && text.contains("\nkeep 0.5\n"))

        let lexiconOnly = try ThemesCommandTests.run(["themes", "tag", "--model", "none", "The zorblat was so rude."])
        #expect(lexiconOnly.output.hasPrefix("staff-attitude-"), "\(lexiconOnly.output)")
        let explained = try ThemesCommandTests.run(["themes", "tag", "--model", model, "--explain", "The zorblat was so rude."])
        #expect(explained.output.hasPrefix("(no theme)"), "\(explained.output)")
        #expect(explained.output.contains("withdrawn by the learned reader: staff-attitude- (probability"), "\(explained.output)")
        let json = try ThemesCommandTests.run(["themes", "tag", "--model", model, "--explain", "--json", "The zorblat was so rude."])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect((object?["withdrawn"] as? [String: Double])?["staff-attitude"] ?? 1 < 0.5, "\(json.output)")
        let staff = try ThemesCommandTests.run(["themes", "tag", "--model", model, "The receptionist was so rude."])
        #expect(staff.output.hasPrefix("staff-attitude-"), "\(staff.output)")

        let kept = try ThemesCommandTests.run(["themes", "train", input, "--output", keeping, "--keep", "0"])
        #expect(kept.status == 0, "\(kept.errors)")
        #expect(try !String(contentsOfFile: keeping, encoding: .utf8).contains("\nkeep "))
        let unchanged = try ThemesCommandTests.run(["themes", "tag", "--model", keeping, "The zorblat was so rude."])
        #expect(unchanged.output.hasPrefix("staff-attitude-"), "\(unchanged.output)")
    }

    @Test("a model trained with another lexicon is used with a warning naming both versions")
    func lexiconMismatch() throws {
        let directory = try ThemesCommandTests.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let edited = directory + "/edited.txt"
        try ThemesCommandTests.shippedLexicon(version: "shop-7").write(toFile: edited, atomically: true, encoding: .utf8)
        let result = try ThemesCommandTests.run(["themes", "tag", "--lexicon", edited, "The queue was long"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("warning: theme model") && result.errors.contains("not shop-7"), "\(result.errors)")
    }

    @Test("train refuses a bad version, threshold, keep or turn, an output it cannot write and unreadable lines, and writes nothing")
    func trainRefusesBadInput() throws {
        let directory = try ThemesCommandTests.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let input = directory + "/ours.jsonl", model = directory + "/model.txt"
        try Self.labelled().write(toFile: input, atomically: true, encoding: .utf8)

        let version = try ThemesCommandTests.run(["themes", "train", input, "--output", model, "--model-version", "shop 1"])
        #expect(version.status == 64 && version.errors.contains("--model-version 'shop 1': give a version without spaces"), "\(version.errors)")
        let output = try ThemesCommandTests.run(["themes", "train", input, "--output", directory + "/missing/model.txt"])
        #expect(output.status == 64 && output.errors.contains("cannot write in \(directory)/missing"), "\(output.errors)")

        let threshold = try ThemesCommandTests.run(["themes", "train", input, "--output", model, "--threshold", "1"])
        #expect(threshold.status == 64 && threshold.errors.contains("--threshold 1.0: give a probability above 0 and below 1"), "\(threshold.errors)")
        let keep = try ThemesCommandTests.run(["themes", "train", input, "--output", model, "--keep=-0.1"])
        #expect(keep.status == 64 && keep.errors.contains("--keep -0.1: give a probability from 0"), "\(keep.errors)")

        let turn = try ThemesCommandTests.run(["themes", "train", input, "--output", model, "--turn", "0.3"])
        #expect(turn.status == 64 && turn.errors.contains("--turn 0.3: give a probability from 0.5"), "\(turn.errors)")
        let momentum = try ThemesCommandTests.run(["themes", "train", input, "--output", model, "--momentum", "1"])
        #expect(momentum.status == 64 && momentum.errors.contains("--momentum 1.0: give a number from 0 (plain descent) to below 1"), "\(momentum.errors)")
        let l2 = try ThemesCommandTests.run(["themes", "train", input, "--output", model, "--l2", "0"])
        #expect(l2.status == 64 && l2.errors.contains("--l2 0.0: give a penalty above 0"), "\(l2.errors)")

        // Plain descent with a heavier penalty (for a shop's few hundred comments) fits another model.
        let plain = directory + "/plain.txt", hard = directory + "/hard.txt"
        #expect(try ThemesCommandTests.run(["themes", "train", input, "--output", hard]).status == 0)
        #expect(try ThemesCommandTests.run(["themes", "train", input, "--output", plain, "--momentum", "0", "--l2", "1"]).status == 0)
        #expect(try String(contentsOfFile: plain, encoding: .utf8) != String(contentsOfFile: hard, encoding: .utf8))

        let bad = directory + "/bad.jsonl"
        try #"{"comment": 3}"#.write(toFile: bad, atomically: true, encoding: .utf8)
        let lines = try ThemesCommandTests.run(["themes", "train", bad, "--output", model])
        #expect(lines.status == 1 && lines.errors.contains("\(bad):1: no \"comment\" string"), "\(lines.errors)")
        #expect(lines.errors.contains("nothing was trained"))
        #expect(!FileManager.default.fileExists(atPath: model))
    }

    @Test("tag --model: a file that is not a model names the file and line, exit status 1")
    func badModel() throws {
        let directory = try ThemesCommandTests.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let model = directory + "/model.txt"
        try "version 1\nlexicon x\nthreshold 0.5\nthemes price\nweights\nu:cheap 0:lots\n".write(toFile: model, atomically: true, encoding: .utf8)
        let result = try ThemesCommandTests.run(["themes", "tag", "--model", model, "Cheap."])
        #expect(result.status == 1 && result.errors.contains("\(model): line 6: '0:lots' is not INDEX:WEIGHT"), "\(result.errors)")
    }
}
