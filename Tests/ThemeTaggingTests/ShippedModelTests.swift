import Foundation
import Testing
import ThemeTagging

/// The shipped learned reader is what `make theme-model` makes from the labelled development sets, and
/// from nothing else: retrained here from the committed files, it must come out the same, weight for weight.
@Suite("Shipped theme model")
struct ShippedModelTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The development sets the Makefile's `THEME_DEVELOPMENT` lists.
    static func developmentSets() throws -> [String] {
        let makefile = try String(contentsOf: root.appendingPathComponent("Makefile"), encoding: .utf8)
        let line = try #require(makefile.split(separator: "\n").first { $0.hasPrefix("THEME_DEVELOPMENT :=") })
        return line.dropFirst("THEME_DEVELOPMENT :=".count).split(separator: " ").map { "\($0).jsonl" }
    }

    @Test func theShippedModelFileIsTheBuiltInText() throws {
        let file = Self.root.appendingPathComponent("plugins/feedback-aggregator/lexicon/theme-model.txt")
        #expect(try String(contentsOf: file, encoding: .utf8) == ThemeModel.defaultText, "run make theme-model")
        #expect(ThemeModel.default.themes == ThemeLexicon.default.themes)
        #expect(ThemeModel.default.lexiconVersion == ThemeLexicon.default.version, "the lexicon changed: run make theme-model")
    }

    @Test func noSealedSetIsTrainedOn() throws {
        let sealed = Set(["holdout.jsonl"] + LabelledSetTests.sealedParts.map(\.file))
        let development = try Self.developmentSets()
        #expect(!development.isEmpty)
        #expect(sealed.isDisjoint(with: development))
        for file in development { #expect(ThemeModel.default.trainedOn.contains(file)) }
    }

    /// Retrains the model (about 45 s in a debug build, the longest test of the suite) and compares it with
    /// the shipped one.
    @Test func retrainingOnTheDevelopmentSetsGivesTheShippedModel() throws {
        let files = try Self.developmentSets()
        let tagger = ThemeTagger(model: nil)
        var examples: [ThemeModelTrainer.Example] = []
        for file in files {
            for labelled in try LabelledSet.comments(file) {
                let author = CommentAuthor(source: labelled.source) ?? .customer
                examples.append(.init(features: tagger.features(of: labelled.comment, by: author), themes: labelled.gold))
            }
        }
        let shipped = ThemeModel.default
        let trained = ThemeModelTrainer().train(
            examples, themes: ThemeLexicon.default.themes, version: shipped.version, lexiconVersion: ThemeLexicon.default.version,
            trainedOn: "\(examples.count) comments: \(files.joined(separator: " "))")
        #expect(trained == shipped, "the development sets or the lexicon changed since the model was made: run make theme-model")
    }
}
