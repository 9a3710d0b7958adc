/// Lengths of time compared with one promised: "told me my glasses would be ready in a week. It's been a
/// month" (`@overdue-time`: at least half as long again as the length promised, and at least `long-time`
/// minutes longer), "quoted three weeks and it was ready in two weeks" (`@kept-time`: no longer than the
/// length promised). A length of time is promised when a `promising` word ("said", "quoted", "would")
/// stands within the five tokens before it in its sentence, not negated; the others in the comment (but a
/// length followed by "ago") are compared with the
/// first one promised, before or after them ("it's been 3 weeks, they said 5 days"). A promise a length
/// is compared with judges no wait itself: it matches neither `@short-time` nor `@long-time` ("quoted three
/// weeks for the alterations" is no three weeks' wait).
enum DurationsCompared {
    /// Marks the overdue and kept lengths of time in `tokens`.
    static func mark(_ tokens: inout [Token], longTime: Double) {
        // "ten years ago" is when, not how long.
        let durations = tokens.indices.compactMap { index -> (index: Int, minutes: Double)? in
            guard case .duration(let minutes) = tokens[index].kind, index + 1 == tokens.count || tokens[index + 1].text != "ago"
            else { return nil }
            return (index, minutes)
        }
        guard durations.count >= 2,
            let promise = durations.first(where: { promised(tokens, $0.index) })
        else { return }
        for duration in durations where duration.index != promise.index && !promised(tokens, duration.index) {
            if duration.minutes >= promise.minutes * 1.5, duration.minutes - promise.minutes >= longTime {
                tokens[duration.index].overdueTime = true
                tokens[promise.index].comparedPromise = true
            } else if duration.minutes <= promise.minutes {
                tokens[duration.index].keptTime = true
                tokens[promise.index].comparedPromise = true
            }
        }
    }

    /// Whether a `promising` word stands within the five tokens before `index`, in its sentence, with no
    /// negator after it ("I will never wait 3 hours again" promises nothing).
    private static func promised(_ tokens: [Token], _ index: Int) -> Bool {
        guard let word = tokens.word(.promising, within: 5, before: index) else { return false }
        return !(word + 1..<index).contains { tokens[$0].flags.contains(.negator) }
    }
}
