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

    private static let doneWords: Set<String> = [
        "ready", "arrived", "arrives", "came", "come", "comes", "delivered", "turned", "showed", "fitted",
        "fixed", "done", "finished", "collected", "sorted", "installed", "repaired", "here", "sent",
        "posted", "dispatched", "live", "completed", "started", "replaced", "landed", "through", "door",
        "seen", "served", "passed", "wrist",
    ]
}
