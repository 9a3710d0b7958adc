/// A 95% confidence interval [lower, upper] around a figure.
public struct ConfidenceInterval: Sendable, Hashable {
    public let lower: Double
    public let upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// The normal quantile for 95% two-sided.
    static let z = 1.959964

    /// The Wilson score interval for `successes` out of `count` (a share in 0...1); `nil` for
    /// no answers. Unlike the normal (Wald) interval it stays inside 0...1 and is not empty at
    /// 0 or `count` successes, which matters for the small samples of one agent or one day.
    public static func wilson(successes: Int64, count: Int64) -> ConfidenceInterval? {
        guard count > 0 else { return nil }
        let n = Double(count), p = Double(successes) / n, z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        return ConfidenceInterval(lower: max(0, centre - half), upper: min(1, centre + half))
    }

    /// The interval of an NPS (in points, -100...100) from the trinomial variance of the
    /// promoter and detractor shares, adjusted for small samples: one promoter, one passive and
    /// one detractor are added (n + 3) before the shares p and d are taken, and the interval is
    /// (p − d) ± z·√((p + d − (p − d)²)/(n + 3)), clipped to ±100. Without the adjustment a
    /// sample of one promoter would give [100, 100]. `nil` for no answers.
    public static func netPromoter(promoters: Int64, detractors: Int64, count: Int64) -> ConfidenceInterval? {
        guard count > 0 else { return nil }
        let n = Double(count + 3), p = Double(promoters + 1) / n, d = Double(detractors + 1) / n
        let score = p - d
        let half = z * max(0, (p + d - score * score) / n).squareRoot()
        return ConfidenceInterval(lower: max(-100, 100 * (score - half)), upper: min(100, 100 * (score + half)))
    }

    /// Student's t interval of a mean from `count` values' sum and sum of squares; `nil` below
    /// two values (no spread to measure).
    public static func studentT(sum: Int64, sumOfSquares: Int64, count: Int64) -> ConfidenceInterval? {
        guard count > 1 else { return nil }
        let n = Double(count), mean = Double(sum) / n
        let variance = max(0, (Double(sumOfSquares) - n * mean * mean) / (n - 1))
        let half = StudentT.quantile975(degreesOfFreedom: Int(count - 1)) * (variance / n).squareRoot()
        return ConfidenceInterval(lower: mean - half, upper: mean + half)
    }
}
