import Testing
import ThemeTagging

@Suite("Negation is resolved")
struct NegationTests {
    let tagger = Shared.tagger

    @Test("Negated comments get the judgement they mean", arguments: [
        ("Not rude at all, just very busy.", "staff-attitude+"),
        ("The staff weren't friendly.", "staff-attitude-"),
        ("The shop wasn't exactly clean.", "cleanliness-"),
        ("Service wasn't exactly speedy.", "waiting-time-"),
        ("Never had to queue longer than a few minutes.", "waiting-time+"),
        ("Nobody told us the kitchen was closing.", "communication-"),
        ("Hardly anyone there knew what they were doing.", "knowledge-"),
        ("No complaints about the price.", "price+"),
        ("I couldn't fault the haircut.", "product-quality+"),
        ("Not a crumb on the tables.", "cleanliness+"),
        ("The repair didn't last a fortnight.", "product-quality-"),
        ("The advisor didn't rush us at all.", "staff-attitude+"),
        ("There was no queue when we arrived.", "waiting-time+"),
        ("It isn't cheap but the coat is lovely.", "price- product-quality+"),
    ])
    func tags(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("2026.12-9: 'too X to (be) Y' and 'could be' + a comparative say it was not so", arguments: [
        ("The nurses were too busy to be kind.", "staff-attitude-"),
        ("Honestly it was too expensive to be worth it.", "price-"),
        ("Too good to be true.", "{}"),
        // A complaint there is the complaint itself.
        ("The queue was too long to wait in.", "waiting-time-"),
        // "could be" + a comparative says it is not so now; "could of" is "could have".
        ("The reception staff could be friendlier.", "staff-attitude-"),
        ("The checkout could be quicker.", "waiting-time-"),
        ("The changing rooms could of been cleaner.", "cleanliness-"),
    ])
    func tooToBe(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("A negated complaint phrase praises what it is about; never seen it so is not a negation", arguments: [
        ("Nobody had any problem with how tidy the place was.", "cleanliness+"),
        ("No issues with the prices at all.", "price+"),
        ("Never seen the bathrooms so clean.", "cleanliness+"),
        ("Never charged a penny more than the quote.", "price+"),
        ("The food is not what it used to be.", "product-quality-"),
        ("The coat was not up to scratch.", "product-quality-"),
        ("Nobody could tell us when the engineer would come.", "communication-"),
    ])
    func negatedComplaintPhrases(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Round 16: a past state is not the present one; 'never anything but' is 'always'; a hedge after a comma; a previous provider compared", arguments: [
        ("The food used to be dreadful.", "product-quality+"),
        ("Staff were never anything but polite.", "staff-attitude+"),
        ("The bedding had not been changed since the last guest.", "cleanliness-"),
        ("I wouldn't call the porter rude, exactly. He just dropped our bags at the door and walked off.", "staff-attitude-"),
        ("The barber listened, which is more than I can say for my last one.", "communication+"),
    ])
    func pastStatesAndDoubleNegatives(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("2026.12-10: the clause a negated judgement opens with its own subject is not denied with it", arguments: [
        ("Nobody noticed we were waiting.", "staff-attitude-"),
        ("The GP didn't make me feel like I was wasting his time.", "staff-attitude+"),
        ("Nobody told us it was running late.", "communication- waiting-time-"),
    ])
    func embeddedClause(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }
}
