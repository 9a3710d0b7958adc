import Testing
@testable import ThemeTagging

@Suite("Phrases the reader can never match")
struct UnmatchablePhraseTests {
    /// A small lexicon whose phrases the reader turns into something else, one way each.
    static let lexicon = """
        version: test-1
        [themes]
        product-quality, waiting-time
        [class: kit]
        ramp, lift
        [product-quality: negative]
        knackered, broke @kit
        [waiting-time: negative]
        a full @long-time late, still waiting
        [waiting-time: aspects]
        queue
        [spellings]
        knackered = tired
        [numbers]
        two = 2
        [durations]
        minute = 1, hour = 60
        [settings]
        long-time = 15
        """

    @Test("A phrase a spelling rewrites and one whose words are read as a length are found, with their lines and readings")
    func found() throws {
        let found = try ThemeLexicon(parsing: Self.lexicon).unmatchablePhrases()
        #expect(found == [
            UnmatchablePhrase(line: 7, phrase: "knackered", readAs: "tired"),
            UnmatchablePhrase(line: 9, phrase: "a full @long-time late", readAs: "#time late"),
        ])
    }

    @Test("The shipped lexicon has no phrase the reader can never match")
    func shipped() {
        let found = ThemeLexicon.default.unmatchablePhrases()
        #expect(found.isEmpty, "\(found.map { "line \($0.line): \($0.phrase) (read as \($0.readAs))" })")
    }

    @Test("A length of time written out in a phrase matches that length however a comment words it")
    func writtenLengths() throws {
        let tagger = ThemeTagger(lexicon: try ThemeLexicon(parsing: """
            version: test-2
            [themes]
            product-quality
            [product-quality: negative]
            lasted a week, open a second
            [numbers]
            two = 2, seven = 7
            [durations]
            second = 0.0167, day = 1440, week = 10080
            """), model: nil)
        for comment in ["The kettle lasted a week.", "The kettle lasted 7 days.", "The kettle lasted seven days!"] {
            #expect(tagger.tag(comment) == [.productQuality: .negative], "\(comment)")
        }
        #expect(tagger.tag("The kettle lasted two weeks.").isEmpty)
        // "a second" before a noun is an ordinal, in a phrase as in a comment.
        #expect(tagger.tag("Please open a second till.") == [.productQuality: .negative])
    }

    @Test("Shipped: stressed lengths, possessive 'its', and 'weekly' is no length")
    func shippedReadings() {
        let tagger = ThemeTagger()
        #expect(tagger.tag("We were rebooked for the following morning, a full fourteen hours later.") == [.waitingTime: .negative])
        #expect(tagger.tag("The cake was past its best.") == [.productQuality: .negative])
        #expect(tagger.tag("They send a weekly update on the build.") == [.communication: .positive])
    }
}
