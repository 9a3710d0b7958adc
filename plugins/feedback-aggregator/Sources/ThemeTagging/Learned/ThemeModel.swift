import Foundation

/// The learned reader: a logistic model per theme, trained on labelled comments by
/// ``ThemeModelTrainer`` (`rapport themes train`), that revises the lexicon's tags: it adds a theme the
/// lexicon's phrases missed, withdraws one they misread, and turns a polarity it reads the other way.
///
/// The lexicon reads judgements it has a phrase for, precisely; comments judge far more ways than any
/// lexicon lists ("the tin says interior only", "three visits to get one part fitted"). The model weighs
/// the comment's words, word pairs and stems with what the lexicon read (``CommentFeatures``) and gives,
/// for each theme, the probability that the comment judges it, and the probability that a judgement of it
/// is praise. ``ThemeTagger`` adds a theme the lexicon did not tag when the first reaches ``threshold``;
/// its polarity is the way the lexicon's net judgement of the theme leans, or the model's when the lexicon
/// read nothing of it. It withdraws a tag the lexicon gave when the probability falls below ``keep``
/// (the model has learnt, from what the lexicon tagged wrongly, which of its readings are traps), and
/// turns a tag's polarity when it is at least ``turn`` sure of the other one (it weighs the lexicon's
/// lean too, so it turns a tag only where the words outweigh it).
///
/// Measured on labelled sets the model never saw, in the plugin's README: it adds precision and recall.
/// The default model ships built in (``default``), trained on the plugin's development sets; `rapport
/// themes train` makes one from a shop's own labelled comments.
public struct ThemeModel: Sendable, Equatable {
    /// The model's version, published with the lexicon's on each `rapport.feedback.tagged` event.
    public let version: String
    /// The version of the lexicon whose readings it was trained with.
    public let lexiconVersion: String
    /// The probability a theme the lexicon did not tag needs to be added.
    public let threshold: Double
    /// The probability a theme the lexicon tagged needs to keep its tag; 0 keeps every tag (models made
    /// before withdrawing was measured to help have no `keep` setting).
    public let keep: Double
    /// The probability of the other polarity a lexicon tag needs for the model to turn it; 1 turns none
    /// (models made before turning was measured to help have no `turn` setting).
    public let turn: Double
    /// The themes it reads, in the order of its weights.
    public let themes: [Theme]
    /// The kinds of feature it weighs: a tagger reads the lexicon's classes of words (``LexiconCues``)
    /// only for a model that weighs them.
    public let kinds: Set<FeatureKind>
    /// What it was trained on, for people: the files and how many comments.
    public let trainedOn: String

    /// The feature that holds the intercepts.
    static let bias = "bias"

    /// The features that carry a weight, sorted by the hash of their name (``FeatureHash``): a comment's
    /// hashes are found by binary search in ``keys``. A dictionary keyed by hash spent a tenth of tagging
    /// time hashing its keys (by perf); the search tagged within the noise of it by CPU time, and keeps the
    /// weights in one block of memory.
    let names: [String]
    private let keys: [UInt64]
    /// Each feature's row, in the order of ``names``, then the intercepts: a row holds one weight for each
    /// theme being judged, then one for each theme being praised.
    private let table: [Double]

    /// A model from its parts (``ThemeModelTrainer`` makes them); `weights` rows hold `2 × themes.count`
    /// numbers, the row named ``bias`` the intercepts. Of two features whose names share a hash (a chance
    /// of about one in 10¹² for a model of this size) only the first by name is kept; a model file with
    /// such a pair is refused when read.
    init(
        version: String, lexiconVersion: String, threshold: Double, keep: Double = 0, turn: Double = 1, themes: [Theme],
        kinds: Set<FeatureKind> = Set(FeatureKind.allCases), trainedOn: String, weights: [String: [Double]]
    ) {
        self.version = version
        self.lexiconVersion = lexiconVersion
        self.threshold = threshold
        self.keep = keep
        self.turn = turn
        self.themes = themes
        self.kinds = kinds
        self.trainedOn = trainedOn
        let width = 2 * themes.count
        let entries = weights.keys.filter { $0 != Self.bias }.map { (key: FeatureHash.of($0), name: $0) }
            .sorted { ($0.key, $0.name) < ($1.key, $1.name) }
        var names: [String] = []
        var keys: [UInt64] = []
        var table: [Double] = []
        for entry in entries where entry.key != keys.last {
            names.append(entry.name)
            keys.append(entry.key)
            table += weights[entry.name] ?? Array(repeating: 0, count: width)
        }
        table += weights[Self.bias] ?? Array(repeating: 0, count: width)
        self.names = names
        self.keys = keys
        self.table = table
    }

    /// Each feature's weights, and the intercepts under ``bias``, as ``init`` took them.
    var weights: [String: [Double]] {
        let width = 2 * themes.count
        var weights: [String: [Double]] = [Self.bias: Array(table[(names.count * width)...])]
        for (index, name) in names.enumerated() { weights[name] = Array(table[(index * width)..<((index + 1) * width)]) }
        return weights
    }

