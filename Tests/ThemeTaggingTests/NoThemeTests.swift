import Testing
import ThemeTagging

@Suite("General praise or complaint gets no theme")
struct NoThemeTests {
    let tagger = Shared.tagger

    @Test("Praise or complaint that names no theme tags nothing", arguments: [
        ("Great service!", "{}"),
        ("Awful experience, would not recommend.", "{}"),
        ("10/10", "{}"),
        ("Lovely place, will be back.", "{}"),
        ("Never again.", "{}"),
        ("Very disappointing visit.", "{}"),
        ("Thank you so much 😊", "{}"),
        ("Everything was fine.", "{}"),
        ("We popped in for a browse.", "{}"),
    ])
    func tags(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }
}
