import ArgumentParser
import Foundation
import ThemeTagging

/// `rapport themes tag`: the themes each comment is tagged with.
struct ThemesTagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag comments with themes, as the feedback aggregator would.",
        discussion: """
            Each COMMENT given is tagged; with none, standard input is read, one comment a line \
            (blank lines skipped). Each comment prints as its tags, `theme+` for praise and `theme-` \
            for a complaint (or `(no theme)`), a tab, and the comment.

            --json prints one JSON object a line: {"comment", "themes": {"theme-id": "positive" | \
            "negative"}, "lexicon": version}, the `themes` and `lexicon` of the \
            rapport.feedback.tagged event the plugin would publish.

            Examples:
              rapport themes tag "Waited ages but the lad on the till was lovely"
              rapport themes tag --lexicon my-lexicon.txt --json < comments.txt
            """
    )

    @Argument(help: "Comments to tag. Default: one a line from standard input.")
    var comments: [String] = []

    @OptionGroup var lexicon: LexiconOption

    @Flag(help: "Print one JSON object a line, for scripts.")
    var json = false

    func run() throws {
        let tagger = try lexicon.tagger()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for comment in comments.isEmpty ? Self.standardInputLines() : AnySequence(comments) {
            let tags = tagger.tag(comment)
            if json {
                let line = TaggedLine(comment: comment, themes: tags, lexicon: tagger.lexicon.version)
                Output.line(String(decoding: try encoder.encode(line), as: UTF8.self))
            } else {
                Output.line(TagText.describe(tags) + "\t" + comment)
            }
        }
    }

    /// The non-blank lines of standard input, read as they come (so a pipe is tagged line by line).
    private static func standardInputLines() -> AnySequence<String> {
        AnySequence(sequence(state: ()) { _ -> String? in
            while let line = readLine() {
                if !line.allSatisfy(\.isWhitespace) { return line }
            }
            return nil
        })
    }

    /// One line of `--json` output.
    struct TaggedLine: Encodable {
        let comment: String
        let themes: [Theme: Polarity]
        let lexicon: String
    }
}
