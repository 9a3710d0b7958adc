import Testing
import ThemeTagging

@Suite("Lexicon parser")
struct LexiconParserTests {
    /// A small lexicon with every kind of section, including a theme the default does not have.
    static let good = """
        # a small lexicon for tests
        version: test-7

        [themes]
        accessibility, price

        [settings]
        negation-scope = 4
        threshold = 0.3
        undisclosed = price
        disclosure = accessibility

        [class: kit]
        ramp, lift

        [accessibility: aspects]
        step free access, @kit
        [accessibility: positive]
        wheelchair friendly, step free ~1.5
        [accessibility: negative]
        no ramp, stairs only ~0.5
        [accessibility: needs]
        ramp
        [price: negative]
        pricey

        [opinions: positive]
        great
        [opinions: negative]
        awful
        [negators]
        not, no ~2
        [intensifiers]
        very ~1.4
        [spellings]
        wheelchiar = wheelchair, 2 steep = too steep
        [numbers]
        two = 2
        [durations]
        minute = 1
        [word-forms]
        went = go
        """

    @Test("A good lexicon parses: version, themes in order, and a tagger that uses them")
    func goodLexicon() throws {
        let lexicon = try ThemeLexicon(parsing: Self.good)
        #expect(lexicon.version == "test-7")
        #expect(lexicon.themes == [Theme("accessibility"), .price])
        let tagger = ThemeTagger(lexicon: lexicon, model: nil)
        #expect(tagger.tag("Very wheelchiar friendly!") == [Theme("accessibility"): .positive])
        #expect(tagger.tag("The ramp was awful.") == [Theme("accessibility"): .negative])
        #expect(tagger.tag("There was no ramp.") == [Theme("accessibility"): .negative])
        #expect(tagger.tag("Pricey.") == [.price: .negative])
        #expect(tagger.tag("Great.") == [:])
    }

    @Test("The shipped default lexicon parses and declares the seven themes")
    func defaultLexicon() throws {
        let lexicon = try ThemeLexicon(parsing: ThemeLexicon.defaultText)
        #expect(!lexicon.version.isEmpty)
        #expect(lexicon.version == ThemeLexicon.default.version)
        #expect(Set(lexicon.themes) == [
            .waitingTime, .staffAttitude, .knowledge, .cleanliness, .price, .productQuality, .communication,
        ])
    }

    @Test("Each kind of error names its line", arguments: [
        ("[themes]\nprice", 1, ThemeLexiconError.Reason.missingVersion),
        ("# no version at all", 1, .missingVersion),
        ("version: 1\nversion: 2", 2, .duplicateVersion),
        ("version: 1\n[themes]\nprice\nversion: 2", 4, .misplacedVersion),
        ("version: 1\n[themes\nprice", 2, .malformedHeader("[themes")),
        ("version: 1\n[themes]\nprice\n[phrases]", 4, .unknownSection("phrases")),
        ("version: 1\n[themes]\nprice\n[price: adjectives]", 4, .unknownSection("price: adjectives")),
        ("version: 1\n[themes]\nprice\n[waiting-time: aspects]", 4, .undeclaredTheme("waiting-time")),
        ("version: 1\n[themes]\nPrice Level", 3, .invalidThemeID("Price Level")),
        ("version: 1\n[opinions: positive]\ngood", 1, .noThemes),
        ("version: 1\ngood, great", 2, .entryOutsideSection("good, great")),
        ("version: 1\n[themes]\nprice\n[price: negative]\npricey,, dear", 5, .emptyPhrase),
        ("version: 1\n[themes]\nprice\n[price: negative]\n* pricey", 5, .misplacedGap("* pricey")),
        ("version: 1\n[themes]\nprice\n[price: negative]\npricey ~9", 5, .badWeight("~9")),
        ("version: 1\n[themes]\nprice\n[price: negative]\npricey @things", 5, .unknownClass("things")),
        ("version: 1\n[themes]\nprice\n[spellings]\nprise: price", 5, .badMapping("prise: price")),
        ("version: 1\n[themes]\nprice\n[durations]\nhour = sixty", 5, .badNumber("sixty")),
        ("version: 1\n[themes]\nprice\n[settings]\nthreshhold = 0.3", 5, .unknownSetting("threshhold")),
        ("version: 1\n[themes]\nprice\n[class: kit]\nstep ladder", 5, .multiWordClassMember("step ladder")),
        ("version: 1\n[themes]\nprice\n[settings]\nundisclosed = waiting-time", 5, .undeclaredTheme("waiting-time")),
    ])
    func errorLine(text: String, line: Int, reason: ThemeLexiconError.Reason) {
        #expect(throws: ThemeLexiconError(line: line, reason)) { try ThemeLexicon(parsing: text) }
        let message = ThemeLexiconError(line: line, reason).description
        #expect(message.hasPrefix("line \(line): "))
    }

    @Test("An error in an edited copy of the default text names the line where it was made")
    func errorInEditedDefault() {
        var lines = ThemeLexicon.defaultText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = lines.firstIndex(of: "[price: negative]")! + 1
        lines[index] = "expensive, ~0.5"
        let error = #expect(throws: ThemeLexiconError.self) {
            try ThemeLexicon(parsing: lines.joined(separator: "\n"))
        }
        #expect(error?.line == index + 1)
    }
}
