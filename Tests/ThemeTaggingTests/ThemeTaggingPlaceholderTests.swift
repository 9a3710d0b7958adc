import Testing
@testable import ThemeTagging

@Suite("ThemeTagging placeholder") struct ThemeTaggingPlaceholderTests {
    @Test func builds() {}
}
