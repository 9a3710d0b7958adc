import ArgumentParser
import Foundation
import ThemeTagging

/// `rapport themes score`: how well a lexicon tags comments labelled by hand.
struct ThemesScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Measure a theme lexicon against comments labelled by hand.",
        discussion: """
            Each FILE is JSON Lines, one labelled comment a line, in the format of the plugin's \
            labelled set (plugins/feedback-aggregator/labelled/README.md): {"id": "…", "comment": \
            "…", "themes": {"waiting-time": "negative", "staff-attitude": "positive"}}, with \
            "themes": {} for a comment that judges no theme; "id" is optional and other keys are \
            ignored. Label a theme only where the comment judges it, by the README's rules. An \
            optional "source" ("comment-card", "survey", "focus-group" or "employee", as in \
            rapport.feedback.received) tells the tagger who wrote the comment, as the plugin does: \
            an employee's sentences about the workplace itself judge no theme.

            Prints, per file and (with several files) for all of them: micro precision and recall of \
            the (comment, theme) tags, polarity accuracy on the tags both agree on, and precision and \
            recall per theme, and, when the comments have authors of more than one kind (by "source": \
            customer, employee, or no source, read as a customer's), the three figures for each \
            (in --json, "authors" always holds them). Compare two lexicons by scoring the same \
            files with each (--lexicon), and what the learned reader changes by scoring with \
            --model none too. \
            --misses lists each comment whose tags differ, with the labels and what it got.

            A line that cannot be read is reported as FILE:LINE: what is wrong, and nothing is \
            scored (exit status 1): fix the file first. A labelled theme the lexicon does not \
            declare gets a warning, since it can never be tagged.

            --json prints one JSON object: {"lexicon", "model" (absent with --model none), "files": [{"file", "comments", "precision", \
            "recall", "polarity", "themes": {"theme-id": {"gold", "predicted", "agreed", \
            "samePolarity", "precision", "recall"}}, "authors": {"customer" | "employee" | "no source": \
            {"comments", "precision", "recall", "polarity"}}, "misses": [{"id", "comment", "gold", "got"}]}]}.
            """
    )

    /// The name of the figures over every file, when there are several.
    static let allFiles = "all files"

    @Argument(help: "JSON Lines files of labelled comments.")
    var files: [String]

    @OptionGroup var lexicon: LexiconOption

    @Flag(help: "List the comments whose tags differ from their labels.")
    var misses = false

    @Flag(help: "Print the figures as one JSON object, for scripts.")
    var json = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one JSON Lines file of labelled comments") }
    }

    func run() throws {
        let tagger = try lexicon.tagger()
        let parts = try LabelledComments.read(files, nothing: "scored")
        let declared = Set(tagger.lexicon.themes)
        let unknown = Set(parts.flatMap { $0.comments.flatMap(\.gold.keys) }).subtracting(declared)
        for theme in unknown.sorted() {
            Output.error("warning: the labels use theme \"\(theme.id)\", which lexicon \(tagger.lexicon.version) does not declare: it can never be tagged")
        }

        var results = parts.map { Scored(file: $0.file, comments: $0.comments, tagger: tagger) }
        if results.count > 1 { results.append(Scored(file: Self.allFiles, comments: parts.flatMap(\.comments), tagger: tagger)) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let report = JSONReport(lexicon: tagger.lexicon.version, model: tagger.model?.version, files: results.map { $0.json(misses: misses && $0.file != Self.allFiles) })
            Output.line(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        Output.line("lexicon \(tagger.lexicon.version), " + (tagger.model.map { "model \($0.version)" } ?? "no model"))
        for result in results {
            Output.line(result.scores.report(result.file))
            result.authorLines.forEach(Output.line)
            if misses && result.file != Self.allFiles {
                Output.line("  misses (\(result.misses.count)):")
                for miss in result.misses {
                    Output.line("    \(miss.id) \(miss.comment)\n        labelled \(TagText.describe(miss.gold))  got \(TagText.describe(miss.got))")
                }
            }
        }
    }

    /// One file (or all of them) tagged and scored.
    struct Scored {
        /// A comment whose tags differ from its labels.
        struct Miss: Encodable {
            let id: String
            let comment: String
            let gold: [Theme: Polarity]
            let got: [Theme: Polarity]
        }
        let file: String
        var scores = TagScores()
        /// The scores of the comments of each author ("customer", "employee"; "no source" for lines without one).
        var byAuthor: [String: TagScores] = [:]
        var misses: [Miss] = []

        init(file: String, comments: [LabelledComment], tagger: ThemeTagger) {
            self.file = file
            for labelled in comments {
                let got = tagger.tag(labelled.comment, by: labelled.author ?? .customer)
                scores.add(gold: labelled.gold, predicted: got)
                byAuthor[labelled.author?.rawValue ?? Self.noSource, default: TagScores()].add(gold: labelled.gold, predicted: got)
                if got != labelled.gold { misses.append(Miss(id: labelled.id, comment: labelled.comment, gold: labelled.gold, got: got)) }
            }
        }

        static let noSource = "no source"

        /// One line of the three figures for each author, when the comments have more than one.
        var authorLines: [String] {
            guard byAuthor.count > 1 else { return [] }
            return byAuthor.keys.sorted().map { author in
                let scores = byAuthor[author] ?? TagScores()
                return "  " + scores.figures("\(author) (\(scores.comments) comment\(scores.comments == 1 ? "" : "s"))")
            }
        }

        func json(misses withMisses: Bool) -> JSONReport.File {
            var themes: [String: JSONReport.Counts] = [:]
            for (theme, counts) in scores.themes { themes[theme.id] = JSONReport.Counts(counts) }
            let authors = byAuthor.mapValues {
                JSONReport.Figures(comments: $0.comments, precision: $0.all.precision, recall: $0.all.recall, polarity: $0.all.polarityAccuracy)
            }
            return JSONReport.File(
                file: file, comments: scores.comments, precision: scores.all.precision, recall: scores.all.recall,
                polarity: scores.all.polarityAccuracy, themes: themes, authors: authors,
                misses: withMisses ? misses : nil)
        }
    }

    /// The `--json` output.
    struct JSONReport: Encodable {
        struct Counts: Encodable {
            let gold: Int
            let predicted: Int
            let agreed: Int
            let samePolarity: Int
            let precision: Double
            let recall: Double
            init(_ counts: TagScores.Counts) {
                gold = counts.gold
                predicted = counts.predicted
                agreed = counts.agreed
                samePolarity = counts.samePolarity
                precision = counts.precision
                recall = counts.recall
            }
        }
        struct Figures: Encodable {
            let comments: Int
            let precision: Double
            let recall: Double
            let polarity: Double
        }
        struct File: Encodable {
            let file: String
            let comments: Int
            let precision: Double
            let recall: Double
            let polarity: Double
            let themes: [String: Counts]
            let authors: [String: Figures]
            let misses: [Scored.Miss]?
        }
        let lexicon: String
        let model: String?
        let files: [File]
    }
}
