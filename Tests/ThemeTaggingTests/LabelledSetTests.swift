import Testing
import ThemeTagging

/// Measures the tagger on the labelled set and fails below the floors recorded in the plugin README's
/// "Measured" section. The tuning and probe parts print their misses; the holdout part prints only its figures,
/// and the sealed parts (`probe5.jsonl`, `probe9.jsonl`) only their three figures.
@Suite("Labelled set")
struct LabelledSetTests {
    /// The lowest figures each part may reach: the README's floors, a little below what was measured.
    struct Floor {
        let precision: Double
        let recall: Double
        let polarity: Double
    }

    /// README "Measured": tuning measured 0.988 / 0.988 / 0.994 (lexicon 2026.12-1), 0.988 / 0.991 / 0.994
    /// (2026.12-2, and again with 2026.12-3, 2026.12-4, 2026.12-5, 2026.12-6 and 2026.12-7).
    static let tuningFloor = Floor(precision: 0.97, recall: 0.97, polarity: 0.98)
    /// README "Measured": holdout measured 0.877 / 0.780 / 0.938 with lexicon 2026.12-1, 0.880 / 0.805 / 0.955
    /// with 2026.12-2 and again with 2026.12-3, 0.895 / 0.829 / 0.956 with 2026.12-4, 0.895 / 0.829 / 0.971 with
    /// 2026.12-5 and 0.887 / 0.866 / 0.972 with 2026.12-6 and 2026.12-7 (each one run, at the end of its round), still below the issue's precision and recall targets.
    static let holdoutFloor = Floor(precision: 0.87, recall: 0.80, polarity: 0.95)

    /// The development probe set (`probe.jsonl`, written after the tagger from the issue's rules and used
    /// for development like the tuning part): measured 0.961 / 0.944 / 0.993 with lexicon 2026.12-1, 0.969 /
    /// 0.969 / 0.996 with 2026.12-2, 0.972 / 0.969 / 0.996 with 2026.12-4, 0.972 / 0.969 / 1.000 with 2026.12-5,
    /// 0.972 / 0.972 / 1.000 with 2026.12-6 and 2026.12-7.
    static let probeFloor = Floor(precision: 0.94, recall: 0.93, polarity: 0.97)

    /// The second probe set (`probe2.jsonl`, written from the issue's rules by a helper who had not seen the
    /// tagger): measured 0.836 / 0.724 / 0.957 before it was read (lexicon 2026.12-1), and 0.923 / 0.940 /
    /// 0.986 after the general changes of lexicon 2026.12-2 (developed on it, like the probe part); 0.923 / 0.942 /
    /// 0.986 with 2026.12-4 and 2026.12-5, 0.926 / 0.948 / 0.992 with 2026.12-6 and 2026.12-7.
    static let probe2Floor = Floor(precision: 0.90, recall: 0.92, polarity: 0.97)

    /// The third probe set (`probe3.jsonl`, ids `s`, written from the issue's rules by a helper who had not seen
    /// the tagger): measured 0.819 / 0.735 / 0.918 before it was read (lexicon 2026.12-2), and 0.923 / 0.947 /
    /// 0.984 after the general changes of lexicon 2026.12-3 (developed on it, like the probe parts), and the same
    /// with 2026.12-4 and 2026.12-5; 0.929 / 0.947 / 0.988 with 2026.12-6 and 2026.12-7.
    static let probe3Floor = Floor(precision: 0.90, recall: 0.92, polarity: 0.96)

    /// A part of the labelled set measured by one of the parameterised tests below (a development part prints
    /// its misses, a sealed part only its three figures): its file and its floor.
    struct Part: Sendable, CustomTestStringConvertible {
        let file: String
        let floor: Floor
        var testDescription: String { file }
    }

    /// Development sets written from the labelled README's rules by helpers who had not seen the tagger,
    /// scored once before they were read, then used like the tuning part. `probe4.jsonl` (ids `t`): measured
    /// 0.801 / 0.672 / 0.977 before it was read (lexicon 2026.12-3), 0.899 / 0.871 / 0.996 after the general
    /// changes of lexicon 2026.12-4 (developed on it), 0.903 / 0.877 / 0.996 with 2026.12-5, 0.913 / 0.890 / 0.996
    /// with 2026.12-6 and 2026.12-7. `probe6.jsonl` (ids `v`, long survey and focus-group answers, judgements carried by verbs
    /// and outcomes): sealed when written, measured 0.814 / 0.701 / 0.885 untouched (lexicon 2026.12-4), then made
    /// a development part: 0.861 / 0.821 / 0.944 after the general changes of lexicon 2026.12-5 (developed on
    /// it), 0.875 / 0.843 / 0.960 with 2026.12-6, 0.878 / 0.843 / 0.960 with 2026.12-7. `probe7.jsonl` (ids `w`): sealed when written, measured 0.814 /
    /// 0.689 / 0.932 untouched (lexicon 2026.12-5), then made a development part: 0.920 / 0.917 / 0.991 after the
    /// general changes of lexicon 2026.12-6 (developed on it and on invented sentences), the same with 2026.12-7. `probe8.jsonl` (ids `x`;
    /// outcomes and deeds, text-speak): sealed when written, measured 0.796 / 0.643 / 0.946 untouched (lexicon
    /// 2026.12-5) and 0.816 / 0.666 / 0.957 with 2026.12-6 (still unread), then made a development part: 0.878 /
    /// 0.767 / 0.966 after the general changes of lexicon 2026.12-7 (developed on it and on invented sentences).
    static let developmentParts = [
        Part(file: "probe4.jsonl", floor: Floor(precision: 0.89, recall: 0.86, polarity: 0.97)),
        Part(file: "probe6.jsonl", floor: Floor(precision: 0.85, recall: 0.82, polarity: 0.94)),
        Part(file: "probe7.jsonl", floor: Floor(precision: 0.90, recall: 0.89, polarity: 0.97)),
        Part(file: "probe8.jsonl", floor: Floor(precision: 0.86, recall: 0.75, polarity: 0.95)),
    ]

    /// Sealed sets written from the labelled README's rules by helpers who had not seen the tagger: never
    /// read, their parts print the three figures only (no misses, no per-theme table) and run like the
    /// holdout part, at the start and the end of a round. `probe5.jsonl` (ids `u`): measured 0.853 / 0.790 /
    /// 0.929 before any change (lexicon 2026.12-3), 0.867 / 0.801 / 0.930 with 2026.12-4, 0.862 / 0.811 / 0.931
    /// with 2026.12-5, 0.853 / 0.815 / 0.944 with 2026.12-6 and 0.854 / 0.818 / 0.944 with 2026.12-7 (each one
    /// run, at the end of its round). `probe9.jsonl` (ids `y`; every kind of business and register, plain
    /// wording as well as implicit): measured 0.823 / 0.723 / 0.952 when added (lexicon 2026.12-6) and
    /// 0.823 / 0.723 / 0.957 with 2026.12-7.
    static let sealedParts = [
        Part(file: "probe5.jsonl", floor: Floor(precision: 0.84, recall: 0.79, polarity: 0.91)),
        Part(file: "probe9.jsonl", floor: Floor(precision: 0.80, recall: 0.70, polarity: 0.93)),
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
            let predicted = tagger.tag(labelled.comment, by: CommentAuthor(source: labelled.source))
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
