/// The numeric part of a time of day as written ("4pm", "16:00", "four thirty"), before
/// "am", "pm" or "o'clock" that may follow it.
struct ClockNumeral: Sendable {
    /// The hour as written, 0 through 24.
    let hour: Int
    /// The minutes, 0 through 59.
    let minute: Int
    /// `true` for pm, `false` for am, when the same token said so ("4pm").
    let pm: Bool?
    /// Whether minutes followed a colon or dot ("4:30", "10.30").
    let hasMinutes: Bool
    /// Whether the hour had a leading zero ("09:00"): a 24-hour time.
    let zeroPadded: Bool
    /// The token index after the numeral.
    let next: Int

    /// The numeral at token `index`, in digits or words; `nil` if there is none.
    static func read(_ tokens: [Token], at index: Int, end: Int) -> ClockNumeral? {
        let text = tokens[index].text
        if let hour = NumberWords.units[text], hour >= 1, hour <= 12 {
            var next = index + 1
            var minute = 0
            if next < end, NumberWords.digits(tokens[next].text) == nil, tokens[next].text != "hundred",
               let (value, after) = NumberWords.cardinal(tokens, at: next, end: end), value >= 1, value <= 59 {
                minute = value
                next = after
            }
            return ClockNumeral(hour: hour, minute: minute, pm: nil, hasMinutes: minute > 0, zeroPadded: false, next: next)
        }
        var bytes = Array(text.utf8)
        var pm: Bool?
        if bytes.count >= 3, bytes[bytes.count - 1] == 0x6D, bytes[bytes.count - 2] == 0x61 || bytes[bytes.count - 2] == 0x70 {
            pm = bytes[bytes.count - 2] == 0x70
            bytes.removeLast(2)
        }
        var hourDigits = bytes[...]
        var minute = 0
        var hasMinutes = false
        if let mark = bytes.firstIndex(where: { $0 == 0x3A || $0 == 0x2E }) {
            hourDigits = bytes[..<mark]
            let minuteDigits = bytes[(mark + 1)...]
            guard minuteDigits.count == 2, minuteDigits.allSatisfy(isDigit),
                  let value = Int(String(decoding: minuteDigits, as: UTF8.self)), value < 60 else { return nil }
            minute = value
            hasMinutes = true
        }
        guard (1...2).contains(hourDigits.count), hourDigits.allSatisfy(isDigit),
              let hour = Int(String(decoding: hourDigits, as: UTF8.self)), hour <= 24 else { return nil }
        return ClockNumeral(hour: hour, minute: minute, pm: pm, hasMinutes: hasMinutes,
                            zeroPadded: hourDigits.count == 2 && hourDigits.first == 0x30, next: index + 1)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
