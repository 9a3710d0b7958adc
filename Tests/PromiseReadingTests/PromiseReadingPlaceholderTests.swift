import Testing
@testable import PromiseReading

@Suite("PromiseReading placeholder") struct PromiseReadingPlaceholderTests {
    @Test func builds() {}
}
