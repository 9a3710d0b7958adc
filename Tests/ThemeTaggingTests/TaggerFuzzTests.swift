import Testing
import ThemeTagging

/// Comments stitched at random from the pieces the readings look at (scores, slashes, colons, ordinals,
/// days, times, amounts, quotes, negators, emoji) and from ordinary words: the tagger must never trap,
/// must tag the same comment the same way twice, and its tags must be what its explanation nets to.
@Suite("Tagger on random comments")
struct TaggerFuzzTests {
    /// SplitMix64: a seeded generator, so a failing comment can be made again from its seed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "10/10", "2/10", "/", "10/", "/10", "0/0", "3/10/26", "24/7", "out", "of", "out of", "5", "ten", "zero", "no",
        "stars", "star", "1 star", ":", "Food:", "Staff:", "the", "on", "3rd", "2nd", "the 19th", "Monday", "Friday",
        "following", "by", "at 7:02", "at 7.45", "quarter to nine", "20 mins", "an hour", "£4.20", "45p", "quoted",
        "£280", "the bill was", "£455", "'fixed'", "\"express\"", "not", "never", "nobody", "noticed", "we", "were",
        "waiting", "loved", "resented", "called", "the toilets", "a disgrace", "rude", "lovely", "queue", "cold",
        "price", "staff", "told me how to", "fell apart", ",", ".", "!", "?", "...", "-", "—", "😊", "🙄", "👍",
        "and", "but", "because", "which", "great", "terrible", "said", "Wednesday", "came", "ready", "every",
        "x", "", " ", "\n", "'", "\"", "&", "%", "£££", "Priya", "A", "I'd", "wasn't", "can't",
    ]

    @Test("2,000 random comments: no trap, the same tags twice, tags as the explanation nets", arguments: [1, 2, 3, 4])
    func randomComments(seed: UInt64) {
        var generator = SeededGenerator(state: seed)
        let tagger = Shared.tagger
        for _ in 0..<500 {
            let count = Int.random(in: 1...40, using: &generator)
            let separator = Bool.random(using: &generator) ? " " : ""
            let comment = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined(separator: separator)
            let tags = tagger.tag(comment)
            #expect(tagger.tag(comment) == tags, "seed \(seed): \(comment)")
            let explanation = tagger.explain(comment)
            #expect(explanation.tags == tags, "seed \(seed): \(comment)")
            for (theme, polarity) in tags {
                let net = explanation.net[theme] ?? 0
                #expect(abs(net) >= explanation.threshold && (net > 0) == (polarity == .positive), "seed \(seed): \(comment)")
            }
        }
    }
}
