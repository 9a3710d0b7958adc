import Testing
import ThemeTagging

@Suite("Words are read in context")
struct KeywordTrapTests {
    let tagger = Shared.tagger

    @Test("A keyword in another sense or only mentioned tags nothing of its theme", arguments: [
        ("The cheap plastic zip broke in a week.", "product-quality-"),
        ("They added a £30 cleaning fee without telling us.", "price- communication-"),
        ("After the divorce I wanted a clean break from the joint account.", "{}"),
        ("The manager finally came clean about the error.", "communication+"),
        ("He was quick to judge us because of our kids.", "staff-attitude-"),
        ("We had a quick chat with the owner.", "{}"),
        ("The waiting room had nice plants.", "{}"),
        ("Gave me a dirty look when I asked for help.", "staff-attitude-"),
        ("Can't wait to come back.", "{}"),
        ("The meal was worth the wait.", "product-quality+"),
        ("I asked about the price of a replacement screen.", "{}"),
        ("I charged my phone in the lounge.", "{}"),
        ("Spotless record of reliable service over ten years.", "product-quality+"),
        ("The cold weather didn't stop the staff being cheerful.", "staff-attitude+"),
    ])
    func tags(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Cross-theme words: greasy premises are dirty, greasy food is poor; an app is communication", arguments: [
        ("Grubby tables and greasy windows.", "cleanliness-"),
        ("Couldn't get served at the bar for love nor money.", "waiting-time-"),
        ("The boots fell apart two winters later.", "product-quality-"),
        ("It reminds me of my gran's cooking.", "{}"),
        ("We were treated as new customers.", "{}"),
    ])
    func crossThemeWords(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Round 16: sympathy, hypothetical breakage, weather, the business's own costs and a customer's lateness judge nothing", arguments: [
        ("One poor girl had to do everything herself.", "{}"),
        ("Anything that breaks gets replaced the same day.", "waiting-time+"),
        ("Went in for a trim on a hot day.", "{}"),
        ("We switched to a cheaper supplier and customers say the bread's gone downhill.", "product-quality-"),
        ("I was running late and the receptionist was lovely about it.", "staff-attitude+"),
        ("Spent ages choosing between three sofas.", "{}"),
        ("Had a slow puncture sorted.", "{}"),
    ])
    func roundSixteenTraps(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("2026.12-9: a break after 'and' hides no phrase; a shop street; 'forever' as 'always'", arguments: [
        ("Lovely lunch and not a penny more than the menu said.", "price+ product-quality+"),
        ("The pharmacist was kind and the pharmacy was spotless.", "cleanliness+ staff-attitude+"),
        ("Cheapest coffee on the high street.", "price+"),
        ("Kids are forever losing their gloves in that park.", "{}"),
        ("The counter girl said 'not my problem' and carried on chatting.", "staff-attitude-"),
    ])
    func roundEighteen(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Round 17: a patient as a person, things taken off, cleaning asked about, size, a menu's fixed price, a customer's own lateness, promise or call", arguments: [
        ("The previous patient's notes were still on the desk.", "{}"),
        ("The doctor was patient with my questions.", "staff-attitude+"),
        ("Took the back panel off and found the fault in minutes.", "knowledge+ waiting-time+"),
        ("Can you clean suede shoes?", "{}"),
        ("It's a dirty great warehouse on the ring road.", "{}"),
        ("I returned the keys late, my mistake.", "{}"),
        ("Will be in touch to book the hall.", "{}"),
        ("I rang them the moment I got home.", "{}"),
        ("I hope asking for a refund isn't an imposition.", "{}"),
        ("I held the map the wrong way round at first.", "{}"),
        ("The new rota frees us up for the busy periods.", "{}"),
        ("Parking is free up to two hours.", "price+"),
        ("The rumour that the shop was closing turned out to be false.", "{}"),
    ])
    func roundSeventeenTraps(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("2026.12-10: a housing desk is no free gift, an MOT passed is no phone call, a customer's noticing is no expertise", arguments: [
        ("The woman on the housing desk was lovely.", "staff-attitude+"),
        ("The MOT went through first time.", "{}"),
        ("The regulars have definitely noticed the new menu.", "{}"),
    ])
    func twentyTwentySixTenTraps(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }
}
