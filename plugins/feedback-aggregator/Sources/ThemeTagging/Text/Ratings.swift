/// Scores given on a scale, read as the opinion they are: "Food 10/10, service 2/10", "I'd give the room
/// 3 out of 10", "staff 5 stars, prices 1 star", "zero stars for the delivery". A rating becomes one number
/// token marked `@high-rating` (at least seven tenths of its scale), `@middling-rating` (half to seven
/// tenths) or `@low-rating` (below half), which the lexicon lists among the general opinions, so that a
/// rating judges the aspect it is given to and, with none, nothing.
///
/// A score is a number of stars (out of 5; "zero", "no" and "nil" stars are 0), wherever it stands ("5 star
/// service", "a 1 star hygiene rating"): its word is consumed, so no "star" reads as a member of staff
/// praised. A number out of 5, 10, 20 or 100 (up to twice its scale: "11/10" is high), written "N/M" or
/// "N out of M", is a rating only where it stands on its own: followed by the end of a clause or of the
/// comment, an emoji, or a word that goes on about it ("for the food", "would recommend", "if I could"), not
/// by a noun it counts ("9 out of 10 times"). Dates are not ratings:
/// "N/M" after "on", "for", "to", a day's name and the like, with a second slash ("1/10/26"), or a day and a
/// month after such a date in its sentence ("booked for 3/10 and fitted 9/10").
enum Ratings {
    /// The scales a number may be out of.
    static let scales: Set<Double> = [5, 10, 20, 100]
    /// Words that may follow a rating: they go on about it, they do not say what it counts.
    static let followers: Set<String> = [
        "for", "from", "and", "but", "overall", "though", "tho", "would", "will", "could", "if", "easily",
        "again", "every", "each", "definitely", "highly", "recommend", "recommended", "honestly", "tbh",
        "i", "we", "mate", "lol", "x", "xx", "xxx", "because", "cos", "as", "at", "max", "maximum", "tops",
        "only", "in", "on", "to", "by", "so", "too", "here", "there", "then", "no", "yes", "plus",
    ]
    /// Words before a slash-written pair that make it a date ("on 3/10", "booked me in for 3/10", "moved to 3/10").
    static let dateOpeners: Set<String> = [
        "on", "since", "by", "until", "till", "til", "from", "before", "after", "the", "dated", "for", "to", "due",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
        "sat", "sun",
    ]
    /// Words that count no stars ("zero stars").
    static let none: Set<String> = ["zero", "no", "nil"]

    /// Replaces each rating in `tokens` with one marked number token.
    static func mark(_ tokens: inout [Token]) {
        // A score starts with a number, or with "zero", "no" or "nil" before stars: a comment with no number and no
        // word starting "st" has none (the bytes are looked at before any string is compared).
        guard tokens.contains(where: { token in
            if case .number = token.kind { return true }
            let bytes = token.text.utf8
            return bytes.first == UInt8(ascii: "s") && bytes.dropFirst().first == UInt8(ascii: "t") && isStars(token.text)
        }) else { return }
        var index = tokens.count - 1
        while index >= 0 {
            if let (score, scale, end) = rating(tokens, at: index) {
                var rated = Token(text: tokens[index].text, kind: .number(score), capitalised: tokens[index].capitalised)
                let share = score / scale
                rated.marks.insert(share >= 0.7 ? .highRating : share >= 0.5 ? .middlingRating : .lowRating)
                tokens.replaceSubrange(index..<end, with: [rated])
            }
            index -= 1
        }
        // A slash that made no score ("on 3/10") goes, as it went before scores were read: "3 10".
        tokens.removeAll { $0.kind == .word && $0.text == "/" }
    }

    /// The rating starting at `index`: its score, its scale and the index just after it.
    static func rating(_ tokens: [Token], at index: Int) -> (Double, Double, Int)? {
        let first = tokens[index]
        var score: Double
        if case .number(let value) = first.kind {
            score = value
        } else if case .word = first.kind, let letter = first.text.utf8.first, letter == UInt8(ascii: "z") || letter == UInt8(ascii: "n"),
            none.contains(first.text), isStars(tokens, index + 1)
        {
            score = 0
        } else {
            return nil
        }
        var scale: Double
        var end: Int
        if index + 2 < tokens.count, tokens[index + 1].text == "/", case .number(let outOf) = tokens[index + 2].kind {
            // "1/10/26", "on 3/10": a date.
            if index + 3 < tokens.count, tokens[index + 3].text == "/" { return nil }
            if index > 0, tokens[index - 1].text == "/" || dateOpeners.contains(tokens[index - 1].text) { return nil }
            // "booked me in for 3/10 and fitted it 9/10": after a date in its sentence, a day and month is a date too.
            if score <= 31, outOf <= 12, followsADate(tokens, index) { return nil }
            (scale, end) = (outOf, index + 3)
        } else if index + 3 < tokens.count, tokens[index + 1].text == "out", tokens[index + 2].text == "of",
            case .number(let outOf) = tokens[index + 3].kind
        {
            (scale, end) = (outOf, index + 4)
        } else if isStars(tokens, index + 1) {
            (scale, end) = (5, index + 2)
        } else {
            return nil
        }
        // "11/10", "10 stars out of 5": a score above its scale (up to twice it) is a high one.
        guard scales.contains(scale), score >= 0, score <= 2 * scale else { return nil }
        // Stars are a score whatever follows: "5 star service", "a 1 star review", "a 3 star hotel".
        if isStars(tokens, index + 1) { return (score, scale, end) }
        // "out of 5 stars", "10/10 stars"
        if isStars(tokens, end) { end += 1 }
        guard standsAlone(tokens, after: end) else { return nil }
        return (score, scale, end)
    }

    /// Whether a slash-written date ("for 3/10") stands earlier in the sentence of `index`.
    private static func followsADate(_ tokens: [Token], _ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 2, tokens[cursor].kind != .sentenceEnd {
            if tokens[cursor].text == "/", case .number = tokens[cursor - 1].kind, dateOpeners.contains(tokens[cursor - 2].text) {
                return true
            }
            cursor -= 1
        }
        return false
    }

    private static func isStars(_ tokens: [Token], _ index: Int) -> Bool {
        index < tokens.count && isStars(tokens[index].text)
    }

    private static func isStars(_ text: String) -> Bool { text == "stars" || text == "star" }

    /// Whether nothing the rating would count follows it.
    private static func standsAlone(_ tokens: [Token], after end: Int) -> Bool {
        guard end < tokens.count else { return true }
        let next = tokens[end]
        return next.isMark || next.isEmoji || followers.contains(next.text)
    }
}
