import Testing
@testable import NameMatching

/// The rules added while developing on the third probe set: each class with cases that it
/// rules out and contrasting cases that must still count. Sentences written for the tests,
/// not taken from any labelled file.
@Suite("Probe3 rules") struct Probe3RuleTests {
    /// Works, makers and kinds of thing named after a person.
    static let worksAndThingsCases: [NameCase] = [
        NameCase("Roxanne Bell||Ms", "They had the song Roxanne on repeat all morning.", used: false),
        NameCase("Matilda Cross||Mrs", "That book Matilda is due back Friday.", used: false),
        NameCase("Matilda Cross||Mrs", "Your book is due back Friday, Matilda.", used: true),
        NameCase("Adele Martin||Ms", "Have you heard Adele's latest single?", used: false),
        NameCase("Adele Martin||Ms", "Adele's prescription is ready.", used: true),
        NameCase("Stan Smith||Mr", "Those are proper Stan Smith ones, aren't they?", used: false),
        NameCase("Stan Smith||Mr", "Stan Smith, room four.", used: true),
    ]

    /// Other people with the customer's name.
    static let otherPeopleCases: [NameCase] = [
        NameCase("Tom Reid||Mr", "The other Mr Reid is already upstairs.", used: false),
        NameCase("Tom Reid||Mr", "We've got another Tom in at ten.", used: false),
        NameCase("Tom Reid||Mr", "Mr Reid, you're upstairs.", used: true),
        // A colleague called in mid-sentence: "you" is the colleague, the name the customer.
        NameCase("Hannah Berg||Ms", "Hannah's coat is by the door, Dev, could you bring it over?", used: true),
        NameCase("Hannah Berg||Ms", "Could you bring Hannah's coat over?", used: false),
        // Japanese 先生 is a doctor's or teacher's title, not a guest's.
        NameCase("佐藤 健||様", "佐藤先生からのご紹介ですね。", used: false),
        NameCase("佐藤 健||様", "佐藤様、こちらへどうぞ。", used: true),
        // The customer says a relation has the name: the agent's mentions (nickname too) are theirs.
        NameCase("William Moss||Mr", ["C: It's for my grandad, he's William Moss as well.", "A: Bill's parcel, here you are."],
                 used: false),
        NameCase("William Moss||Mr", ["C: It's for me.", "A: Bill's parcel, here you are."], used: true),
    ]

    /// A name read back with a tag question, and a spelling the customer corrects.
    static let spellingCases: [NameCase] = [
        NameCase("Jon Hale||Mr", ["A: John, is it?", "C: Jon, no H.", "A: Thanks."], used: false),
        NameCase("Jon Hale||Mr", ["A: Jon, is it?", "C: Jon, no H.", "A: Thanks."], used: true),
        NameCase("Carla Moss||Ms", ["A: Karla, was it?", "C: Carla, with a C."], used: false),
        NameCase("Jon Hale||Mr", ["A: John, is it?", "C: Yes."], used: true),
    ]

    /// Word-names in transcripts: where a clause has closed before them.
    static let transcriptCases: [NameCase] = [
        NameCase("Grant Fyfe||Mr", "okay then grant ill send it over", used: true),
        NameCase("Grant Fyfe||Mr", "the grant ill send over later", used: false),
        NameCase("Dawn Hale||Mrs", "enjoy your meal dawn", used: true),
        NameCase("Dawn Hale||Mrs", "we open at dawn", used: false),
        NameCase("Summer Hayes||", "enjoy the summer", used: false),
        NameCase("Summer Hayes||", "have a lovely summer", used: false),
        NameCase("Ed Kerr||Mr", "we need your address too ed", used: true),
        NameCase("Rich Lowe||Mr", "thats a bit too rich", used: false),
    ]

    /// Names that are particles elsewhere, and Devanagari for a name recorded in Latin letters.
    static let formCases: [NameCase] = [
        NameCase("Al Haddad||Mr", "hi al your parcel is here", used: true, forms: ["al"]),
        NameCase("Omar al-Haddad||Mr", "hi al your parcel is here", used: false),
        NameCase("Priya Iyer||Ms", "नमस्ते, प्रिया जी।", used: true, forms: ["प्रिया जी"]),
        NameCase("Ram Iyer||Mr", "राम, आपकी दवा तैयार है।", used: true),
        NameCase("Priya Iyer||Ms", "आपकी दवा तैयार है।", used: false),
    ]

    @Test("works, makers and kinds of thing", arguments: worksAndThingsCases)
    func worksAndThings(_ example: NameCase) { example.verify() }
    @Test("other people", arguments: otherPeopleCases) func otherPeople(_ example: NameCase) { example.verify() }
    @Test("tag questions and spelling corrections", arguments: spellingCases)
    func spelling(_ example: NameCase) { example.verify() }
    @Test("word-names in transcripts", arguments: transcriptCases)
    func transcripts(_ example: NameCase) { example.verify() }
    @Test("particles and Devanagari", arguments: formCases) func forms(_ example: NameCase) { example.verify() }
}
