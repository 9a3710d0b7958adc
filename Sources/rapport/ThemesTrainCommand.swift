import ArgumentParser
import Foundation
import ThemeTagging

/// `rapport themes train`: fit the learned reader (a theme model) to comments labelled by hand.
struct ThemesTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Fit the tagger's learned reader (a theme model) to comments labelled by hand.",
        discussion: """
            The tagger reads a comment with its lexicon, then a learned reader adds the themes the \
            lexicon's phrases missed, withdraws the tags they misread and turns a polarity it reads \
            the other way: a logistic model per theme \
            over the comment's words, word pairs and stems and what the lexicon read \
            (plugins/feedback-aggregator/README.md, "The learned reader"). This command fits that model to FILEs of labelled comments, in the \
            format `rapport themes score` reads, with the lexicon given (--lexicon; the model learns \
            what that lexicon misses, so train again after editing it), and writes it to --output. \
            Point the plugin's `theme_model_file` setting at the file, or give it to `rapport themes \
            tag` and `score` with --model.

            Keep some labelled comments out of training and score the model on them: figures on the \
            comments it was trained on say little. The same files give the same model. --threshold \
            and --keep trade precision for recall: lower either and more themes are tagged, fewer of \
            them right. --turn 1 leaves every lexicon tag's polarity as the lexicon read it.

            `make theme-model` remakes the shipped model from the development sets of the plugin's \
            labelled folder (never its sealed ones), with --swift to embed it in the build.

            Progress goes to standard error; the summary (--json: {"comments", "features", "weights", \
            "output"}) to standard output.
            """
    )

    @Argument(help: "JSON Lines files of labelled comments to train on.")
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("A theme lexicon to read with (an edited copy of the shipped one). Default: the shipped lexicon.", valueName: "file"))
    var lexicon: String?

    @Option(help: ArgumentHelp("Where to write the model.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Also write a Swift source file that embeds the model (how the shipped model is built in).", valueName: "file"))
    var swift: String?

    @Option(help: ArgumentHelp("The model's version, published with each tagged comment. Default: the lexicon's version.", valueName: "version"))
    var modelVersion: String?

    @Option(help: ArgumentHelp(
        "The probability a theme the lexicon did not tag needs to be added, above 0 and below 1.", valueName: "p"))
    var threshold = ThemeModelTrainer.Settings().threshold

    @Option(help: ArgumentHelp(
        "The probability a theme the lexicon tagged needs to keep its tag, from 0 (keep every tag) to below 1.", valueName: "p"))
    var keep = ThemeModelTrainer.Settings().keep

    @Option(help: ArgumentHelp(
        "The probability of the other polarity a theme the lexicon tagged needs to be turned, from 0.5 (the model decides) to 1 (turn none).",
        valueName: "p"))
    var turn = ThemeModelTrainer.Settings().turn

    @Option(help: ArgumentHelp(
        "How much of each step of the judging regressions carries on, from 0 (plain descent: fits less, for a few hundred comments) to below 1.",
        valueName: "m"))
    var momentum = ThemeModelTrainer.Settings().momentum

    @Option(help: ArgumentHelp(
        "The judging regressions' L2 penalty, in comments' worth of evidence, above 0 (higher fits less closely).", valueName: "penalty"))
    var l2 = ThemeModelTrainer.Settings().l2

    @Flag(help: "Print the summary as one JSON object, for scripts.")
    var json = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one JSON Lines file of labelled comments") }
        guard !output.isEmpty else { throw ValidationError("--output: give the file to write the model to") }
        if let modelVersion, modelVersion.isEmpty || modelVersion.contains(where: \.isWhitespace) {
            throw ValidationError("--model-version '\(modelVersion)': give a version without spaces, such as 2026-12-07")
        }
        guard threshold > 0, threshold < 1 else {
            throw ValidationError("--threshold \(threshold): give a probability above 0 and below 1, such as 0.4")
        }
        guard keep >= 0, keep < 1 else {
            throw ValidationError("--keep \(keep): give a probability from 0 (keep every tag) to below 1, such as 0.5")
        }
        guard turn >= 0.5, turn <= 1 else {
            throw ValidationError("--turn \(turn): give a probability from 0.5 (the model decides) to 1 (turn none)")
        }
        guard momentum >= 0, momentum < 1 else {
            throw ValidationError("--momentum \(momentum): give a number from 0 (plain descent) to below 1, such as 0.9")
        }
        guard l2 > 0, l2.isFinite else {
            throw ValidationError("--l2 \(l2): give a penalty above 0, such as 0.3 (the default) or 1")
        }
        let directory = URL(fileURLWithPath: output).deletingLastPathComponent().path
        guard FileManager.default.isWritableFile(atPath: directory) else {
            throw ValidationError("--output \(output): cannot write in \(directory)")
        }
    }

    func run() throws {
        let lexicon = try self.lexicon.map(LexiconFile.read) ?? .default
        let tagger = ThemeTagger(lexicon: lexicon, model: nil)
        let comments = try LabelledComments.read(files, nothing: "trained").flatMap(\.comments)
        guard !comments.isEmpty else { throw CommandFailure("the files hold no labelled comment; nothing was trained") }
        let undeclared = Set(comments.flatMap(\.gold.keys)).subtracting(lexicon.themes)
        for theme in undeclared.sorted() {
            Output.error("warning: the labels use theme \"\(theme.id)\", which lexicon \(lexicon.version) does not declare: the model does not learn it")
        }

        for warning in Self.thinThemes(comments, themes: lexicon.themes, keep: keep, turn: turn) { Output.error("warning: " + warning) }

        Output.error("reading \(comments.count) comments with lexicon \(lexicon.version)")
        let examples = comments.map {
            ThemeModelTrainer.Example(features: tagger.features(of: $0.comment, by: $0.author ?? .customer), themes: $0.gold)
        }
        let names = files.map { URL(fileURLWithPath: $0).lastPathComponent }
        var settings = ThemeModelTrainer.Settings()
        settings.threshold = threshold
        settings.keep = keep
        settings.turn = turn
        settings.momentum = momentum
        settings.l2 = l2
        let trainer = ThemeModelTrainer(settings: settings)
        let model = trainer.train(
            examples, themes: lexicon.themes, version: modelVersion ?? lexicon.version, lexiconVersion: lexicon.version,
            trainedOn: "\(comments.count) comments: \(names.joined(separator: " "))"
        ) { done in
            Output.error("fitted \(done) of \(lexicon.themes.count) themes")
        }
        try write(model.text, to: output)
        if let swift { try write(Self.swiftSource(model.text), to: swift) }

        let size = model.size
        if json {
            let summary = Summary(comments: comments.count, features: size.features, weights: size.weights, output: output)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            Output.line(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else {
            Output.line("trained on \(comments.count) comments: \(size.features) features, \(size.weights) weights; written to \(output)")
        }
    }

    /// The fewest labelled comments judging a theme, and judging it each way, below which the model's
    /// withdrawing and turning of that theme's lexicon tags are worth a warning: fitted to a handful, the
    /// model reads the theme as "never judged" (and withdraws every tag) or as judged one way only (and
    /// turns the other). A rule of thumb, not a measured limit: in the shipped model's training data the
    /// rarest theme and polarity (knowledge, complained of) has 388.
    static let fewJudging = 20
    static let fewEachWay = 10

    /// Warnings for the declared themes the labels judge too rarely for `keep` and `turn`.
    static func thinThemes(_ comments: [LabelledComment], themes: [Theme], keep: Double, turn: Double) -> [String] {
        var warnings: [String] = []
        for theme in themes {
            let judging = comments.compactMap { $0.gold[theme] }
            let praise = judging.count { $0 == .positive }, complaint = judging.count - praise
            if keep > 0, judging.count < fewJudging {
                warnings.append("only \(judging.count) labelled comments judge \"\(theme.id)\": the model learns little of it "
                    + "and may withdraw most of the lexicon's \(theme.id) tags; label more, or train with --keep 0")
            } else if turn < 1, min(praise, complaint) < fewEachWay {
                warnings.append("only \(praise) labelled comments praise \"\(theme.id)\" and \(complaint) complain of it: "
                    + "the model may turn the lexicon's \(theme.id) tags to the commoner side; label more, or train with --turn 1")
            }
        }
        return warnings
    }

    /// The `--json` summary.
    struct Summary: Encodable {
        let comments: Int
        let features: Int
        let weights: Int
        let output: String
    }

    private func write(_ text: String, to path: String) throws {
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw CommandFailure("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// The Swift source that builds `text` in as `ThemeModel.defaultText`.
    static func swiftSource(_ text: String) -> String {
        """
        // Written by `make theme-model` (rapport themes train --swift): do not edit by hand.
        extension ThemeModel {
            /// The text of the shipped model (plugins/feedback-aggregator/lexicon/theme-model.txt).
            public static let defaultText = #\"\"\"
        \(text)
        \"\"\"#
        }

        """
    }
}
