import Testing
@testable import NameMatching

/// Folding and cutting text into tokens.
@Suite("Tokenizer") struct TokenizerTests {
    @Test(arguments: [
        ("Müller", "muller"), ("Weiß", "weiss"), ("Łukasz", "lukasz"), ("Ødegaard", "odegaard"),
        ("Nguyễn", "nguyen"), ("O'Connor", "oconnor"), ("O’Connor", "oconnor"), ("Zoe\u{0308}", "zoe"),
        ("ÆSIR", "aesir"), ("Yılmaz", "yilmaz"), ("ΓΙΏΡΓΟΣ", "γιωργοσ"), ("Ёлка", "елка"), ("أحمد", "احمد"),
    ])
    func folds(_ input: String, _ key: String) {
        #expect(Tokenizer.tokenize(input).tokens.map(\.key) == [key])
    }

    @Test func possessivesHyphensAndBoundaries() {
        let text = Tokenizer.tokenize("Is that James' Audi? Mrs Lloyd-Evans's order, ok!")
        #expect(text.tokens.map(\.key) == ["is", "that", "james", "audi", "mrs", "lloyd", "evans", "order", "ok"])
        #expect(text.tokens[2].possessive)
        #expect(text.tokens[3].after == .question)
        #expect(text.tokens[5].after == .hyphen)
        #expect(text.tokens[6].possessive)
        #expect(text.tokens[7].after == .comma)
        #expect(text.tokens[8].after == .exclamation)
        #expect(text.span(4, 6) == "Mrs Lloyd-Evans's")
        #expect(text.cased)
    }

    @Test func transcriptsAreNotCased() {
        #expect(!Tokenizer.tokenize("thank you mrs oconnor").cased)
        #expect(!Tokenizer.tokenize("THANK YOU MRS OKAFOR").cased)
        #expect(Tokenizer.tokenize("Thank you, Mrs O'Connor.").cased)
    }

    @Test func hanRunsAreOneTokenAndAccentsAreKept() {
        let text = Tokenizer.tokenize("谢谢王女士。Lần sau")
        #expect(text.tokens.map(\.key) == ["谢谢王女士", "lan", "sau"])
        #expect(text.tokens[0].after == .stop)
        #expect(text.tokens[1].markedKey == "lần")
        #expect(text.tonal)
    }

    @Test func apostropheSuffixesAndElisions() {
        let tokens = Tokenizer.tokenize("Ahmet'in dell'Anna can't").tokens
        #expect(tokens.map(\.alternateKey) == ["ahmet", "anna", nil])
    }

    @Test func addressesJoinTokens() {
        let tokens = Tokenizer.tokenize("dana.whitfield@mail.com").tokens
        #expect(tokens.map(\.after) == [.joiner, .joiner, .joiner, .end])
    }
}
