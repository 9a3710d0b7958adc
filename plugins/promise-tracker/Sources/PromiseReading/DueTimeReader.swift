import Foundation
import RapportCalendar

/// Resolves deadline words ("by Friday", "tomorrow before noon", "within 48 hours", "end of
/// day", "by 3/4") to an instant with a location's calendar, relative to when they were said.
///
/// Pure and fast: no I/O, no clock, no regular expressions. It reads the words a
/// ``CommitmentDetector`` found, or a promise's `due_text` field directly; leading fillers
/// and a trailing "at the latest" or "itself" are allowed, any other extra word makes the
/// words unreadable. The plugin README ("How due words are read") lists every rule.
public struct DueTimeReader: Sendable {
    /// A reader.
    public init() {}

    /// The instant `words` mean at the location of `calendar`, said at `saidAt`; `dateOrder`
    /// is how the location reads numeric dates (`nil`: numeric dates are unreadable there).
    public func read(_ words: String, saidAt: Date, calendar: LocationCalendar, dateOrder: DateOrder?) -> DueReading {
        guard let expression = Self.expression(of: Utterance(words)) else { return .unreadable(words) }
        return read(expression, words: words, saidAt: saidAt, calendar: calendar, dateOrder: dateOrder)
    }

    /// The instant the deadline words a ``CommitmentDetector`` found mean (no second parse).
    public func read(_ words: DueWords, saidAt: Date, calendar: LocationCalendar, dateOrder: DateOrder?) -> DueReading {
        read(words.expression, words: words.text, saidAt: saidAt, calendar: calendar, dateOrder: dateOrder)
    }

    private func read(_ expression: DueExpression, words: String, saidAt: Date, calendar: LocationCalendar,
                      dateOrder: DateOrder?) -> DueReading {
        let resolver = DueResolver(calendar: calendar, dateOrder: dateOrder, saidAt: saidAt)
        guard let due = resolver.resolve(expression) else { return .unreadable(words) }
        return .due(due, explanation: DueExplanation.text(of: due, calendar: calendar, saidAt: saidAt))
    }

    /// Words allowed before the deadline words of a `due_text`.
    static let leadingFillers: Set<String> = ["um", "uh", "er", "erm", "so", "ok", "okay", "well", "yeah", "just"]

    /// The meaning of a whole `due_text`: one due phrase, with only fillers around it.
    static func expression(of utterance: Utterance) -> DueExpression? {
        let tokens = utterance.tokens
        var first = 0
        while first < tokens.count, !tokens[first].isWord || leadingFillers.contains(tokens[first].text) { first += 1 }
        var last = tokens.count
        let parser = DuePhraseParser(tokens, end: tokens.count)
        while last > first {
            if !tokens[last - 1].isWord { last -= 1; continue }
            if let start = parser.matchAny([["at", "the", "latest"], ["itself"], ["latest"], ["max"], ["tops"], ["sharp"],
                                            ["please"]], endingAt: last) {
                last = start
                continue
            }
            break
        }
        guard first < last, let phrase = DuePhraseParser(tokens, end: last).phrase(at: first),
              phrase.range.upperBound == last else { return nil }
        return phrase.expression
    }
}
