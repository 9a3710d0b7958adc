/// The words that say something arrived or was done ("ready", "came", "fitted", "landed", "at the
/// door"): a day of the week (``DaysCompared``) or a time of day (``ClockIntervals``) counts only as when
/// something arrived, not as any day or time a comment names.
enum ArrivalWords {
    /// Whether the word at `index` says something arrived or was done: a done word (or one of `also`), not
    /// negated ("nobody turned up") and not a return visit ("came back"); "got it back", "had them back" are.
    static func says(_ tokens: [Token], _ index: Int, also: Set<String> = []) -> Bool {
        let word = tokens[index].text
        let done = doneWords.contains(word) || also.contains(word)
            || word == "back" && index > 0 && ["it", "them"].contains(tokens[index - 1].text)
        guard done else { return false }
        if index + 1 < tokens.count, tokens[index + 1].text == "back", word != "back" { return false }
        return !(max(0, index - 2)..<index).contains { tokens[$0].flags.contains(.negator) || tokens[$0].text == "nobody" }
    }

    /// Whether the clause of `index` says something arrived or was done ("it was ready the following Monday");
    /// "and", "but" and "then" start a clause here too ("done Monday but then I came back Friday").
    static func inClause(_ tokens: [Token], _ index: Int, also: Set<String> = []) -> Bool {
        func bounds(_ token: Token) -> Bool { token.isMark || clauseWords.contains(token.text) }
        var start = index
        while start > 0, !bounds(tokens[start - 1]) { start -= 1 }
        var end = index
        while end < tokens.count, !bounds(tokens[end]) { end += 1 }
        return (start..<end).contains { says(tokens, $0, also: also) }
    }

    private static let clauseWords: Set<String> = ["and", "but", "then"]

    private static let doneWords: Set<String> = [
        "ready", "arrived", "arrives", "came", "come", "comes", "delivered", "turned", "showed", "fitted",
        "fixed", "done", "finished", "collected", "sorted", "installed", "repaired", "here", "sent",
        "posted", "dispatched", "live", "completed", "started", "replaced", "landed", "through", "door",
        "seen", "served", "passed", "wrist",
    ]
}
