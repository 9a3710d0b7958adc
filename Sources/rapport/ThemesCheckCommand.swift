import ArgumentParser
import Foundation
import ThemeTagging

/// `rapport themes check`: reads a lexicon as the feedback aggregator would and says what it holds.
struct ThemesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a theme lexicon file as the feedback aggregator would read it.",
        discussion: """
            Reads FILE with the plugin's own reader. When it is valid, prints its version, how many \
            phrases it lists, and each theme with the phrases that name or judge it; the exit status \
            is 0. When it is not, prints FILE:LINE: what is wrong and what to write (the plugin would \
            refuse to start with it), and the exit status is 1. Without FILE, the shipped lexicon is \
            described.

            An edited lexicon should have a version of its own: every rapport.feedback.tagged event \
            carries the version it was tagged with, so reports can tell the lexicons apart. A file \
            that differs from the shipped lexicon but keeps its version gets a warning.

            It also lists, as warnings, every phrase the tagger can never find because the reader \
            turns the phrase's own words into something else first: a [spellings] entry rewrites one of \
            them ("knackered = tired" hides the phrase "knackered"), or they are read together as a \
            length of time or an amount ("a full @long-time later": "a full" is read as part of the \
            length). Each shows its line and what its words read as; rewrite or remove it. They do not \
            stop the plugin, so the exit status stays 0.

            --json prints one JSON object: {"file", "valid", "version", "phrases", "themes": [{"id", \
            "phrases"}], "unmatchable": [{"line", "phrase", "readAs"}], "error": {"line", "message"}}, \
            with "error" only when it is not valid.
            """
    )

    @Argument(help: "The lexicon file (as the plugin's lexicon_file setting names it). Default: the shipped lexicon.")
    var file: String?

    @Flag(help: "Print the result as one JSON object, for scripts.")
    var json = false

    func run() throws {
        let name = file ?? "(shipped lexicon)"
        let text: String
        if let file {
            guard let read = try? String(contentsOfFile: file, encoding: .utf8) else { throw CommandFailure.cannotRead("the theme lexicon", file) }
            text = read
        } else {
            text = ThemeLexicon.defaultText
        }
        let parsed = Result { () throws(ThemeLexiconError) in try ThemeLexicon(parsing: text) }
        switch parsed {
        case .success(let lexicon):
            let report = Report(file: name, lexicon: lexicon)
            if json {
                try Self.print(report)
            } else {
                report.lines.forEach(Output.line)
                for phrase in report.unmatchable ?? [] {
                    Output.error("warning: \(name):\(phrase.line): the phrase \"\(phrase.phrase)\" can never match: "
                        + "its words are read as \"\(phrase.readAs)\"")
                }
            }
            if text != ThemeLexicon.defaultText && lexicon.version == ThemeLexicon.default.version {
                Output.error("warning: \(name) differs from the shipped lexicon but keeps its version \(lexicon.version): "
                    + "give it a version of its own (the `version:` line) so tagged events and reports tell them apart")
            }
        case .failure(let error):
            if json {
                try Self.print(Report(file: name, error: error))
            } else {
                Output.error("\(name):\(error.line): \(error.description.dropFirst("line \(error.line): ".count))")
                Output.error("\(name): not a valid theme lexicon; the feedback aggregator would not start with it")
            }
            throw ExitCode(1)
        }
    }

    private static func print(_ report: Report) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        Output.line(String(decoding: try encoder.encode(report), as: UTF8.self))
    }

    /// What `check` found, as printed and as `--json`.
    struct Report: Encodable {
        struct ThemeCount: Encodable {
            let id: String
            let phrases: Int
        }
        struct Problem: Encodable {
            let line: Int
            let message: String
        }
        struct Unmatchable: Encodable {
            let line: Int
            let phrase: String
            let readAs: String
        }
        let file: String
        let valid: Bool
        let version: String?
        let phrases: Int?
        let themes: [ThemeCount]?
        let unmatchable: [Unmatchable]?
        let error: Problem?

        init(file: String, lexicon: ThemeLexicon) {
            self.file = file
            valid = true
            version = lexicon.version
            phrases = lexicon.phraseCount
            themes = lexicon.themes.map { ThemeCount(id: $0.id, phrases: lexicon.phraseCount(for: $0)) }
            unmatchable = lexicon.unmatchablePhrases().map { Unmatchable(line: $0.line, phrase: $0.phrase, readAs: $0.readAs) }
            error = nil
        }

        init(file: String, error: ThemeLexiconError) {
            self.file = file
            valid = false
            version = nil
            phrases = nil
            themes = nil
            unmatchable = nil
            self.error = Problem(line: error.line, message: error.description)
        }

        var lines: [String] {
            var lines = ["\(file): valid, version \(version ?? "?"), \(phrases ?? 0) phrases, "
                + "\(unmatchable?.count ?? 0) that can never match"]
            for theme in themes ?? [] {
                lines.append("  \(theme.id.padding(toLength: 16, withPad: " ", startingAt: 0)) \(theme.phrases) phrases")
            }
            return lines
        }
    }
}
