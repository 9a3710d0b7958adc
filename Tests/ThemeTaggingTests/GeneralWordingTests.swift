import Testing
import ThemeTagging

/// The classes of wording added so that the tagger reads comments it has never seen: each row is an
/// invented sentence (none is from the labelled set) standing for a rule of English, not for a sentence.
@Suite("General wording")
struct GeneralWordingTests {
    let tagger = Shared.tagger

    @Test("Constructions: comparatives, questions, hedges, counterfactuals, no one and nobody", arguments: [
        ("Better value elsewhere.", "price-"),
        ("Costs a tenner more than the supermarket.", "price-"),
        ("Charged me double what they quoted.", "price-"),
        ("Honestly worth every single penny.", "price+"),
        ("Value for money? Not really.", "price-"),
        ("Rude? Not at all.", "staff-attitude+"),
        ("Would it kill them to open a second till?", "waiting-time-"),
        ("Hardly what I'd call welcoming.", "staff-attitude-"),
        ("Service was not what you'd call speedy.", "waiting-time-"),
        ("The room could have been cleaner.", "cleanliness-"),
        ("Couldn't have asked for a better curry.", "product-quality+"),
        ("The floor has never been cleaner.", "cleanliness+"),
        ("If I'd known about the fee I wouldn't have come. Someone should have said.", "communication-"),
        ("Nobody was rude and nobody went out of their way.", "{}"),
    ])
    func constructions(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Implicit judgements as classes: time, money, breakage, being told, knowing", arguments: [
        ("It took them a fortnight to reply.", "communication- waiting-time-"),
        ("Why does it take three weeks to get a callback?", "communication-"),
        ("Three weeks to get a GP appointment.", "waiting-time-"),
        ("Our starters arrived after 50 minutes.", "waiting-time-"),
        ("People are queuing out into the car park.", "waiting-time-"),
        ("For £160 a night I expected a lot better.", "price-"),
        ("You'll need a second mortgage.", "price-"),
        ("£££", "price-"),
        ("My laptop died within a month.", "product-quality-"),
        ("The replacement doesn't fit properly.", "product-quality-"),
        ("They keep sending it back with the same fault.", "product-quality-"),
        ("The engineer couldn't work out what was wrong.", "knowledge-"),
        ("She spotted the problem the last garage missed.", "knowledge+"),
        ("I still don't know what was wrong with my car.", "communication-"),
        ("The surgeon drew me a diagram so I'd understand.", "communication+"),
        ("She remembers everyone's names.", "staff-attitude+"),
        ("He talks to customers like they're a nuisance.", "staff-attitude-"),
    ])
    func implicit(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Variants: slang, US and Indian English, text-speak, doubled letters, emoji", arguments: [
        ("the garage dint no what was rong", "knowledge-"),
        ("took yonks to get served", "waiting-time-"),
        ("Ngl the staff are vibes", "staff-attitude+"),
        ("Cheers, you're all stars!", "staff-attitude+"),
        ("The burger was mid.", "product-quality-"),
        ("pizza 🔥🔥🔥", "product-quality+"),
        ("The restroom was filthy.", "cleanliness-"),
        ("Very economical rates.", "price+"),
        ("The staff misbehaved with my mother.", "staff-attitude-"),
        ("They never revert to emails.", "communication-"),
        ("The staff were very cooperative.", "staff-attitude+"),
        ("The receptionist was very proffesional and acommodating.", "staff-attitude+"),
    ])
    func variants(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Words that name rather than judge", arguments: [
        ("I had my blood pressure checked.", "{}"),
        ("My late husband loved this place.", "{}"),
        ("The clean air zone starts next month.", "{}"),
        ("He talked me out of the expensive model.", "knowledge+"),
        ("Went for the cheap seats on a short flight.", "{}"),
        ("The courtesy car was immaculate inside.", "cleanliness+"),
        ("We got to know the staff over the years.", "{}"),
        ("I will remember it forever.", "{}"),
    ])
    func naming(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Round 14 mechanisms: approximate amounts, rates, reported speech, a customer's own knowing, litotes, dashes and times of day, emoji, coordinated verbs", arguments: [
        ("The nurse took about twenty minutes to come back.", "waiting-time-"),
        ("Dan said the receptionist was 'a total star' and I agree.", "staff-attitude+"),
        ("The cashier had no idea how the voucher worked.", "knowledge-"),
        ("Customers keep asking me why the aisles moved and I honestly don't know.", "{}"),
        ("The manager couldn't have been clearer about the charges.", "communication+"),
        ("The tour started at 09:30 - the host was brilliant.", "staff-attitude+"),
        ("The changing rooms - honestly not grim at all!", "cleanliness+"),
        ("The app is ok I guess.", "{}"),
        ("Fixed my bike and cleaned up after himself 👍", "cleanliness+ product-quality+"),
        ("Toilets clean? You're joking.", "cleanliness-"),
        ("They answered none of my questions.", "communication-"),
        ("Took them a good hour to bring the bill.", "waiting-time-"),
        ("I've seen cleaner bus stations.", "cleanliness-"),
        ("I've never seen cleaner toilets.", "cleanliness+"),
        ("The room was dated but comfortable.", "product-quality+"),
        ("Patients are generally polite with us.", "{}"),
        ("The woman who answered the phone had no patience whatsoever.", "staff-attitude-"),
        ("Appointment was at 2, wasn't seen till 3.30.", "waiting-time-"),
        ("The whole thing was done and dusted in ten minutes.", "waiting-time+"),
        ("Keep up the good work!", "{}"),
        ("Far from clean.", "cleanliness-"),
        ("Anything but helpful.", "staff-attitude-"),
        ("The room wasn't the cleanest but the staff made up for it.", "cleanliness- staff-attitude+"),
        ("I wouldn't go as far as to say the staff were rude.", "staff-attitude+"),
        ("Never had a problem with the staff.", "staff-attitude+"),
        ("Much better than the Tesco down the road.", "{}"),
        ("The staff at the other branch are much friendlier.", "staff-attitude-"),
        ("The staff here are friendlier than the other branch.", "staff-attitude+"),
    ])
    func round14Mechanisms(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    /// A price paid is no judgement of it (the labelling rules' "paid extra, still slow"): the lexicon reads
    /// none, where the learned reader, weighing "£40 a month" beside a complaint, adds price −.
    @Test("Round 14: an amount paid beside a complaint is no price judgement (the lexicon's reading)")
    func amountPaidBesideAComplaint() {
        #expect(Shared.lexiconTagger.tag("Paying £40 a month and the gym is still filthy.") == Tags.parse("cleanliness-"))
    }

    @Test("Round 14 classes: noticing, wrong information, smells, mud, contact as soon as, money saved or wasted", arguments: [
        ("Gave me the wrong dose twice.", "knowledge-"),
        ("The optician noticed a problem with my retina.", "knowledge+"),
        ("The hallway smells a bit musty.", "cleanliness-"),
        ("The plumber left mud all over the kitchen and didn't say sorry.", "cleanliness- staff-attitude-"),
        ("Nobody rang to say the parts had come in.", "communication-"),
        ("Staff were glued to their phones.", "staff-attitude-"),
        ("Saved me about £20 on the usual price.", "price+"),
        ("Another £15 down the drain.", "price-"),
        ("The printer worked first time.", "product-quality+"),
        ("Didn't take long at all.", "waiting-time+"),
        ("Thank you to everyone at the branch.", "{}"),
        ("Found a fly in my salad.", "cleanliness-"),
        ("Spent my whole lunch break in the queue.", "waiting-time-"),
        ("The instructions were as clear as mud.", "communication-"),
        ("The bathroom smelled a bit musty.", "cleanliness-"),
        ("There was mould in the shower.", "cleanliness-"),
        ("The bread was mouldy.", "product-quality-"),
        ("There was lipstick on my cup.", "cleanliness-"),
    ])
    func round14Classes(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Round 16 mechanisms: copula-led and 'both' clauses see back, reasons in quotes are speech, affirmed needs, 'it' after a failure to tell", arguments: [
        ("The bank manager, Oliver, was a delight.", "staff-attitude+"),
        ("Ordered two cakes, both delicious.", "product-quality+"),
        ("They chose this bakery because 'the bread is always fresh'.", "product-quality+"),
        ("They actually explained what the charges were for.", "communication+"),
        ("The garage always texts me when the car is done.", "communication+"),
        ("Found a £12 card fee on my receipt. Nobody mentioned it at the till.", "communication- price-"),
        ("The regulars say the chef's curries are the best in town.", "product-quality+"),
        ("I'd love more training on the new system.", "{}"),
        ("The new card saves me a fortune.", "price+"),
        ("The optician always runs on time. Love that.", "waiting-time+"),
        ("parking 👍 queues 👎", "waiting-time-"),
        ("delivery charges 😱", "price-"),
    ])
    func roundSixteenMechanisms(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Round 17 mechanism: a neutral place after a preposition is where the subject is, not the subject", arguments: [
        ("The girl on customer services was lovely.", "staff-attitude+"),
        ("The lady in the waiting room was rude.", "staff-attitude-"),
        ("The man at the information desk was brilliant.", "staff-attitude+"),
        ("My blood pressure was fine.", "{}"),
        ("The waiting room was lovely.", "{}"),
    ])
    func roundSeventeenMechanism(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }
}
