import Foundation

/// Trains a ``ThemeModel`` from labelled comments: for each theme, a logistic regression of whether a
/// comment judges it, and one, on the comments that judge it, of whether it praises it.
///
/// Batch gradient descent with Nesterov momentum and L2 regularisation, from zero weights, in a fixed
/// order: the same comments give the same model, so the shipped model can be checked against its
/// training data. It is written here rather than taken from a package because none of the packages
/// that resolve here trains a model; on the 8,233 development comments a debug build trains in about
/// 45 s (the test that retrains the shipped model).
public struct ThemeModelTrainer: Sendable {
    /// One labelled comment, read into features (``ThemeTagger/features(of:by:)``).
    public struct Example: Sendable {
        public let features: Set<String>
        public let themes: [Theme: Polarity]

        public init(features: Set<String>, themes: [Theme: Polarity]) {
            self.features = features
            self.themes = themes
        }
    }

    /// How the model is fitted.
    public struct Settings: Sendable, Equatable {
        /// Gradient steps.
        public var iterations = 600
        /// The size of a step.
        public var rate = 1.0
        /// How much of the last step each step of the regressions of whether a comment judges a theme
        /// carries on (Nesterov's momentum; 0 for plain descent).
        ///
        /// Plain descent had not converged in 600 steps, and that underfitted: on the leave-one-set-out
        /// folds (probe16–probe27) 600 plain steps gave 0.855 / 0.785 / 0.940 (L2 1), 6,000 gave 0.858 /
        /// 0.800 / 0.936 (L2 0.1); 600 steps at 0.9 with L2 0.3 reach the same (0.858 / 0.801 / 0.936) in
        /// the same time. The step size is near the edge for this momentum (the loss may rise for a step or
        /// two at the start); the logistic's gradient is bounded, so it cannot run away.
        public var momentum = 0.9
        /// The L2 penalty of the regressions of whether a comment judges a theme, as a count of comments'
        /// worth of evidence.
        public var l2 = 0.3
        /// The momentum of the regressions of which way a judged theme goes. They are fitted as before
        /// (plain descent, L2 1): with momentum 0.9 and L2 0.3 too, polarity accuracy on the same folds
        /// fell from 0.936 to 0.933.
        public var praiseMomentum = 0.0
        /// The L2 penalty of the regressions of which way a judged theme goes.
        public var praiseL2 = 1.0
        /// A feature must be seen in at least this many comments to get a weight.
        public var minimumCount = 2
        /// Weights smaller than this are dropped (they change no decision and make the file big).
        public var prune = 0.1
        /// The probability a theme the lexicon did not tag needs to be added (``ThemeModel/threshold``).
        public var threshold = 0.4
        /// The probability a theme the lexicon tagged needs to keep its tag (``ThemeModel/keep``).
        public var keep = 0.5
        /// The probability of the other polarity a lexicon tag needs to be turned (``ThemeModel/turn``).
        public var turn = 0.5

        public init() {}
    }

