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

    /// plugin.yaml's `theme_model_file` names the built-in model by default; `none` tags with the lexicon
    /// alone, empty takes the built-in copy, and a file that is not a model stops the plugin with its line.
    @Test func theModelSetting() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("plugins/feedback-aggregator/lexicon/theme-model.txt").path
        let variable = "FEEDBACK_AGGREGATOR_THEME_MODEL_FILE"
        #expect(try FeedbackSettings.read(environment: [variable: file], calendars: [:]).tagger.model == ThemeModel.default)
        #expect(try FeedbackSettings.read(environment: [variable: ""], calendars: [:]).tagger.model == ThemeModel.default)
        #expect(try FeedbackSettings.read(environment: [variable: "none"], calendars: [:]).tagger.model == nil)
        #expect {
            try FeedbackSettings.read(environment: [variable: "/nonexistent/model.txt"], calendars: [:])
        } throws: { error in
            String(describing: error).contains("\(variable): cannot read the theme model /nonexistent/model.txt")
        }
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-bad-model-\(getpid()).txt")
        try "version 1\nlexicon x\nthreshold 0.5\nthemes price\nweights\nu:cheap 0:lots\n".write(to: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: bad) }
        #expect {
            try FeedbackSettings.read(environment: [variable: bad.path], calendars: [:])
        } throws: { error in
            String(describing: error).contains("line 6: '0:lots' is not INDEX:WEIGHT")
        }
    }
}
