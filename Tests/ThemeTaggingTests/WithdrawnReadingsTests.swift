import Testing
import ThemeTagging

/// Sentences written for the lexicon's rules (each stands for a class of wording, in the suite named
/// beside it) that the shipped learned reader withdraws a tag from. It is less than 0.5 sure of each: short
/// comments give it few words to weigh, and a waiting-time tag read from one verb ("dawdled", "quicker")
/// or a delay nobody told of is where, on labelled comments it never saw, the lexicon's tag was wrong about
/// a third of the time. Withdrawing below 0.5 gained more precision than it cost recall on those comments
/// (the plugin README, "The learned reader"), so these are the lexicon's readings, tested without the
/// model; the labelled sets measure the two together.
@Suite("The lexicon's readings the learned reader withdraws")
struct WithdrawnReadingsTests {
    @Test("Customers' comments", arguments: [
        // General wording
        ("Nobody bothered to tell us about the delay.", "communication- waiting-time-"),
        ("The mechanic couldn't have been quicker.", "waiting-time+"),
        ("They texted me as soon as it was ready.", "communication+ waiting-time+"),
        // Negation
        ("Nobody told us it was running late.", "communication- waiting-time-"),
        ("The receptionist was not unhelpful, just slow.", "staff-attitude+ waiting-time-"),
        // Implicit wording
        ("Our cases were the last off the belt, again.", "waiting-time-"),
        ("Our suitcases were the last two off the belt.", "waiting-time-"),
        ("Rang me back the same afternoon with an update.", "communication+ waiting-time+"),
        ("The receptionist finished her personal call before even looking at me.", "staff-attitude- waiting-time-"),
        ("The waiter dawdled over everything.", "waiting-time-"),
        ("The waitress noticed I had left most of it.", "staff-attitude+"),
    ])
    func customers(comment: String, expected: String) {
        #expect(Shared.lexiconTagger.tag(comment) == Tags.parse(expected), "\(comment)")
        // The shipped tagger withdraws a tag here (as the README says), and changes only what its
        // explanation names.
        let explanation = Shared.tagger.explain(comment)
        #expect(!explanation.withdrawn.isEmpty && explanation.withdrawn.values.allSatisfy { $0 < (Shared.tagger.model?.keep ?? 0) }, "\(comment)")
        var tags = Shared.lexiconTagger.tag(comment).filter { explanation.withdrawn[$0.key] == nil }
        for theme in Set(explanation.learned.keys).union(explanation.turned.keys) { tags[theme] = explanation.tags[theme] }
        #expect(Shared.tagger.tag(comment) == tags, "\(comment)")
    }

    @Test("An employee's comment on what customers meet")
    func employee() {
        let comment = "We get so many compliments on the curries."
        #expect(Shared.lexiconTagger.tag(comment, by: .employee) == Tags.parse("product-quality+"))
        #expect(Shared.tagger.explain(comment, by: .employee).withdrawn[.productQuality] != nil)
    }
}
