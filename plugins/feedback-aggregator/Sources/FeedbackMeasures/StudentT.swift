/// Quantiles of Student's t distribution for 95% two-sided intervals.
enum StudentT {
    /// t(0.975) for 1 through 30 degrees of freedom (standard tables).
    private static let table: [Double] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ]

    /// t(0.975) with `df` degrees of freedom (at least 1): the table up to 30, then the
    /// Cornish-Fisher expansion around the normal quantile (within 0.001 of the exact value).
    static func quantile975(degreesOfFreedom df: Int) -> Double {
        precondition(df >= 1, "Student's t needs at least one degree of freedom")
        if df <= table.count { return table[df - 1] }
        let z = ConfidenceInterval.z, v = Double(df)
        let z3 = z * z * z, z5 = z3 * z * z
        return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
    }
}
