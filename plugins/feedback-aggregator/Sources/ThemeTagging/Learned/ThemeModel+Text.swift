import Foundation

/// A theme model file that cannot be read: which line and why.
public struct ThemeModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The line, counted from 1 (0 for the file as a whole).
    public let line: Int
    /// What is wrong, and what to write instead.
    public let message: String

    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}

extension ThemeModel {
    /// The file's header: what it is and how to remake it.
    static let header = """
        # Rapport theme model: the learned reader of the feedback aggregator's theme tagger.
        # Made by `rapport themes train`, from comments labelled by hand; do not edit the weights by hand.
        # It adds a theme the lexicon did not tag when the probability that the comment judges it
        # reaches `threshold`, withdraws one the lexicon tagged when that probability is below `keep`, and
        # turns a lexicon tag's polarity when the probability of the other one reaches `turn`
        # (plugins/feedback-aggregator/README.md, "The learned reader").
        #
        # Settings: `version`, `lexicon` (the lexicon version it was trained with), `threshold`, `keep`
        # (optional; 0 withdraws nothing), `turn` (optional; 1 turns nothing), `features` (the kinds of
        # feature it weighs; a rapport that cannot make one of them refuses the model), `themes` (in the
        # order of the weights) and `trained-on`. After `weights`, each line is a
        # feature and its weights that are not zero, as INDEX:WEIGHT: for N themes, index i < N weighs
        # theme i being judged, index N + i theme i being praised, written with two decimals. The feature `bias` holds the
        # intercepts. Features: `u:word`, `n:word` (a word a negation governs), `b:word_word`, `s:stem`,
        # `author:customer|employee`, per theme `lt:` (the lexicon tagged it), `le:` (judged below
        # the threshold), `lp:`/`ln:` (its net leans to praise or complaint), and `x:` (what the lexicon's
        # phrases name: aspects, cues, near opinions and opinions, with their leans).
        """

    /// The largest weight a model file may hold: a trained weight is a few units; one far larger would
    /// make the sums overflow.
    static let largestWeight = 1000.0

    /// Reads a model file written by ``text``. Its lines may end in LF or CR LF.
    public init(parsing text: String) throws(ThemeModelError) {
        var settings: [String: (value: String, line: Int)] = [:]
        var weights: [String: [Double]] = [:]
        var inWeights = false
        var themes: [Theme] = []
        var declared: Set<FeatureKind>?
        var hashes: [UInt64: String] = [:]
        for (offset, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = offset + 1
            let content = raw.trimmingCharacters(in: .whitespaces)
            if content.isEmpty || content.hasPrefix("#") { continue }
            if !inWeights {
                if content == "weights" {
                    themes = try Self.themes(settings["themes"])
                    declared = try Self.kinds(settings["features"])
                    inWeights = true
                    continue
                }
                let parts = content.split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else {
                    throw ThemeModelError(line: line, message: "write a setting as NAME VALUE (version, lexicon, threshold, keep, turn, features, themes, trained-on), then `weights`")
                }
                let name = String(parts[0])
                guard ["version", "lexicon", "threshold", "keep", "turn", "features", "themes", "trained-on"].contains(name) else {
                    throw ThemeModelError(
                        line: line, message: "unknown setting '\(name)': write version, lexicon, threshold, keep, turn, features, themes or trained-on")
                }
                guard settings[name] == nil else { throw ThemeModelError(line: line, message: "'\(name)' is set twice") }
                settings[name] = (String(parts[1]), line)
                continue
            }
            let fields = content.split(separator: " ")
            let feature = String(fields[0])
            guard weights[feature] == nil else { throw ThemeModelError(line: line, message: "feature '\(feature)' is listed twice") }
            var row = Array(repeating: 0.0, count: 2 * themes.count)
            for field in fields.dropFirst() {
                let pair = field.split(separator: ":", maxSplits: 1)
                guard pair.count == 2, let index = Int(pair[0]), let weight = Double(pair[1]), weight.isFinite else {
                    throw ThemeModelError(line: line, message: "'\(field)' is not INDEX:WEIGHT (for example 3:-0.42)")
                }
                guard abs(weight) <= Self.largestWeight else {
                    throw ThemeModelError(line: line, message: "weight \(pair[1]) is beyond ±\(Int(Self.largestWeight)): retrain the model")
                }
                guard row.indices.contains(index) else {
                    throw ThemeModelError(line: line, message: "index \(index) is out of range: \(themes.count) themes have indices 0 to \(row.count - 1)")
                }
                row[index] = weight
            }
            if feature != Self.bias {
                guard let kind = FeatureKind(feature: fields[0]) else {
                    throw ThemeModelError(line: line, message: "feature '\(feature)' is of no kind this rapport reads (\(FeatureKind.prefixes.map { "\($0.key):" }.joined(separator: ", "))): the model needs a newer rapport, or train one with this one (rapport themes train)")
                }
                if let declared, !declared.contains(kind) {
                    throw ThemeModelError(line: line, message: "feature '\(feature)' is of the kind '\(kind.rawValue)', which the `features` setting does not list")
                }
            }
            weights[feature] = row
            if feature != Self.bias, let other = hashes.updateValue(feature, forKey: FeatureHash.of(feature)) {
                throw ThemeModelError(line: line, message: "features '\(other)' and '\(feature)' share a hash: drop one of them")
            }
        }
        guard inWeights else { throw ThemeModelError(line: 0, message: "no `weights` line: this is not a theme model (make one with `rapport themes train`)") }
        func required(_ name: String) throws(ThemeModelError) -> String {
            guard let value = settings[name]?.value else { throw ThemeModelError(line: 0, message: "missing setting '\(name)'") }
            return value
        }
        let thresholdText = try required("threshold")
        guard let threshold = Double(thresholdText), threshold > 0, threshold < 1 else {
            throw ThemeModelError(line: settings["threshold"]?.line ?? 0, message: "threshold '\(thresholdText)' must be a number between 0 and 1")
        }
        var keep = 0.0
        if let setting = settings["keep"] {
            guard let value = Double(setting.value), value >= 0, value < 1 else {
                throw ThemeModelError(line: setting.line, message: "keep '\(setting.value)' must be a number from 0 (keep every tag) to below 1")
            }
            keep = value
        }
        var turn = 1.0
        if let setting = settings["turn"] {
            guard let value = Double(setting.value), value >= 0.5, value <= 1 else {
                throw ThemeModelError(line: setting.line, message: "turn '\(setting.value)' must be a number from 0.5 (the model decides) to 1 (turn no tag)")
            }
            turn = value
        }
        self.init(
            version: try required("version"), lexiconVersion: try required("lexicon"), threshold: threshold, keep: keep, turn: turn, themes: themes,
            kinds: declared ?? FeatureKind.of(weights.keys), trainedOn: settings["trained-on"]?.value ?? "", weights: weights)
    }

