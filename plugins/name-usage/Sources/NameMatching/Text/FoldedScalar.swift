/// How one letter folds: at most two base letters in lower case, and what accents it carried.
struct FoldedScalar: Sendable {
    /// First base letter, lower case.
    var first: Unicode.Scalar
    /// Second base letter, for letters read as two (ß = ss, æ = ae, þ = th).
    var second: Unicode.Scalar?
    /// How many accents (combining marks) the letter carried.
    var marks: UInt8
    /// True for a Vietnamese tone spelling: a horn, hook above or dot below, or two stacked marks.
    var tonal: Bool
    /// True for an upper- or title-case letter.
    var upper: Bool
    /// True for a lone combining mark (text that was not composed).
    var isMark: Bool
}
