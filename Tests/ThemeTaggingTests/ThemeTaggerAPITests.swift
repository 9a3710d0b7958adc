import Foundation
import Testing
import ThemeTagging

@Suite("ThemeTagger API")
struct ThemeTaggerAPITests {
    @Test("Theme ids are the issue's ids")
    func themeIDs() {
        #expect([Theme.waitingTime, .staffAttitude, .knowledge, .cleanliness, .price, .productQuality, .communication]
            .map(\.id) == ["waiting-time", "staff-attitude", "knowledge", "cleanliness", "price", "product-quality",
                           "communication"])
    }

    @Test("Tags encode as a JSON object of theme id to polarity; no tags as {}")
    func json() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let tags = Shared.tagger.tag("Waited 50 minutes but the staff were lovely.")
        let text = String(decoding: try encoder.encode(tags), as: UTF8.self)
        #expect(text == #"{"staff-attitude":"positive","waiting-time":"negative"}"#)
        #expect(String(decoding: try encoder.encode(Shared.tagger.tag("Great service!")), as: UTF8.self) == "{}")
        let decoded = try JSONDecoder().decode([Theme: Polarity].self, from: Data(text.utf8))
        #expect(decoded == tags)
    }

    @Test("The tagger reports its lexicon's version")
    func version() {
        #expect(ThemeTagger().lexicon.version == ThemeLexicon.default.version)
    }

    @Test("One polarity per theme: a theme judged both ways nets to the stronger, or to none")
    func onePolarity() {
        let tagger = Shared.tagger
        #expect(tagger.tag("The cashier was rude but the manager was lovely.") == [.staffAttitude: .positive])
        #expect(tagger.tag("Nobody was rude, nobody was friendly either.") == [:])
    }

    @Test("Empty and odd input tags nothing and does not trap", arguments: ["", " ", "...", "😊", "£", "🙄🙄", "1/10"])
    func oddInput(comment: String) {
        #expect(Shared.tagger.tag(comment) == [:])
    }
}

@Suite("Very long comments")
struct LongCommentTests {
    @Test("A comment is read up to its first 10,000 characters, cut at a sentence end")
    func readLimit() {
        let tagger = Shared.tagger
        let padding = String(repeating: "We went in on a Tuesday afternoon. ", count: 300)
        #expect(padding.count > ThemeTagger.readLimit)
        // What comes after the limit is not read; what comes before it is.
        #expect(tagger.tag("The staff were rude. " + padding) == [.staffAttitude: .negative])
        #expect(tagger.tag(padding + "The staff were rude.").isEmpty)
        // Cut at a sentence end: the last sentence read is whole, not a fragment that reads otherwise.
        let cut = String(repeating: "x ", count: (ThemeTagger.readLimit - 30) / 2) + ". The queue was not long at all today"
        #expect(tagger.tag(cut).isEmpty)
        // A short first sentence and then one long run without a full stop: the run is read up to the limit,
        // not thrown away for the sake of a sentence end ("£4.50" is no sentence end either).
        let run = "Ok. It cost £4.50 and the staff were rude" + String(repeating: " and then some more", count: 600)
        #expect(tagger.tag(run)[.staffAttitude] == .negative)
    }
}
