import Foundation

/// Precomputed folding of the letters that have accents or case outside ASCII: Latin-1,
/// Latin Extended A/B and Additional (Vietnamese), Greek and Greek Extended, Cyrillic.
///
/// Built once, on first use, from Unicode's canonical decompositions (Foundation), so that
/// folding a token is a table look-up per letter instead of a Foundation call per string.
enum FoldTable {
    private static let lowRange: Range<UInt32> = 0x00C0..<0x0530
    private static let highRange: Range<UInt32> = 0x1E00..<0x2000
    private static let low: [FoldedScalar?] = lowRange.map(build)
    private static let high: [FoldedScalar?] = highRange.map(build)

    /// The folding of a scalar in the covered ranges, or nil (not a letter, or not covered).
    static func lookup(_ value: UInt32) -> FoldedScalar? {
        if lowRange.contains(value) { return low[Int(value - lowRange.lowerBound)] }
        if highRange.contains(value) { return high[Int(value - highRange.lowerBound)] }
        return nil
    }

    /// Letters that do not decompose but are read as other letters.
    private static let special: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t",
        "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ĳ": "ij", "ſ": "s", "ƒ": "f", "ŋ": "n",
        "ς": "σ", "ɫ": "l", "ƶ": "z", "ɨ": "i", "ʉ": "u",
    ]

    private static func isCombining(_ value: UInt32) -> Bool {
        (0x0300...0x036F).contains(value) || (0x1AB0...0x1AFF).contains(value)
            || (0x1DC0...0x1DFF).contains(value) || (0x20D0...0x20FF).contains(value)
    }

    private static func build(_ value: UInt32) -> FoldedScalar? {
        guard let scalar = Unicode.Scalar(value) else { return nil }
        if isCombining(value) {
            let tonal = value == 0x0309 || value == 0x031B || value == 0x0323
            return FoldedScalar(first: scalar, second: nil, marks: 1, tonal: tonal, upper: false, isMark: true)
        }
        let properties = scalar.properties
        guard properties.isAlphabetic else { return nil }
        let upper = properties.isUppercase || properties.generalCategory == .titlecaseLetter
        let lower = properties.lowercaseMapping.decomposedStringWithCanonicalMapping
        var bases: [Unicode.Scalar] = []
        var marks: UInt8 = 0
        var tonal = false
        for part in lower.unicodeScalars {
            if isCombining(part.value) {
                marks += 1
                if part.value == 0x0309 || part.value == 0x031B || part.value == 0x0323 { tonal = true }
            } else if let mapped = special[part] {
                bases.append(contentsOf: mapped.unicodeScalars)
            } else {
                bases.append(part)
            }
        }
        if marks >= 2 { tonal = true }
        guard let first = bases.first else { return nil }
        return FoldedScalar(first: first, second: bases.count > 1 ? bases[1] : nil,
                            marks: marks, tonal: tonal, upper: upper, isMark: false)
    }
}
