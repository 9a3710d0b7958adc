/// Finds and reads deadline words among tokens, by a small grammar over the normalised words:
/// an optional lead ("by", "on", "in", "within", "at", "before", "until", "no later than")
/// and one of the forms in the extensions (vague words, closing words, elapsed time, business
/// days, weeks and months, times of day, named days and dates).
struct DuePhraseParser {
    /// The tokens read.
    let tokens: [Token]
    /// The index past the last token that may be read.
    let end: Int

    /// A parser over `tokens` up to `end`.
    init(_ tokens: [Token], end: Int) {
        self.tokens = tokens
        self.end = end
    }

    /// Every due phrase in `range`, leftmost first, none overlapping.
    func phrases(in range: Range<Int>) -> [DuePhrase] {
        var found: [DuePhrase] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let phrase = phrase(at: index) {
                found.append(phrase)
                index = phrase.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The due phrase starting at token `start`, if one does (the longest lead that fits).
    func phrase(at start: Int) -> DuePhrase? {
        guard start < end, tokens[start].isWord, tokens[start].is([.dueLead, .dueStart]) || startsWithDigit(start) else { return nil }
        if let (lead, afterLead) = lead(at: start), let (expression, next) = core(at: afterLead, lead: lead) {
            return DuePhrase(expression, start..<next)
        }
        if let (expression, next) = core(at: start, lead: nil) { return DuePhrase(expression, start..<next) }
        return nil
    }

    /// The lead at `index` and the index after it.
    func lead(at index: Int) -> (DueLead, Int)? {
        guard let first = word(index) else { return nil }
        if first == "no" || first == "not", word(index + 1) == "later", word(index + 2) == "than" {
            return (.by, word(index + 3) == "by" ? index + 4 : index + 3)
        }
        if first == "some", word(index + 1) == "time" { return (.sometime, index + 2) }
        if first == "on", word(index + 1) == "or", let next = word(index + 2), next == "before" || next == "by" { return (.by, index + 3) }
        guard let lead = DueLead.words[first] else { return nil }
        if lead == .by || lead == .sometime, word(index + 1) == "no", word(index + 2) == "later", word(index + 3) == "than" {
            return (.by, index + 4)
        }
        return (lead, index + 1)
    }

    /// Every word a form can start with (numbers in digits aside): a word not among them
    /// starts no deadline words, which spares the grammar at most tokens.
    static let startWords: Set<String> = {
        var words: Set<String> = [
            "as", "later", "first", "the", "next", "this", "a", "an", "few", "several", "couple", "half", "quarter", "end",
            "eod", "eop", "eob", "cob", "cop", "cod", "following", "today", "day", "coming", "christmas", "xmas", "boxing",
            "new", "noon", "midday", "midnight", "tonight", "some", "sometime", "hour", "week", "month", "dozen", "moment",
            "bit", "while", "little", "number", "close", "middle", "beginning", "start", "weekend", "time", "near", "earliest",
            "year", "evening", "morning", "afternoon", "minute", "minutes", "hours", "days", "weeks", "months", "fortnight",
            "working", "business", "closing", "point", "sec", "hundred", "weekday", "weekdays",
        ]
        words.formUnion(vagueWords.firstWords)
        words.formUnion(vagueAfterLead.firstWords)
        words.formUnion(approximators.firstWords)
        words.formUnion(periodParts)
        words.formUnion(tomorrowWords)
        words.formUnion(CalendarWords.weekdayNames.keys)
        words.formUnion(CalendarWords.ambiguousWeekdays.keys)
        words.formUnion(CalendarWords.monthNames.keys)
        words.formUnion(NumberWords.units.keys)
        words.formUnion(NumberWords.tens.keys)
        words.formUnion(NumberWords.ordinalUnits.keys)
        words.formUnion(NumberWords.ordinalTens.keys)
        return words
    }()

    /// The form after the lead, tried from the most specific.
    func core(at index: Int, lead: DueLead?) -> (DueExpression, Int)? {
        guard word(index) != nil else { return nil }
        if let lead, lead.takesClock, let found = closingClause(at: index) { return found }
        guard tokens[index].is(.dueStart) || startsWithDigit(index) else { return nil }
        // "the", "a", "this", "next" start deadline words only before another word that can.
        if Self.articles.contains(tokens[index].text),
           !(index + 1 < end && (tokens[index + 1].is(.dueStart) || startsWithDigit(index + 1))) { return nil }
        return vague(at: index, lead: lead)
            ?? closing(at: index, lead: lead)
            ?? businessDays(at: index, lead: lead)
            ?? elapsed(at: index, lead: lead)
            ?? weekOrMonth(at: index, lead: lead)
            ?? dayFirst(at: index, lead: lead)
            ?? timeFirst(at: index, lead: lead)
    }

    /// Words that start deadline words only before another word that can.
    static let articles: Set<String> = ["the", "a", "an", "this", "next", "some", "every"]

    /// Whether the token at `index` starts with a digit ("48", "4pm", "3/4", "25th").
    func startsWithDigit(_ index: Int) -> Bool {
        index < end && tokens[index].text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
    }

    /// The word at `index`, or `nil` past the end or at punctuation.
    func word(_ index: Int) -> String? {
        index < end && index >= 0 && tokens[index].kind == .word ? tokens[index].text : nil
    }

    /// Whether the words from `index` are `sequence`; the index after them if so.
    func match(_ sequence: [String], at index: Int) -> Int? {
        for (offset, wanted) in sequence.enumerated() where word(index + offset) != wanted { return nil }
        return index + sequence.count
    }

    /// The index after the first of `sequences` that matches at `index`.
    func matchAny(_ sequences: [[String]], at index: Int) -> Int? {
        for sequence in sequences {
            if let next = match(sequence, at: index) { return next }
        }
        return nil
    }

    /// `index + 1` if the word at `index` is `text`, otherwise `index` (an optional word).
    func skip(_ text: String, at index: Int) -> Int {
        word(index) == text ? index + 1 : index
    }

    /// The start of the first of `sequences` that ends right before `index`.
    func matchAny(_ sequences: [[String]], endingAt index: Int) -> Int? {
        for sequence in sequences where index - sequence.count >= 0 && match(sequence, at: index - sequence.count) == index {
            return index - sequence.count
        }
        return nil
    }
}