    /// The `themes` setting read as theme ids.
    private static func themes(_ setting: (value: String, line: Int)?) throws(ThemeModelError) -> [Theme] {
        guard let setting else { throw ThemeModelError(line: 0, message: "missing setting 'themes' before `weights`") }
        let ids = setting.value.split(separator: " ").map(String.init)
        guard !ids.isEmpty, Set(ids).count == ids.count else {
            throw ThemeModelError(line: setting.line, message: "themes must list each theme id once")
        }
        return ids.map { Theme($0) }
    }

    /// The `features` setting read as kinds of feature; `nil` when the file has none (it was written before
    /// the setting was, and weighs the kinds of the features it lists).
    private static func kinds(_ setting: (value: String, line: Int)?) throws(ThemeModelError) -> Set<FeatureKind>? {
        guard let setting else { return nil }
        let names = setting.value.split(separator: " ").map(String.init)
        guard Set(names).count == names.count else {
            throw ThemeModelError(line: setting.line, message: "features must list each kind of feature once")
        }
        var kinds: Set<FeatureKind> = []
        for name in names {
            guard let kind = FeatureKind(rawValue: name) else {
                let known = FeatureKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeModelError(
                    line: setting.line,
                    message: "the model weighs features of the kind '\(name)', which this rapport cannot make (it makes \(known)): "
                        + "use the rapport that trained it, or train one with this one (rapport themes train)")
            }
            kinds.insert(kind)
        }
        return kinds
    }

    /// The model as a file ``init(parsing:)`` reads; features sorted, weights with two decimals.
    public var text: String {
        // Settings are written exactly ("0.4", "0.555"), not to two decimals like the weights: a setting
        // rounded to 0 or 1 would be refused when read back, or switch withdrawing off.
        var lines = [Self.header, "", "version \(version)", "lexicon \(lexiconVersion)", "threshold \(threshold)"]
        if keep > 0 { lines.append("keep \(keep)") }
        if turn < 1 { lines.append("turn \(turn)") }
        if !kinds.isEmpty { lines.append("features \(kinds.sorted().map(\.rawValue).joined(separator: " "))") }
        lines += ["themes \(themes.map(\.id).joined(separator: " "))"]
        if !trainedOn.isEmpty { lines.append("trained-on \(trainedOn)") }
        lines += ["", "weights"]
        let ordered = weights.keys.sorted { ($0 == Self.bias ? 0 : 1, $0) < ($1 == Self.bias ? 0 : 1, $1) }
        for feature in ordered {
            guard let row = weights[feature] else { continue }
            let entries = row.enumerated().filter { $0.element != 0 }.map { "\($0.offset):\(Self.number($0.element))" }
            if !entries.isEmpty { lines.append(([feature] + entries).joined(separator: " ")) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A weight as written: at most two decimals, no trailing zeros.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
