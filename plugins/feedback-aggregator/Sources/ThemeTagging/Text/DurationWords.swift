/// The numbers of the words that build durations ("half an hour", "a couple of", "the best part of").
struct DurationWords: Sendable {
    let half, a, an, one, couple, of, few, several, best, part, my, the, our, and, second: Int32

    init(_ table: inout WordTable) {
        half = table.intern("half")
        a = table.intern("a")
        an = table.intern("an")
        one = table.intern("one")
        couple = table.intern("couple")
        of = table.intern("of")
        few = table.intern("few")
        several = table.intern("several")
        best = table.intern("best")
        part = table.intern("part")
        my = table.intern("my")
        the = table.intern("the")
        our = table.intern("our")
        and = table.intern("and")
        second = table.intern("second")
    }
}
