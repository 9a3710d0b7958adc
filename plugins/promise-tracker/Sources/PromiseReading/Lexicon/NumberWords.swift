/// Numbers written as digits or words, cardinal ("forty-eight", "ninety nine", "48") and
/// ordinal ("first" to "thirty-first" and beyond, "25th"), read from tokens.
enum NumberWords {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]
    static let ordinalUnits: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    ]
    static let ordinalTens: [String: Int] = [
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90,
    ]

    /// Suffixes of ordinals in digits ("1st", "2nd", "3rd", "4th").
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// A cardinal number starting at token `index` (before `end`): digits, or words up to
    /// "nine hundred and ninety-nine"; the value and the index after it.
    static func cardinal(_ tokens: [Token], at index: Int, end: Int) -> (value: Int, next: Int)? {
        guard index < end, tokens[index].kind == .word else { return nil }
        let text = tokens[index].text
        if let value = digits(text) { return (value, index + 1) }
        guard var (value, next) = belowHundred(tokens, at: index, end: end)
            ?? (text == "a" && index + 1 < end && tokens[index + 1].text == "hundred" ? (1, index + 1) : nil) else { return nil }
        if next < end, tokens[next].text == "hundred" {
            value *= 100
            next += 1
            var rest = next
            if rest < end, tokens[rest].text == "and" { rest += 1 }
            if let (more, after) = belowHundred(tokens, at: rest, end: end) {
                value += more
                next = after
            }
        }
        return (value, next)
    }

    /// An ordinal starting at token `index`: "25th", "1st", "first", "twenty-sixth",
    /// "thirtieth"; the value and the index after it.
    static func ordinal(_ tokens: [Token], at index: Int, end: Int) -> (value: Int, next: Int)? {
        guard index < end, tokens[index].kind == .word else { return nil }
        let text = tokens[index].text
        if let value = ordinalUnits[text] ?? ordinalTens[text] { return (value, index + 1) }
        if let ten = tens[text], index + 1 < end, let unit = ordinalUnits[tokens[index + 1].text], unit < 10 {
            return (ten + unit, index + 2)
        }
        let bytes = text.utf8
        guard bytes.count >= 3, bytes.count <= 4, let first = bytes.first, first >= 0x30, first <= 0x39 else { return nil }
        let suffix = String(text.suffix(2))
        guard ordinalSuffixes.contains(suffix), let value = digits(String(text.dropLast(2))) else { return nil }
        return (value, index + 1)
    }

    /// The value of an all-digit word of at most six digits.
    static func digits(_ text: String) -> Int? {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= 6, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }

    private static func belowHundred(_ tokens: [Token], at index: Int, end: Int) -> (Int, Int)? {
        guard index < end else { return nil }
        let text = tokens[index].text
        if let unit = units[text] { return (unit, index + 1) }
        guard let ten = tens[text] else { return nil }
        if index + 1 < end, let unit = units[tokens[index + 1].text], unit > 0, unit < 10 {
            return (ten + unit, index + 2)
        }
        return (ten, index + 1)
    }
}
