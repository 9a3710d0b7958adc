/// Nets the judgements of each theme into one polarity: the weighted sum of its praise and complaints,
/// tagged when its size reaches the lexicon's threshold (so a theme judged both ways equally, "nobody
/// was rude, nobody was friendly", gets no tag).
struct ThemeScorer: Sendable {
    let threshold: Double

    /// One polarity for each theme whose net judgement is strong enough.
    func score(_ judgements: [Judgement]) -> [Theme: Polarity] {
        tags(from: nets(judgements))
    }

    /// Each judged theme's net judgement: praise weighs plus, complaints minus.
    func nets(_ judgements: [Judgement]) -> [Theme: Double] {
        var sums: [Theme: Double] = [:]
        for judgement in judgements {
            sums[judgement.theme, default: 0] += judgement.polarity.sign * judgement.weight
        }
        return sums
    }

    /// The tags of the themes whose net reaches the threshold either way.
    func tags(from nets: [Theme: Double]) -> [Theme: Polarity] {
        var result: [Theme: Polarity] = [:]
        for (theme, sum) in nets where abs(sum) >= threshold {
            result[theme] = sum > 0 ? .positive : .negative
        }
        return result
    }
}