    public let settings: Settings

    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    /// A model of `themes` fitted to `examples`. `progress` is called after each theme's two models
    /// with the count done.
    public func train(
        _ examples: [Example], themes: [Theme], version: String, lexiconVersion: String, trainedOn: String,
        progress: (Int) -> Void = { _ in }
    ) -> ThemeModel {
        var counts: [String: Int] = [:]
        for example in examples { for feature in example.features { counts[feature, default: 0] += 1 } }
        let names = counts.filter { $0.value >= settings.minimumCount }.map(\.key).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
        let rows = examples.map { $0.features.compactMap { index[$0] }.sorted() }

        var columns = Array(repeating: Array(repeating: 0.0, count: 2 * themes.count), count: names.count)
        var bias = Array(repeating: 0.0, count: 2 * themes.count)
        for (position, theme) in themes.enumerated() {
            let judged = fit(
                rows: rows, labels: examples.map { $0.themes[theme] != nil ? 1 : 0 }, width: names.count,
                momentum: settings.momentum, l2: settings.l2)
            let judging = examples.indices.filter { examples[$0].themes[theme] != nil }
            let praised = fit(
                rows: judging.map { rows[$0] }, labels: judging.map { examples[$0].themes[theme] == .positive ? 1 : 0 },
                width: names.count, momentum: settings.praiseMomentum, l2: settings.praiseL2)
            for column in names.indices {
                columns[column][position] = kept(judged.weights[column])
                columns[column][themes.count + position] = kept(praised.weights[column])
            }
            bias[position] = judged.bias
            bias[themes.count + position] = praised.bias
            progress(position + 1)
        }
        var weights: [String: [Double]] = [ThemeModel.bias: bias.map(Self.rounded)]
        for (column, name) in names.enumerated() where columns[column].contains(where: { $0 != 0 }) {
            weights[name] = columns[column]
        }
        return ThemeModel(
            version: version, lexiconVersion: lexiconVersion, threshold: settings.threshold, keep: settings.keep, turn: settings.turn, themes: themes,
            trainedOn: trainedOn, weights: weights)
    }

    /// A weight as kept: zero below ``Settings/prune``, else rounded to two decimals, as the file holds it.
    private func kept(_ weight: Double) -> Double {
        abs(weight) < settings.prune ? 0 : Self.rounded(weight)
    }

    private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// A logistic regression of `labels` on the binary features in `rows` (indices below `width`), with
    /// `momentum` and penalty `l2`.
    ///
    /// The rows are laid end to end in one buffer, and everything the loop reads or writes is an unsafe
    /// buffer owned here: a debug build (the tests retrain the shipped model) otherwise spends most of its
    /// time checking array bounds.
    private func fit(rows: [[Int]], labels: [Double], width: Int, momentum: Double, l2: Double) -> (weights: [Double], bias: Double) {
        guard !rows.isEmpty else { return (Array(repeating: 0, count: width), 0) }
        let columns = Buffer(rows.flatMap { $0 })
        var end = 0
        let ends = Buffer(rows.map { row in
            end += row.count
            return end
        })
        let targets = Buffer(labels)
        // The gradient is taken at the look-ahead point: the weights plus `momentum` times the last step.
        let weights = Buffer(Array(repeating: 0.0, count: width))
        let ahead = Buffer(Array(repeating: 0.0, count: width))
        let gradient = Buffer(Array(repeating: 0.0, count: width))
        defer { columns.free(); ends.free(); targets.free(); weights.free(); ahead.free(); gradient.free() }
        let count = Double(rows.count)
        let rate = settings.rate
        var bias = 0.0
        var aheadBias = 0.0
        for _ in 0..<settings.iterations {
            gradient.items.update(repeating: 0)
            var biasGradient = 0.0
            var start = 0
            for row in 0..<ends.items.count {
                var sum = aheadBias
                for position in start..<ends.items[row] { sum += ahead.items[columns.items[position]] }
                let error = ThemeModel.logistic(sum) - targets.items[row]
                biasGradient += error
                for position in start..<ends.items[row] { gradient.items[columns.items[position]] += error }
                start = ends.items[row]
            }
            for column in 0..<width {
                let next = ahead.items[column] - rate * (gradient.items[column] + l2 * ahead.items[column]) / count
                ahead.items[column] = next + momentum * (next - weights.items[column])
                weights.items[column] = next
            }
            let next = aheadBias - rate * biasGradient / count
            aheadBias = next + momentum * (next - bias)
            bias = next
        }
        return (Array(weights.items), bias)
    }

    /// A copy of an array in memory the fit owns, read and written without bounds checks; freed by
    /// ``free()``.
    private struct Buffer<Element> {
        let items: UnsafeMutableBufferPointer<Element>

        init(_ array: [Element]) {
            items = .allocate(capacity: array.count)
            _ = items.initialize(from: array)
        }

        func free() {
            items.deinitialize()
            items.deallocate()
        }
    }
}
