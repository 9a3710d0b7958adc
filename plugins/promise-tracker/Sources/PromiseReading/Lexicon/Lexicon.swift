/// The word classes of every word the readers know, looked up once per token.
enum Lexicon {
    /// Classes by word, built once from the word lists.
    static let table: [String: WordClass] = build()
    /// What each word of the text is, contractions without apostrophes included: one look-up per word.
    static let entries: [String: LexiconEntry] = {
        var entries = table.mapValues { LexiconEntry(classes: $0, contraction: nil) }
        for (word, rule) in Contractions.rules { entries[word, default: LexiconEntry(classes: [], contraction: nil)].contraction = rule }
        return entries
    }()

    /// The classes of `word` (lower case); empty for a word not in the lists.
    static func classes(of word: String) -> WordClass {
        table[word] ?? []
    }

    private static func build() -> [String: WordClass] {
        var table: [String: WordClass] = [:]
        func add(_ words: [String], _ wordClass: WordClass) {
            for word in words { table[word, default: []].formUnion(wordClass) }
        }
        add(FunctionWords.firstPerson, .firstPerson)
        add(FunctionWords.secondPerson, .secondPerson)
        add(FunctionWords.thirdPerson, .thirdPerson)
        add(FunctionWords.impersonal, .impersonal)
        add(FunctionWords.existential, .existential)
        add(FunctionWords.someone, .someone)
        add(FunctionWords.objectPronouns, .objectPronoun)
        add(FunctionWords.determiners, .determiner)
        add(FunctionWords.quantifiers, .quantifier)
        add(FunctionWords.futureModals, .futureModal)
        add(FunctionWords.weakModals, .weakModal)
        add(FunctionWords.auxiliaries, .auxiliary)
        add(FunctionWords.negations, .negation)
        add(FunctionWords.coordinators, .coordinator)
        add(FunctionWords.contrastives, .contrastive)
        add(FunctionWords.subordinators, .subordinator)
        add(FunctionWords.whWords, .whWord)
        add(FunctionWords.prepositions, .preposition)
        add(FunctionWords.fillers, .filler)
        add(FunctionWords.midAdverbs, .midAdverb)
        add(MarkerWords.hedgeAdverbs, .hedgeAdverb)
        add(MarkerWords.habitual, .habitual)
        add(MarkerWords.hedgeVerbs, .hedgeVerb)
        add(MarkerWords.opinionVerbs, .opinionVerb)
        add(MarkerWords.reportingVerbs, .reportingVerb)
        add(MarkerWords.stativeVerbs, .stativeVerb)
        add(MarkerWords.stateAdjectives, .stateAdjective)
        add(MarkerWords.inquiryVerbs, .inquiryVerb)
        add(MarkerWords.timeWords, .timeWord)
        add(VerbList.base, .verb)
        add(CalendarWords.weekdayNames.map(\.key), .timeWord)
        add(CalendarWords.monthNames.map(\.key), .timeWord)
        add(Array(DuePhraseParser.startWords), .dueStart)
        add(Array(DueLead.words.keys) + ["no", "not", "some"], .dueLead)
        add(Array(UndertakingFinder.cueWords), .undertakingCue)
        add(Array(MarkerScan.cueWords), .markerCue)
        return table
    }
}
