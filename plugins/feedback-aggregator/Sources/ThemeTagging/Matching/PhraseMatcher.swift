/// Finds lexicon phrases in tokens: left to right, the longest phrase starting at each token, without
/// overlaps. A phrase word matches a token's word or the word it is a form of (nouns only their
/// plurals); a `not` or `never` inside a phrase of several words is skipped and negates the match.
struct PhraseMatcher: Sendable {
    let lexicon: CompiledLexicon

    /// The phrases found in `tokens`, in order.
    func matches(in tokens: [Token]) -> [PhraseMatch] {
        var result: [PhraseMatch] = []
        result.reserveCapacity(tokens.count / 2)
        var index = 0
        while index < tokens.count {
            guard !tokens[index].isMark, let found = longest(at: index, in: tokens) else {
                index += 1
                continue
            }
            var kept = found
            // A clause break ("and the", "and my") starts a clause and means nothing else: it keeps only its
            // first word, so the words after it (a "not" it skipped too) may start a phrase of their own ("and
            // *the trainer* knew her stuff", "and *not a penny more*").
            if lexicon.patterns[found.pattern].info.isOnlyBreak {
                kept = PhraseMatch(start: index, end: index + 1, pattern: found.pattern, innerNegated: false)
            }
            result.append(kept)
            index = kept.end
        }
        return result
    }

    /// Whether pattern number `pattern` matches all of `tokens` from `start`, but for the last `trailing`
    /// tokens (and a trailing mark).
    func matchesWhole(_ pattern: Int, _ tokens: [Token], from start: Int = 0, trailing: Int = 0) -> Bool {
        let candidate = lexicon.patterns[pattern]
        var end = tokens.count
        while end > 0, tokens[end - 1].isMark { end -= 1 }
        end -= trailing
        guard start < end, let (matched, _) = match(candidate.parts, 0, start, tokens, noun: candidate.info.nounOnly)
        else { return false }
        return matched == end
    }

    private func longest(at index: Int, in tokens: [Token]) -> PhraseMatch? {
        var best: PhraseMatch?
        let token = tokens[index]
        func consider(_ key: Int32) {
            guard key != -1, let first = lexicon.index[key] else { return }
            for pattern in first.singles { attempt(pattern) }
            for pattern in first.others { attempt(pattern) }
            guard !first.bySecond.isEmpty else { return }
            var next = index + 1
            if next < tokens.count, tokens[next].flags.contains(.skippable) { tryNext(first, next) }
            if next < tokens.count, tokens[next].flags.contains(.skippable) { next += 1 }
            tryNext(first, next)
        }
        func tryNext(_ first: CompiledLexicon.FirstWord, _ next: Int) {
            guard next < tokens.count else { return }
            if let list = first.bySecond[tokens[next].id] { for pattern in list { attempt(pattern) } }
            if tokens[next].lemma >= 0, let list = first.bySecond[tokens[next].lemma] {
                for pattern in list { attempt(pattern) }
            }
        }
        func attempt(_ pattern: Int) {
            let candidate = lexicon.patterns[pattern]
            guard let (end, negated) = match(candidate.parts, 0, index, tokens, noun: candidate.info.nounOnly),
                end > (best?.end ?? index)
            else { return }
            best = PhraseMatch(start: index, end: end, pattern: pattern, innerNegated: negated)
        }
        // A time of day starts with a number, or a word ("quarter to nine") or a length ("a quarter to").
        if token.lateClock { consider(CompiledLexicon.BuiltInClass.lateClock.key) }
        if token.keptClock { consider(CompiledLexicon.BuiltInClass.keptClock.key) }
        if token.quickClock { consider(CompiledLexicon.BuiltInClass.quickClock.key) }
        if token.slowClock { consider(CompiledLexicon.BuiltInClass.slowClock.key) }
        // A day of the week is a word, a date of the month a number.
        if token.marks.contains(.quickDay) { consider(CompiledLexicon.BuiltInClass.quickDay.key) }
        if token.marks.contains(.slowDay) { consider(CompiledLexicon.BuiltInClass.slowDay.key) }
        switch token.kind {
        case .word:
            consider(token.id)
            consider(token.lemma)
            if token.isName { consider(CompiledLexicon.BuiltInClass.name.key) }
            if token.lateDay { consider(CompiledLexicon.BuiltInClass.lateDay.key) }
            if token.keptDay { consider(CompiledLexicon.BuiltInClass.keptDay.key) }
        case .number:
            if token.marks.contains(.highRating) { consider(CompiledLexicon.BuiltInClass.highRating.key) }
            if token.marks.contains(.middlingRating) { consider(CompiledLexicon.BuiltInClass.middlingRating.key) }
            if token.marks.contains(.lowRating) { consider(CompiledLexicon.BuiltInClass.lowRating.key) }
            consider(token.id)
            consider(CompiledLexicon.BuiltInClass.number.key)
        case .money:
            // An amount against a rival's judges the price: tried first, so that it wins over the plain
            // amount (an aspect) of the same length.
            if token.cheaperThanRival { consider(CompiledLexicon.BuiltInClass.cheaperMoney.key) }
            if token.dearerThanRival { consider(CompiledLexicon.BuiltInClass.dearerMoney.key) }
            // An amount equal to the one quoted reads as the quoted price, not as a plain amount.
            if !token.quotedAmount { consider(CompiledLexicon.BuiltInClass.money.key) }
            if token.higherAmount { consider(CompiledLexicon.BuiltInClass.higherMoney.key) }
            if token.quotedAmount { consider(CompiledLexicon.BuiltInClass.quotedMoney.key) }
        case .duration(let minutes):
            if token.overdueTime { consider(CompiledLexicon.BuiltInClass.overdueTime.key) }
            if token.keptTime { consider(CompiledLexicon.BuiltInClass.keptTime.key) }
            if token.stressed { consider(CompiledLexicon.BuiltInClass.stressedTime.key) }
            consider(CompiledLexicon.BuiltInClass.time.key)
            if isShort(minutes), !token.comparedPromise { consider(CompiledLexicon.BuiltInClass.shortTime.key) }
            if isLong(minutes), !token.comparedPromise { consider(CompiledLexicon.BuiltInClass.longTime.key) }
        case .sentenceEnd, .clauseEnd:
            break
        }
        return best
    }

