/// The markers of a sentence that take undertakings out of commitment, each with its scope:
/// whether it is asked as a question, where conditions, hedges, reported speech and
/// contrasts ("but") sit.
struct SentenceScopes {
    /// The sentence read.
    let context: SentenceContext
    /// Whether the sentence opens as a question ("shall I...", "would you like...", "want me to...").
    let opensAsQuestion: Bool
    /// Indices of the words that open a condition ("if", "provided", "unless", "should the...").
    let conditions: [Int]
    /// Indices of hedges whose scope is the sentence ("probably", "I can't guarantee", "I think").
    let hedges: [Int]
    /// Indices of verbs reporting someone's words ("said", "told") and of "according to".
    let reports: [Int]
    /// Indices of contrastive conjunctions ("but", "however", "though").
    let contrasts: [Int]

    /// Conjunctions that set what follows against what came before.
    static let contrastWords: Set<String> = ["but", "however", "though", "although", "whereas"]

    /// Reads the markers of `context`.
    init(_ context: SentenceContext) {
        self.context = context
        self.opensAsQuestion = QuestionForm(context).opensAsQuestion
        var conditions: [Int] = []
        var hedges: [Int] = []
        var reports: [Int] = []
        var contrasts: [Int] = []
        let markers = MarkerScan(context)
        for index in context.range where context.tokens[index].isWord && !context.isInDue(index) {
            let token = context.tokens[index]
            if token.is(.contrastive) && Self.contrastWords.contains(token.text) {
                contrasts.append(index)
            }
            if token.is([.markerCue, .hedgeAdverb, .opinionVerb]) {
                if markers.opensCondition(at: index) { conditions.append(index) }
                if markers.hedges(at: index) { hedges.append(index) }
            }
            if token.is(.reportingVerb) || context.matches(["according", "to"], at: index) { reports.append(index) }
        }
        self.conditions = conditions
        self.hedges = hedges
        self.reports = reports
        self.contrasts = contrasts
    }

    /// Whether a contrastive conjunction lies strictly between `first` and `second`.
    func contrast(between first: Int, and second: Int) -> Bool {
        contrasts.contains { $0 > first && $0 < second }
    }
}
