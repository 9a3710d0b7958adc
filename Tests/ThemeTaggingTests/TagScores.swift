import Foundation
import ThemeTagging

/// Micro precision and recall of (comment, theme) tags and polarity accuracy on the tags both agree on.
struct TagScores: Sendable {
    /// Counts for one theme or for all.
    struct Counts: Sendable {
        var gold = 0
        var predicted = 0
        var agreed = 0
        var samePolarity = 0

        var precision: Double { predicted == 0 ? 1 : Double(agreed) / Double(predicted) }
        var recall: Double { gold == 0 ? 1 : Double(agreed) / Double(gold) }
        var polarityAccuracy: Double { agreed == 0 ? 1 : Double(samePolarity) / Double(agreed) }
    }

    var comments = 0
    var all = Counts()
    var themes: [Theme: Counts] = [:]

    /// Adds one comment's gold and predicted tags.
    mutating func add(gold: [Theme: Polarity], predicted: [Theme: Polarity]) {
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
    func report(_ name: String) -> String {
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
    func figures(_ name: String) -> String {
        "\(name): precision \(format(all.precision))  recall \(format(all.recall))  "
            + "polarity accuracy \(format(all.polarityAccuracy))"
    }

    private func format(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}
