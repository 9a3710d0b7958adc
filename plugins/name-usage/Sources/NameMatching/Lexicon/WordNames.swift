/// Names that are also ordinary words, places or brands, in many languages, by the reading
/// that competes with the name. Keys are folded. Built from general knowledge of the
/// languages, not from any test data.
enum WordNames {
    /// The class of a folded name token.
    static func wordClass(of key: String) -> WordClass {
        if let known = table[key] { return known }
        return .name
    }

    /// Names that are also common verbs, so "mark your calendar" or "park your car" at the
    /// start of a sentence is the verb, not a vocative.
    static let verbs = WordList.keys("""
        will may can hope mark bill chase rob pat sue drew wade lance grant rush nick
        dash trust bolt heal hail cash bank park price page hunt bear fish cook turn read
        pay stamp shield nail hammer spark rose said sing hang pan fan ding wing bang ran
        """)

    /// Names that are also verbs taking a that-clause ("hope you're well", "trust all is
    /// well"), the formulas of greetings and goodbyes.
    static let clauseVerbs = WordList.keys("hope trust")

    private static let table: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        for key in WordList.keys(WordNames.general) { table[key] = .word }
        for key in WordList.keys(WordNames.placesAndBrands) { table[key] = .word }
        for key in WordList.keys(WordNames.otherLanguages) { table[key] = .word }
        for key in WordList.keys(WordNames.scripts) { table[key] = .word }
        for key in WordNames.verbs { table[key] = .word }
        for key in WordList.keys("will may can might must shall") { table[key] = .modal }
        for key in WordList.keys("""
            an or and in on at to as by if is it no do go he me we us be my up ha lo ma ye the
            a i o e y u of de la le el da di du en et un il se si su te tu ya na ne ni nu ja
            so am are was not but for with from that this than then
            """) {
            table[key] = .function
        }
        for key in WordList.keys("oh ah eh hey well ok okay yo aye wow hi hmm um er") {
            table[key] = .interjection
        }
        return table
    }()
}
