import Testing
import ThemeTagging

/// Measures the tagger on the labelled set and fails below the floors recorded in the plugin README's
/// "Measured on the labelled set" section, which also holds each part's figures by lexicon. The development
/// parts print their misses; the holdout part prints only its figures, and the sealed parts (`probe5.jsonl`,
/// `probe9.jsonl`, `probe10.jsonl`, `probe12.jsonl`, `probe15.jsonl`, `probe17.jsonl`, `probe20.jsonl`, `probe30.jsonl`, `probe34.jsonl`, `probe40.jsonl`) only their three figures. Each comment is
/// tagged with the author its `source` names, as the plugin does, by the shipped tagger: lexicon 2026.12-10 and the learned reader
/// (model 2026-12-07.7). The model was trained on the development parts and all but learns them by heart (0.999 / 0.996 / 0.990
/// on the 8,233 comments), so their floors guard against a broken reading, not measure one; the holdout and sealed parts are the
/// measure of comments it never saw.
@Suite("Labelled set")
struct LabelledSetTests {
    /// The lowest figures each part may reach: the README's floors, a little below what was measured.
    struct Floor {
        let precision: Double
        let recall: Double
        let polarity: Double
    }

    /// Tuning part: 1.000 / 1.000 / 0.997 with lexicon 2026.12-10 and the model, 0.988 / 0.991 / 0.994 without.
    static let tuningFloor = Floor(precision: 0.98, recall: 0.98, polarity: 0.98)
    /// Holdout part (sealed: a stratified fifth of the original set): 0.899 / 0.866 / 0.972 with lexicon
    /// 2026.12-10 alone, 0.934 / 0.866 / 0.972 with the model; below the issue's recall target.
    static let holdoutFloor = Floor(precision: 0.92, recall: 0.83, polarity: 0.96)
    /// `probe.jsonl` (written after the tagger, used like the tuning part): 0.997 / 1.000 / 1.000 with 2026.12-10 and the model.
    static let probeFloor = Floor(precision: 0.98, recall: 0.98, polarity: 0.98)
    /// `probe2.jsonl` (ids `r`): 0.836 / 0.724 / 0.957 untouched (2026.12-1); 1.000 / 1.000 / 0.995 with 2026.12-10 and the model.
    static let probe2Floor = Floor(precision: 0.98, recall: 0.98, polarity: 0.97)
    /// `probe3.jsonl` (ids `s`): 0.819 / 0.735 / 0.918 untouched (2026.12-2); 1.000 / 0.996 / 0.992 with 2026.12-10 and the model.
    static let probe3Floor = Floor(precision: 0.98, recall: 0.97, polarity: 0.98)

    /// A part of the labelled set measured by one of the parameterised tests below (a development part prints
    /// its misses, a sealed part only its three figures): its file and its floor.
    struct Part: Sendable, CustomTestStringConvertible {
        let file: String
        let floor: Floor
        var testDescription: String { file }
    }

