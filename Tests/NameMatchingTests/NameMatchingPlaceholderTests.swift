import Testing
@testable import NameMatching

@Suite("NameMatching placeholder") struct NameMatchingPlaceholderTests {
    @Test func builds() {}
}