    /// Models are the same when their settings and weights are.
    public static func == (lhs: ThemeModel, rhs: ThemeModel) -> Bool {
        lhs.version == rhs.version && lhs.lexiconVersion == rhs.lexiconVersion && lhs.threshold == rhs.threshold
            && lhs.keep == rhs.keep && lhs.turn == rhs.turn && lhs.themes == rhs.themes && lhs.kinds == rhs.kinds
            && lhs.trainedOn == rhs.trainedOn
            && lhs.names == rhs.names && lhs.table == rhs.table
    }

    /// What the model reads in a comment with `features`: for each theme, the probability that it is
    /// judged, and that the judgement is praise.
    public func read(_ features: Set<String>) -> [Theme: (judged: Double, praise: Double)] {
        let sums = self.sums(Self.hashes(features))
        var result: [Theme: (judged: Double, praise: Double)] = [:]
        for (index, theme) in themes.enumerated() {
            result[theme] = (Self.logistic(sums[index]), Self.logistic(sums[themes.count + index]))
        }
        return result
    }

    /// The hashes of `features`' names, sorted.
    static func hashes(_ features: Set<String>) -> [UInt64] {
        Array(Set(features.map(FeatureHash.of))).sorted()
    }

    /// The intercepts plus the rows of the features whose name hashes are `hashes` (sorted, each once), in
    /// that order, so a comment's sums are the same on every run.
    private func sums(_ hashes: [UInt64]) -> [Double] {
        let width = 2 * themes.count
        var sums = Array(table[(table.count - width)...])
        table.withUnsafeBufferPointer { table in
            keys.withUnsafeBufferPointer { keys in
                var low = 0
                for hash in hashes {
                    // The hashes ascend, so each search starts where the last one ended.
                    var high = keys.count
                    while low < high {
                        let middle = (low + high) / 2
                        if keys[middle] < hash { low = middle + 1 } else { high = middle }
                    }
                    guard low < keys.count, keys[low] == hash else { continue }
                    let start = low * width
                    for index in 0..<width { sums[index] += table[start + index] }
                }
            }
        }
        return sums
    }

    /// What the model changes in the lexicon's `tags` of a comment with features named `features` and
    /// nets `net`: only themes in `allowed` (the lexicon's) are added.
    func revision(of tags: [Theme: Polarity], net: [Theme: Double], features: Set<String>, allowed: Set<Theme>) -> Revision {
        revision(of: tags, net: net, hashes: Self.hashes(features), allowed: allowed)
    }

    /// ``revision(of:net:features:allowed:)`` for features given by the hashes of their names, sorted,
    /// each once (``CommentFeatures/hashes(_:by:tags:net:themes:cues:)``).
    func revision(of tags: [Theme: Polarity], net: [Theme: Double], hashes: [UInt64], allowed: Set<Theme>) -> Revision {
        let sums = self.sums(hashes)
        var revision = Revision()
        for (index, theme) in themes.enumerated() {
            let judged = Self.logistic(sums[index])
            let praise = sums[themes.count + index]
            if let tagged = tags[theme] {
                // The other polarity's log-odds: turned only when strictly more likely than the tag's own
                // (a tie, such as a theme with no labelled judgement, turns nothing) and at least `turn`
                // likely; `turn` 1 turns nothing, though the logistic of a large sum rounds to 1.
                let other = tagged == .positive ? -praise : praise
                if keep > 0, judged < keep {
                    revision.withdrawn[theme] = judged
                } else if turn < 1, other > 0, Self.logistic(other) >= turn {
                    revision.turned[theme] = (tagged.flipped, Self.logistic(praise))
                }
                continue
            }
            guard allowed.contains(theme), judged >= threshold else { continue }
            let lean = CommentFeatures.lean(net[theme])
            let polarity = lean ?? (praise >= 0 ? .positive : .negative)
            revision.added[theme] = (polarity, judged)
        }
        return revision
    }

    /// What the model changes in a comment's lexicon tags.
    struct Revision {
        /// Themes the lexicon did not tag, with their polarity and the probability that they are judged.
        var added: [Theme: (polarity: Polarity, probability: Double)] = [:]
        /// Themes the lexicon tagged, with the probability (below ``keep``) that they are judged.
        var withdrawn: [Theme: Double] = [:]
        /// Themes the lexicon tagged whose polarity the model turned, with the new polarity and the
        /// probability it gave that the judgement is praise.
        var turned: [Theme: (polarity: Polarity, praise: Double)] = [:]

        /// `tags` with the additions, with the turned ones turned and without the withdrawn themes (a
        /// theme is in at most one of the three: ``ThemeModel/revision(of:net:hashes:allowed:)`` adds only
        /// untagged themes, and withdraws or turns a tagged one).
        func applied(to tags: [Theme: Polarity]) -> [Theme: Polarity] {
            var tags = tags
            for (theme, addition) in added { tags[theme] = addition.polarity }
            for (theme, turning) in turned { tags[theme] = turning.polarity }
            return tags.filter { withdrawn[$0.key] == nil }
        }
    }

    static func logistic(_ value: Double) -> Double { 1 / (1 + exp(-value)) }

    /// How many features carry a weight, and how many of their weights are not zero (the intercepts
    /// aside).
    public var size: (features: Int, weights: Int) {
        (names.count, table.prefix(names.count * 2 * themes.count).filter { $0 != 0 }.count)
    }
}
