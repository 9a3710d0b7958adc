import Foundation

/// How well tags agree with hand-labelled ("gold") ones: micro precision and recall of (comment, theme)
/// tags, and polarity accuracy on the tags both contain. The labelled-set tests and `rapport themes score`
/// measure with it.
public struct TagScores: Sendable {
    /// Counts for one theme or for all.
    public struct Counts: Sendable, Equatable {
        /// Tags in the gold labels.
        public var gold = 0
        /// Tags the tagger gave.
        public var predicted = 0
        /// Tags in both (whatever their polarity).
        public var agreed = 0
        /// Agreed tags with the same polarity in both.
        public var samePolarity = 0

        /// Agreed over predicted; 1 when nothing was predicted.
        public var precision: Double { predicted == 0 ? 1 : Double(agreed) / Double(predicted) }
        /// Agreed over gold; 1 when there was nothing to find.
        public var recall: Double { gold == 0 ? 1 : Double(agreed) / Double(gold) }
        /// Same polarity over agreed; 1 when nothing was agreed.
        public var polarityAccuracy: Double { agreed == 0 ? 1 : Double(samePolarity) / Double(agreed) }
    }

    /// Comments added.
    public private(set) var comments = 0
    /// The counts over every theme.
    public private(set) var all = Counts()
    /// The counts of each theme that was in the gold labels or predicted.
    public private(set) var themes: [Theme: Counts] = [:]

    /// No comments yet.
    public init() {}

    /// Adds one comment's gold and predicted tags.
    public mutating func add(gold: [Theme: Polarity], predicted: [Theme: Polarity]) {
        comments += 1
        for theme in Set(gold.keys).union(predicted.keys) {
            var counts = themes[theme] ?? Counts()
            let inGold = gold[theme] != nil
            let inPredicted = predicted[theme] != nil
            if inGold { counts.gold += 1; all.gold += 1 }
            if inPredicted { counts.predicted += 1; all.predicted += 1 }
            if inGold && inPredicted {
                counts.agreed += 1
                all.agreed += 1
                if gold[theme] == predicted[theme] {
                    counts.samePolarity += 1
                    all.samePolarity += 1
                }
            }
            themes[theme] = counts
        }
    }

    /// A printable report: the totals, then precision and recall for each theme.
    public func report(_ name: String) -> String {
        var lines = [
            "\(name): \(comments) comments, \(all.gold) gold tags, \(all.predicted) predicted tags, \(all.agreed) agreed",
            "  micro precision \(format(all.precision))  recall \(format(all.recall))  "
                + "polarity accuracy \(format(all.polarityAccuracy)) (\(all.samePolarity)/\(all.agreed))",
        ]
        for theme in themes.keys.sorted() {
            let counts = themes[theme] ?? Counts()
            lines.append("  \(theme.id.padding(toLength: 16, withPad: " ", startingAt: 0)) "
                + "P \(format(counts.precision))  R \(format(counts.recall))  "
                + "(gold \(counts.gold), predicted \(counts.predicted), agreed \(counts.agreed), "
                + "same polarity \(counts.samePolarity))")
        }
        return lines.joined(separator: "\n")
    }

    /// The three figures alone: micro precision, recall and polarity accuracy.
    public func figures(_ name: String) -> String {
        "\(name): precision \(format(all.precision))  recall \(format(all.recall))  "
            + "polarity accuracy \(format(all.polarityAccuracy))"
    }

    private func format(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}
