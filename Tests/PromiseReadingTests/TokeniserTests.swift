@testable import PromiseReading
import Testing

/// Tokens of an utterance: normalised words, contractions with and without apostrophes,
/// numbers that stay whole, and sentences.
@Suite("Tokeniser") struct TokeniserTests {
    /// Text and the words it gives.
    struct Row: Sendable, CustomTestStringConvertible {
        let text: String
        let words: [String]
        var testDescription: String { text }
    }

    static let rows: [Row] = [
        Row(text: "I'll call you back.", words: ["i", "will", "call", "you", "back"]),
        Row(text: "We won’t be able to.", words: ["we", "will", "not", "be", "able", "to"]),
        Row(text: "can't, don't, shan't", words: ["can", "not", "do", "not", "shall", "not"]),
        Row(text: "ill call you", words: ["i", "will", "call", "you"]),
        Row(text: "he is very ill today", words: ["he", "is", "very", "ill", "today"]),
        Row(text: "so ill get it", words: ["so", "i", "will", "get", "it"]),
        Row(text: "well call you tomorrow", words: ["we", "will", "call", "you", "tomorrow"]),
        Row(text: "it went well today", words: ["it", "went", "well", "today"]),
        Row(text: "youll get it theyll send it", words: ["you", "will", "get", "it", "they", "will", "send", "it"]),
        Row(text: "were going to send it", words: ["we", "are", "going", "to", "send", "it"]),
        Row(text: "they were late", words: ["they", "were", "late"]),
        Row(text: "its going to be ready", words: ["it", "is", "going", "to", "be", "ready"]),
        Row(text: "Dr. Nguyen's on leave", words: ["dr", "nguyen", "on", "leave"]),
        Row(text: "by 5 p.m. today", words: ["by", "5", "pm", "today"]),
        Row(text: "within forty-eight hours", words: ["within", "forty", "eight", "hours"]),
        Row(text: "a 12,000-mile warranty", words: ["a", "12000", "mile", "warranty"]),
        Row(text: "by 3/4 at 16:00 or 10.30am", words: ["by", "3/4", "at", "16:00", "or", "10.30am"]),
        Row(text: "within 24hrs", words: ["within", "24", "hrs"]),
        Row(text: "five o'clock", words: ["five", "oclock"]),
    ]

    @Test(arguments: rows) func words(_ row: Row) {
        let words = Utterance(row.text).tokens.filter(\.isWord).map(\.text)
        #expect(words == row.words)
    }

    @Test func sentencesEndAtStopsAndQuestionMarks() {
        let utterance = Utterance("Would you like a coffee? I'll have it ready. Thanks!")
        #expect(utterance.sentences.count == 3)
        #expect(utterance.sentences.map(\.endsWithQuestionMark) == [true, false, false])
    }

    @Test func aHyphenBetweenNumbersIsKept() {
        let kinds = Utterance("in 2-3 days").tokens.map(\.kind)
        #expect(kinds == [.word, .word, .hyphen, .word, .word])
    }

    @Test func expandedWordsShareTheOriginalSpan() {
        let utterance = Utterance("Sure, I'll do it")
        let tokens = utterance.tokens.filter(\.isWord)
        #expect(tokens[1].text == "i" && tokens[2].text == "will")
        #expect(utterance.text(of: 2..<4) == "I'll")
    }
}
