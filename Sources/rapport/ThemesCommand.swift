import ArgumentParser
import Foundation
import ThemeTagging

/// `rapport themes`: try, check and measure the feedback aggregator's theme lexicon (the shipped one or
/// an edited copy) before deploying it.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "Try, check and measure the feedback aggregator's theme lexicon (shipped or edited).",
        discussion: """
            The feedback aggregator tags each comment with the themes it judges, each positive or \
            negative, reading with a lexicon: the shipped one, or an edited copy its `lexicon_file` \
            setting names (plugins/feedback-aggregator/README.md). These commands run the same tagger \
            without a bus: `tag` shows what comments are tagged, `check` reads a lexicon as the plugin \
            would, `score` measures it against comments you labelled by hand, and `train` fits the \
            learned reader (the theme model) to such comments.
            """,
        subcommands: [ThemesTagCommand.self, ThemesCheckCommand.self, ThemesScoreCommand.self, ThemesTrainCommand.self]
    )
}

/// `--lexicon FILE`: the lexicon to tag with, as the plugin's `lexicon_file` setting names it.
struct LexiconOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A theme lexicon to tag with (an edited copy of plugins/feedback-aggregator/lexicon/theme-lexicon.txt). Default: the shipped lexicon.", valueName: "file"))
    var lexicon: String?

    @Option(name: .long, help: ArgumentHelp("A theme model to tag with (one `rapport themes train` made), or `none` for the lexicon alone. Default: the shipped model.", valueName: "file"))
    var model: String?

    /// A tagger on the lexicon and model given, or on the shipped ones; a warning on standard error when
    /// the model was not trained with that lexicon.
    func tagger() throws -> ThemeTagger {
        let lexicon = try self.lexicon.map(LexiconFile.read) ?? .default
        let tagger = ThemeTagger(lexicon: lexicon, model: try ModelFile.read(model))
        if let mismatch = tagger.modelMismatch { Output.error("warning: \(mismatch)") }
        return tagger
    }

}

/// Reads a theme model file (`none`: no model; no path: the shipped one), with errors that name the file.
enum ModelFile {
    static func read(_ path: String?) throws -> ThemeModel? {
        guard let path else { return .default }
        if path == "none" { return nil }
        return try ThemeFile.read("the theme model", path) { text throws(ThemeModelError) in try ThemeModel(parsing: text) }
    }
}

/// Reads a lexicon file, with errors that name the file and line.
enum LexiconFile {
    static func read(_ path: String) throws -> ThemeLexicon {
        try ThemeFile.read("the theme lexicon", path, advice: " (the lexicon's header documents the format)") {
            text throws(ThemeLexiconError) in try ThemeLexicon(parsing: text)
        }
    }
}

/// Reads a file and parses it, with errors that name the file, and the parser's line and message.
private enum ThemeFile {
    static func read<Value, Failure: Error & CustomStringConvertible>(
        _ what: String, _ path: String, advice: String = "", parse: (String) throws(Failure) -> Value
    ) throws -> Value {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CommandFailure.cannotRead(what, path) }
        do { return try parse(text) } catch { throw CommandFailure("\(path): \(error.description)\(advice)") }
    }
}

/// Tags written as `waiting-time-, staff-attitude+`, or `(no theme)`.
enum TagText {
    static func describe(_ tags: [Theme: Polarity]) -> String {
        guard !tags.isEmpty else { return "(no theme)" }
        return tags.keys.sorted().map { "\($0.id)\(tags[$0] == .positive ? "+" : "-")" }.joined(separator: ", ")
    }
}
