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
            "negative"}, "lexicon": version, "model": version}, the `themes`, `lexicon` and `model` \
            of the rapport.feedback.tagged event the plugin would publish ("model" is absent with \
            --model none).

            --explain shows why: under each comment, every judgement the tagger read (the theme, \
            signed weight, the word its phrase starts at, its sentence, and whether a negation \
            turned it), then each theme's net judgement; the lexicon tags a theme when its net \
            reaches the lexicon's threshold. With --source employee, judgements in sentences about the \
            workplace itself are listed as not counted. Last come the themes the learned reader \
            added, and those the lexicon tagged that it withdrew, each with the probability it gave \
            that the comment judges it, and those whose polarity it turned, with the probability it \
            gave that the judgement is praise. With --json it adds "evidence": [{"theme", \
            "polarity", "weight", "word", "sentence", "negated"}], "workplace" (those not counted, \
            the same way), "net": {"theme-id": number}, "learned" and "withdrawn": {"theme-id": \
            probability judged} and "turned": {"theme-id": probability of praise}.

            --source gives the feedback's source, as rapport.feedback.received does \
            (\(CommentAuthor.sourceList)). The plugin tags each comment with its source: an \
            employee's sentences about the workplace itself (rotas, pay, the staff room, how \
            managers treat staff) that name no customer judge no theme. Without it every comment \
            is read as a customer's.

            Examples:
              rapport themes tag "Waited ages but the lad on the till was lovely"
              rapport themes tag --source employee "The rota comes out too late for us to plan."
              rapport themes tag --lexicon my-lexicon.txt --json < comments.txt
              rapport themes tag --explain "Not exactly quick, but the lad was lovely"
            """
    )

    @Argument(help: "Comments to tag. Default: one a line from standard input.")
    var comments: [String] = []

    @OptionGroup var lexicon: LexiconOption

    @Option(help: ArgumentHelp("The feedback's source: \(CommentAuthor.sourceList). Default: a customer's comment.", valueName: "source"))
    var source: String?

    @Flag(help: "Print one JSON object a line, for scripts.")
    var json = false

    @Flag(help: "Show the judgements each comment's tags were netted from.")
    var explain = false

    func validate() throws {
        if let source, CommentAuthor(source: source) == nil {
            throw ValidationError("--source \(source): write \(CommentAuthor.sourceList)")
        }
    }

    func run() throws {
        let tagger = try lexicon.tagger()
        let author = source.flatMap(CommentAuthor.init(source:)) ?? .customer
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for comment in comments.isEmpty ? Self.standardInputLines() : AnySequence(comments) {
            let explanation = explain ? tagger.explain(comment, by: author) : nil
            let tags = explanation?.tags ?? tagger.tag(comment, by: author)
            if json {
                let line = TaggedLine(
                    comment: comment, themes: tags, lexicon: tagger.lexicon.version, model: tagger.model?.version, explanation: explanation)
                Output.line(String(decoding: try encoder.encode(line), as: UTF8.self))
            } else {
                Output.line(TagText.describe(tags) + "\t" + comment)
                if let explanation { Self.describe(explanation).forEach(Output.line) }
            }
        }
    }

    /// An explanation as indented lines: one a judgement, then the nets.
    static func describe(_ explanation: ThemeExplanation) -> [String] {
        func line(_ evidence: ThemeExplanation.Evidence, after: String = "") -> String {
            "    \(evidence.theme.id.padding(toLength: 16, withPad: " ", startingAt: 0)) "
                + "\(signed(evidence.polarity == .positive ? evidence.weight : -evidence.weight))  "
                + "\"\(evidence.word)\" (sentence \(evidence.sentence)\(evidence.negated ? ", negated" : ""))\(after)"
        }
        var lines = explanation.evidence.map { line($0) }
        lines += explanation.workplace.map { line($0, after: ": not counted, the workplace itself") }
        if lines.isEmpty { lines.append("    no judgement read") }
        let nets = explanation.net.keys.sorted().map { "\($0.id) \(signed(explanation.net[$0] ?? 0))" }
        if !nets.isEmpty {
            lines.append("    net: " + nets.joined(separator: ", ") + " (the lexicon tags at \(String(format: "%.2f", explanation.threshold)) or more either way)")
        }
        /// A line for what the learned reader did to some themes: each with its sign and a probability.
        func revised(_ done: String, _ probabilities: [Theme: Double], of what: String = "probability", positive: (Theme) -> Bool) {
            guard !probabilities.isEmpty else { return }
            let themes = probabilities.keys.sorted().map {
                "\($0.id)\(positive($0) ? "+" : "-") (\(what) \(String(format: "%.2f", probabilities[$0] ?? 0)))"
            }
            lines.append("    \(done) by the learned reader: " + themes.joined(separator: ", "))
        }
        revised("added", explanation.learned) { explanation.tags[$0] == .positive }
        revised("withdrawn", explanation.withdrawn) { (explanation.net[$0] ?? 0) > 0 }
        revised("turned", explanation.turned, of: "probability of praise") { explanation.tags[$0] == .positive }
        return lines
    }

    private static func signed(_ value: Double) -> String {
        String(format: "%+.2f", value)
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
        let model: String?
        let evidence: [ThemeExplanation.Evidence]?
        let workplace: [ThemeExplanation.Evidence]?
        let net: [Theme: Double]?
        let learned: [Theme: Double]?
        let withdrawn: [Theme: Double]?
        let turned: [Theme: Double]?

        init(comment: String, themes: [Theme: Polarity], lexicon: String, model: String?, explanation: ThemeExplanation?) {
            self.comment = comment
            self.themes = themes
            self.lexicon = lexicon
            self.model = model
            evidence = explanation?.evidence
            workplace = explanation?.workplace
            net = explanation?.net
            learned = explanation?.learned
            withdrawn = explanation?.withdrawn
            turned = explanation?.turned
        }
    }
}
