import FeedbackAggregatorPlugin
import Foundation
import Testing
import ThemeTagging

@Suite struct ShippedLexiconTests {
    /// The file plugin.yaml's `lexicon_file` names by default is the built-in lexicon, word for word.
    @Test func theShippedLexiconFileIsTheBuiltInText() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("plugins/feedback-aggregator/lexicon/theme-lexicon.txt").path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text == ThemeLexicon.defaultText, "regenerate lexicon/theme-lexicon.txt from ThemeLexicon.defaultText")
        let settings = try FeedbackSettings.read(environment: ["FEEDBACK_AGGREGATOR_LEXICON_FILE": file], calendars: [:])
        #expect(settings.tagger.lexicon.version == ThemeLexicon.default.version)
    }
}
