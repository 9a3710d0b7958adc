import Testing
import ThemeTagging

@Suite("Sarcasm is read by its meaning")
struct SarcasmTests {
    let tagger = Shared.tagger

    @Test("Sarcastic praise tags a complaint", arguments: [
        ("Great, another forty minutes on hold.", "waiting-time-"),
        ("Oh wonderful, the toilets are filthy again.", "cleanliness-"),
        ("Thanks for nothing, the manager was as rude as ever.", "staff-attitude-"),
        ("Love paying £6 for a stale muffin.", "price- product-quality-"),
        ("So glad I waited two hours for a five minute appointment.", "waiting-time-"),
        ("Brilliant communication as always: no reply to three emails.", "communication-"),
        ("Yeah, really 'helpful' staff 🙄", "staff-attitude-"),
        ("Nice to be kept waiting without a word of apology.", "waiting-time- staff-attitude-"),
        ("Such a treat to be shouted at by the manager.", "staff-attitude-"),
        ("Thrilled to find the 'free' delivery had a £4 charge.", "price-"),
        ("Amazing how the 'specialist' couldn't answer a single question.", "knowledge-"),
    ])
    func tags(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("A lone exclamation takes the theme of the aspect its near opinion stands beside; breaks are not meals; shame it is a contrast", arguments: [
        ("Love spending my lunch break in your queue.", "waiting-time-"),
        ("Lovely coffee, shame it took half an hour.", "product-quality+ waiting-time-"),
        ("Lovely, stale bread again.", "product-quality-"),
        ("Brilliant, cold soup again.", "product-quality-"),
    ])
    func breaksAndShameContrast(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("'Oh yes' and 'if you wanted to look like' mark praise as sarcastic; cheaper elsewhere is a price complaint", arguments: [
        ("Oh yes, really helpful, she walked off mid-sentence.", "staff-attitude-"),
        ("Lovely paint job if you wanted to look like a zebra.", "product-quality-"),
        ("A £3 fee just to print a boarding pass.", "price-"),
        ("The same kettle was half the price at the shop next door.", "price-"),
    ])
    func roundThirteenSarcasm(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Round 16: opening and one-word verdicts, frames of relief and appreciation, 'yeah,'", arguments: [
        ("Fantastic. Two hours to swap a battery.", "waiting-time-"),
        ("Superb service. The food was excellent.", "product-quality+"),
        ("He told me to read the manual. Charming.", "staff-attitude-"),
        ("Such a relief to know the gym never cleans the mats.", "cleanliness-"),
        ("Yeah, real helpful advice: have you tried restarting it.", "knowledge-"),
        ("Thanks for the lecture about my weight, I came in for a flu jab.", "staff-attitude-"),
        ("Really impressed by how long it took to get a simple answer.", "waiting-time-"),
        ("What a bargain, £12 for a small salad.", "price-"),
        ("Cheers for the update, three weeks after I asked.", "communication-"),
        ("Fantastic repair, it lasted a whole day.", "product-quality-"),
        ("Impressive how they managed to lose two parcels in one week.", "product-quality-"),
        ("Wow, friendly staff. Not.", "staff-attitude-"),
        ("Was it worth it? Not.", "price-"),
        ("Great, just great. An hour and still no food.", "waiting-time-"),
    ])
    func roundSixteenSarcasm(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }
}
