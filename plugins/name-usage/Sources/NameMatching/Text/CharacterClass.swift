/// What one scalar is, for cutting text into tokens.
enum CharacterClass: Sendable {
    /// A letter of a script other than Han/kana; `folded` is set for letters in ``FoldTable``.
    case letter(Script, FoldedScalar?)
    /// A Han character or kana.
    case han
    /// A combining mark: `dropped` marks (accents, Arabic and Hebrew vowel points) leave the
    /// key; others (Devanagari vowel signs) are part of the word.
    case mark(dropped: Bool, tonal: Bool)
    /// A digit.
    case digit
    /// An apostrophe, straight or curly.
    case apostrophe
    /// A hyphen.
    case hyphen
    /// `.`, `@`, `_`, `/`: joins an address when letters stand on both sides, else `otherwise`.
    case joiner(otherwise: Boundary)
    /// Punctuation that separates tokens.
    case punctuation(Boundary)
    /// White space, quotes and symbols.
    case space
    /// A letter that is dropped (Arabic tatweel).
    case ignored

    /// Classifies a scalar.
    static func of(_ scalar: Unicode.Scalar) -> CharacterClass {
        let value = scalar.value
        switch value {
        case 0x61...0x7A, 0x41...0x5A: return .letter(.cased, nil)
        case 0x30...0x39: return .digit
        case 0x20, 0x09: return .space
        case 0x0A, 0x0D: return .punctuation(.stop)
        case 0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x02BC, 0x2032: return .apostrophe
        case 0x2D, 0x2010, 0x2011: return .hyphen
        case 0x2E: return .joiner(otherwise: .stop)
        case 0x40, 0x5F: return .joiner(otherwise: .space)
        case 0x2F: return .joiner(otherwise: .colon)
        case 0x2C, 0x060C, 0x3001, 0xFF0C, 0xFF64: return .punctuation(.comma)
        case 0x21, 0xFF01: return .punctuation(.exclamation)
        case 0x3F, 0x061F, 0xFF1F, 0x037E: return .punctuation(.question)
        case 0x3A, 0x3B, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x2013, 0x2014,
             0xFF1A, 0xFF1B, 0xFF08, 0xFF09, 0x3010, 0x3011:
            return .punctuation(.colon)
        case 0x3002, 0x2026, 0x0964, 0x0965, 0x06D4, 0xFF61: return .punctuation(.stop)
        case 0x26: return .punctuation(.ampersand)
        case 0x0640: return .ignored
        case 0x064B...0x065F, 0x0670, 0x0591...0x05BD, 0x05BF, 0x05C1, 0x05C2, 0x05C4, 0x05C5, 0x05C7:
            return .mark(dropped: true, tonal: false)
        default:
            break
        }
        if value < 0x80 { return .space }
        if let folded = FoldTable.lookup(value) {
            return folded.isMark ? .mark(dropped: true, tonal: folded.tonal) : .letter(.cased, folded)
        }
        if Script.isHan(value) { return .han }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark(dropped: false, tonal: false)
        case .decimalNumber:
            return .digit
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .letter(Script.of(value), nil)
        default:
            return .space
        }
    }
}