    private func isShort(_ minutes: Double) -> Bool { minutes <= lexicon.settings.shortTime }

    private func isLong(_ minutes: Double) -> Bool {
        minutes >= lexicon.settings.longTime && minutes < lexicon.settings.longestTime
    }

    /// Matches `parts[part...]` against tokens from `index`: the end index and whether a negator was
    /// skipped inside.
    private func match(_ parts: [CompiledLexicon.Part], _ part: Int, _ index: Int, _ tokens: [Token], noun: Bool)
        -> (Int, Bool)?
    {
        guard part < parts.count else { return (index, false) }
        if case .gap = parts[part] {
            // A negator the gap skips negates the phrase, like a "not" inside it ("answered none of my
            // questions" is a negated "answered * questions").
            var skip = 0
            var negators = false
            while skip <= lexicon.settings.gap {
                let next = index + skip
                if next > tokens.count { return nil }
                if let found = match(parts, part + 1, next, tokens, noun: noun) {
                    return negators ? (found.0, !found.1) : found
                }
                if next >= tokens.count || tokens[next].isMark { return nil }
                if tokens[next].flags.contains(.negator) { negators.toggle() }
                skip += 1
            }
            return nil
        }
        guard index < tokens.count, !tokens[index].isMark else { return nil }
        if accepts(parts[part], tokens[index], noun: noun) {
            return match(parts, part + 1, index + 1, tokens, noun: noun)
        }
        if part > 0, tokens[index].flags.contains(.skippable), index + 1 < tokens.count,
            accepts(parts[part], tokens[index + 1], noun: noun),
            let (end, negated) = match(parts, part + 1, index + 2, tokens, noun: noun)
        {
            return (end, !negated)
        }
        return nil
    }

    private func accepts(_ part: CompiledLexicon.Part, _ token: Token, noun: Bool) -> Bool {
        switch part {
        case .word(let word):
            return token.id == word && word >= 0 || token.lemma == word && (!noun || token.plural)
        case .member(let members):
            return members.contains(token.id) || token.lemma >= 0 && members.contains(token.lemma)
                && (!noun || token.plural)
        case .builtIn(let builtIn):
            switch (builtIn, token.kind) {
            case (.money, .money): return !token.quotedAmount
            case (.number, .number), (.time, .duration): return true
            case (.lateClock, _): return token.lateClock
            case (.keptClock, _): return token.keptClock
            case (.quickClock, _): return token.quickClock
            case (.slowClock, _): return token.slowClock
            case (.higherMoney, .money): return token.higherAmount
            case (.quotedMoney, .money): return token.quotedAmount
            case (.cheaperMoney, .money): return token.cheaperThanRival
            case (.dearerMoney, .money): return token.dearerThanRival
            case (.overdueTime, .duration): return token.overdueTime
            case (.keptTime, .duration): return token.keptTime
            case (.stressedTime, .duration): return token.stressed
            case (.shortTime, .duration(let minutes)): return isShort(minutes) && !token.comparedPromise
            case (.longTime, .duration(let minutes)): return isLong(minutes) && !token.comparedPromise
            case (.name, .word): return token.isName
            case (.lateDay, .word): return token.lateDay
            case (.keptDay, .word): return token.keptDay
            case (.highRating, .number): return token.marks.contains(.highRating)
            case (.middlingRating, .number): return token.marks.contains(.middlingRating)
            case (.lowRating, .number): return token.marks.contains(.lowRating)
            case (.quickDay, _): return token.marks.contains(.quickDay)
            case (.slowDay, _): return token.marks.contains(.slowDay)
            default: return false
            }
        case .length(let minutes):
            guard case .duration(let read) = token.kind else { return false }
            return abs(read - minutes) < 0.01
        case .gap:
            return false
        }
    }
}