    /// Development sets written from the labelled README's rules by helpers who had not seen the tagger, scored
    /// untouched, then used like the tuning part and trained on. With lexicon 2026.12-10 and the model (the lexicon
    /// alone in brackets; the plugin README has each set's untouched figures): `probe4.jsonl` 1.000 / 1.000 / 1.000
    /// (0.922 / 0.893 / 0.996), `probe6.jsonl` 1.000 / 0.997 / 0.985 (0.879 / 0.855 / 0.960), `probe7.jsonl` 1.000 /
    /// 1.000 / 0.989 (0.931 / 0.926 / 0.991), `probe8.jsonl` 1.000 / 0.997 / 0.980 (0.887 / 0.795 / 0.971),
    /// `probe11.jsonl` 1.000 / 1.000 / 0.993 (0.897 / 0.808 / 0.960), `probe13.jsonl` 1.000 / 0.995 / 0.984 (0.833 /
    /// 0.775 / 0.933), `probe14.jsonl` 1.000 / 0.997 / 0.981 (0.857 / 0.822 / 0.939), `probe16.jsonl` 1.000 / 0.998 /
    /// 0.981 (0.857 / 0.773 / 0.912), `probe18.jsonl` 0.997 / 1.000 / 0.997 (0.787 / 0.721 / 0.946), `probe19.jsonl`
    /// 1.000 / 0.997 / 0.987 (0.854 / 0.784 / 0.954), `probe21.jsonl` 1.000 / 0.997 / 0.997 (0.833 / 0.752 / 0.925),
    /// `probe22.jsonl` 0.997 / 1.000 / 0.994 (0.848 / 0.756 / 0.956), `probe23.jsonl` 1.000 / 0.997 / 0.991 (0.811 /
    /// 0.650 / 0.945), `probe24.jsonl` 0.997 / 1.000 / 0.990 (0.794 / 0.764 / 0.956), `probe25.jsonl` 0.997 / 1.000 /
    /// 0.987 (0.848 / 0.748 / 0.940), `probe26.jsonl` 0.997 / 0.997 / 0.993 (0.841 / 0.835 / 0.956), `probe27.jsonl`
    /// 1.000 / 1.000 / 0.984 (0.800 / 0.699 / 0.921), `probe28.jsonl` 1.000 / 0.987 / 0.990 (0.825 / 0.762 / 0.934),
    /// `probe29.jsonl` 1.000 / 0.993 / 0.996 (0.766 / 0.753 / 0.949), `probe31.jsonl` 0.994 / 1.000 / 0.984 (0.849 /
    /// 0.766 / 0.975), `probe32.jsonl` 0.996 / 1.000 / 1.000 (0.826 / 0.799 / 0.977), `probe33.jsonl` 1.000 / 0.996 /
    /// 0.989 (0.805 / 0.762 / 0.926), `probe35.jsonl` 0.997 / 0.990 / 0.994 (0.764 / 0.693 / 0.945), `probe36.jsonl`
    /// 0.997 / 0.993 / 0.993 (0.784 / 0.730 / 0.915), and, written after model 2026-12-07.5 and trained on since,
    /// `probe37.jsonl` 1.000 / 0.993 / 0.990 (0.756 / 0.728 / 0.927), `probe38.jsonl` 0.997 / 0.991 / 0.994 (0.810 /
    /// 0.732 / 0.916), `probe39.jsonl` 1.000 / 0.993 / 0.993 (0.828 / 0.729 / 0.955), `probe41.jsonl` 1.000 / 0.984 /
    /// 0.983 (0.819 / 0.697 / 0.915), `probe42.jsonl` 0.996 / 0.989 / 0.993 (0.805 / 0.740 / 0.915), `probe43.jsonl`
    /// 1.000 / 1.000 / 0.979 (0.811 / 0.750 / 0.924).
    static let developmentParts = [
        Part(file: "probe4.jsonl", floor: Floor(precision: 0.98, recall: 0.98, polarity: 0.98)),
        Part(file: "probe6.jsonl", floor: Floor(precision: 0.98, recall: 0.97, polarity: 0.96)),
        Part(file: "probe7.jsonl", floor: Floor(precision: 0.98, recall: 0.98, polarity: 0.97)),
        Part(file: "probe8.jsonl", floor: Floor(precision: 0.98, recall: 0.98, polarity: 0.95)),
        Part(file: "probe11.jsonl", floor: Floor(precision: 0.98, recall: 0.98, polarity: 0.97)),
        Part(file: "probe13.jsonl", floor: Floor(precision: 0.98, recall: 0.97, polarity: 0.96)),
        Part(file: "probe14.jsonl", floor: Floor(precision: 0.98, recall: 0.98, polarity: 0.96)),
        Part(file: "probe16.jsonl", floor: Floor(precision: 0.98, recall: 0.98, polarity: 0.95)),
        Part(file: "probe18.jsonl", floor: Floor(precision: 0.98, recall: 0.98, polarity: 0.97)),
        Part(file: "probe19.jsonl", floor: Floor(precision: 0.98, recall: 0.97, polarity: 0.97)),
        Part(file: "probe21.jsonl", floor: Floor(precision: 0.98, recall: 0.97, polarity: 0.97)),
        Part(file: "probe22.jsonl", floor: Floor(precision: 0.97, recall: 0.98, polarity: 0.97)),
        Part(file: "probe23.jsonl", floor: Floor(precision: 0.98, recall: 0.97, polarity: 0.97)),
        Part(file: "probe24.jsonl", floor: Floor(precision: 0.97, recall: 0.97, polarity: 0.96)),
        Part(file: "probe25.jsonl", floor: Floor(precision: 0.97, recall: 0.98, polarity: 0.97)),
        Part(file: "probe26.jsonl", floor: Floor(precision: 0.97, recall: 0.97, polarity: 0.97)),
        Part(file: "probe27.jsonl", floor: Floor(precision: 0.98, recall: 0.98, polarity: 0.96)),
        Part(file: "probe28.jsonl", floor: Floor(precision: 0.98, recall: 0.96, polarity: 0.96)),
        Part(file: "probe29.jsonl", floor: Floor(precision: 0.98, recall: 0.97, polarity: 0.97)),
        Part(file: "probe31.jsonl", floor: Floor(precision: 0.97, recall: 0.97, polarity: 0.97)),
        Part(file: "probe32.jsonl", floor: Floor(precision: 0.97, recall: 0.98, polarity: 0.98)),
        Part(file: "probe33.jsonl", floor: Floor(precision: 0.98, recall: 0.97, polarity: 0.97)),
        Part(file: "probe35.jsonl", floor: Floor(precision: 0.98, recall: 0.96, polarity: 0.98)),
        Part(file: "probe36.jsonl", floor: Floor(precision: 0.98, recall: 0.97, polarity: 0.95)),
        Part(file: "probe37.jsonl", floor: Floor(precision: 0.98, recall: 0.97, polarity: 0.96)),
        Part(file: "probe38.jsonl", floor: Floor(precision: 0.98, recall: 0.96, polarity: 0.97)),
        Part(file: "probe39.jsonl", floor: Floor(precision: 0.98, recall: 0.97, polarity: 0.97)),
        Part(file: "probe41.jsonl", floor: Floor(precision: 0.98, recall: 0.96, polarity: 0.96)),
        Part(file: "probe42.jsonl", floor: Floor(precision: 0.98, recall: 0.96, polarity: 0.96)),
        Part(file: "probe43.jsonl", floor: Floor(precision: 0.98, recall: 0.98, polarity: 0.95)),
    ]

