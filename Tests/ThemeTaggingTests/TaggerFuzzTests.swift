import RapportTestSupport
import Testing
import ThemeTagging

/// Comments stitched at random from the pieces the readings look at (scores, slashes, colons, ordinals,
/// days, times, amounts, quotes, negators, emoji) and from ordinary words: the tagger must never trap,
/// must tag the same comment the same way twice, and its tags must be what its explanation nets to.
@Suite("Tagger on random comments")
struct TaggerFuzzTests {
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
        // A fixed seed gives the same comments on every run, so a failure can be made again.
        var generator = SplitMix64(seed: seed)
        let tagger = Shared.tagger
        for _ in 0..<500 {
            let count = 1 + generator.below(40)
            let separator = generator.below(2) == 0 ? " " : ""
            let comment = (0..<count).map { _ in generator.pick(Self.pieces) }.joined(separator: separator)
            let tags = tagger.tag(comment)
            #expect(tagger.tag(comment) == tags, "seed \(seed): \(comment)")
            let explanation = tagger.explain(comment)
            #expect(explanation.tags == tags, "seed \(seed): \(comment)")
            for (theme, polarity) in tags {
                let net = explanation.net[theme] ?? 0
                if let probability = explanation.learned[theme] {
                    // Added by the learned reader: the lexicon's net fell short, the model was sure enough,
                    // and a net that leans decides the polarity.
                    #expect(abs(net) < explanation.threshold && probability >= (tagger.model?.threshold ?? 1), "seed \(seed): \(comment)")
                    if net != 0 { #expect((net > 0) == (polarity == .positive), "seed \(seed): \(comment)") }
                } else if let praise = explanation.turned[theme] {
                    // Turned by the learned reader: it was sure enough of the other polarity.
                    let turn = tagger.model?.turn ?? 1
                    #expect(abs(net) >= explanation.threshold && (net > 0) != (polarity == .positive), "seed \(seed): \(comment)")
                    #expect(polarity == .positive ? praise >= turn : 1 - praise >= turn, "seed \(seed): \(comment)")
                } else {
                    #expect(abs(net) >= explanation.threshold && (net > 0) == (polarity == .positive), "seed \(seed): \(comment)")
                }
            }
            let changed = [Set(explanation.learned.keys), Set(explanation.withdrawn.keys), Set(explanation.turned.keys)]
            #expect(changed[0].isDisjoint(with: changed[1]) && changed[0].isDisjoint(with: changed[2]) && changed[1].isDisjoint(with: changed[2]),
                    "seed \(seed): \(comment): a theme added, withdrawn or turned, not two of them")
            for (theme, probability) in explanation.withdrawn {
                // Withdrawn by the learned reader: the lexicon had tagged it, the model was not sure enough.
                let net = explanation.net[theme] ?? 0
                #expect(tags[theme] == nil && abs(net) >= explanation.threshold && probability < (tagger.model?.keep ?? 0), "seed \(seed): \(comment)")
            }
        }
    }
}