    /// Sealed sets written from the labelled README's rules by helpers who had not seen the tagger: never read, their
    /// parts print the three figures only (no misses, no per-theme table) and run like the holdout part, once at the
    /// end of a round. With lexicon 2026.12-10 and the model (the lexicon alone in brackets): `probe5.jsonl` 0.884 /
    /// 0.878 / 0.948 (0.858 / 0.822 / 0.949), `probe9.jsonl` 0.888 / 0.824 / 0.941 (0.830 / 0.727 / 0.957),
    /// `probe10.jsonl` 0.871 / 0.840 / 0.912 (0.812 / 0.759 / 0.918), `probe12.jsonl` 0.823 / 0.821 / 0.931 (0.803 /
    /// 0.718 / 0.940), `probe15.jsonl` 0.863 / 0.801 / 0.925 (0.799 / 0.720 / 0.936), `probe17.jsonl` 0.903 / 0.866 /
    /// 0.964 (0.861 / 0.745 / 0.954), `probe20.jsonl` 0.885 / 0.839 / 0.931 (0.799 / 0.768 / 0.916), `probe30.jsonl`
    /// 0.890 / 0.878 / 0.969 (0.824 / 0.779 / 0.983), `probe34.jsonl` 0.891 / 0.835 / 0.941 (0.827 / 0.740 / 0.943),
    /// `probe40.jsonl` 0.840 / 0.713 / 0.945 (0.799 / 0.659 / 0.931).
    static let sealedParts = [
        Part(file: "probe5.jsonl", floor: Floor(precision: 0.86, recall: 0.85, polarity: 0.92)),
        Part(file: "probe9.jsonl", floor: Floor(precision: 0.86, recall: 0.80, polarity: 0.92)),
        Part(file: "probe10.jsonl", floor: Floor(precision: 0.85, recall: 0.81, polarity: 0.90)),
        Part(file: "probe12.jsonl", floor: Floor(precision: 0.79, recall: 0.79, polarity: 0.91)),
        Part(file: "probe15.jsonl", floor: Floor(precision: 0.83, recall: 0.78, polarity: 0.91)),
        Part(file: "probe17.jsonl", floor: Floor(precision: 0.88, recall: 0.84, polarity: 0.94)),
        Part(file: "probe20.jsonl", floor: Floor(precision: 0.86, recall: 0.81, polarity: 0.91)),
        Part(file: "probe30.jsonl", floor: Floor(precision: 0.87, recall: 0.85, polarity: 0.94)),
        Part(file: "probe34.jsonl", floor: Floor(precision: 0.86, recall: 0.81, polarity: 0.92)),
        Part(file: "probe40.jsonl", floor: Floor(precision: 0.81, recall: 0.68, polarity: 0.92)),
    ]

    let tagger = Shared.tagger

    @Test("Development parts: figures, misses, and their floors", arguments: developmentParts)
    func developmentPart(_ part: Part) throws {
        let scores = try measure(part.file, printingMisses: true)
        check(scores, against: part.floor)
    }

    @Test("Sealed parts: the three figures only, and their floors", arguments: sealedParts)
    func sealedPart(_ part: Part) throws {
        let scores = try measure(part.file, printingMisses: false, figuresOnly: true)
        check(scores, against: part.floor)
    }

    @Test("Tuning part: figures, misses, and the README floor")
    func tuningPart() throws {
        let scores = try measure("tuning.jsonl", printingMisses: true)
        check(scores, against: Self.tuningFloor)
    }

    @Test("Probe part: figures, misses, and its floor")
    func probePart() throws {
        let scores = try measure("probe.jsonl", printingMisses: true)
        check(scores, against: Self.probeFloor)
    }

    @Test("Probe2 part: figures, misses, and its floor")
    func probe2Part() throws {
        let scores = try measure("probe2.jsonl", printingMisses: true)
        check(scores, against: Self.probe2Floor)
    }

    @Test("Probe3 part: figures, misses, and its floor")
    func probe3Part() throws {
        let scores = try measure("probe3.jsonl", printingMisses: true)
        check(scores, against: Self.probe3Floor)
    }

    @Test("Holdout part: figures and the README floor")
    func holdoutPart() throws {
        let scores = try measure("holdout.jsonl", printingMisses: false)
        check(scores, against: Self.holdoutFloor)
    }

    private func measure(_ file: String, printingMisses: Bool, figuresOnly: Bool = false) throws -> TagScores {
        var scores = TagScores()
        var misses: [String] = []
        for labelled in try LabelledSet.comments(file) {
            let gold = labelled.gold
            let predicted = tagger.tag(labelled.comment, by: CommentAuthor(source: labelled.source) ?? .customer)
            scores.add(gold: gold, predicted: predicted)
            if printingMisses && gold != predicted {
                misses.append("  \(labelled.id) \(labelled.comment)\n      gold \(describe(gold))  got \(describe(predicted))")
            }
        }
        print(figuresOnly ? scores.figures(file) : scores.report(file))
        if printingMisses { print("misses (\(misses.count)):\n" + misses.joined(separator: "\n")) }
        return scores
    }

    private func check(_ scores: TagScores, against floor: Floor) {
        #expect(scores.all.precision >= floor.precision)
        #expect(scores.all.recall >= floor.recall)
        #expect(scores.all.polarityAccuracy >= floor.polarity)
    }

    private func describe(_ tags: [Theme: Polarity]) -> String {
        tags.isEmpty ? "{}" : tags.keys.sorted().map { "\($0.id)\(tags[$0] == .positive ? "+" : "-")" }
            .joined(separator: " ")
    }
}
