import Testing
import ThemeTagging

@Suite("Implicit wording")
struct ImplicitWordingTests {
    let tagger = Shared.tagger

    @Test("Durations, knowing, prices and mess judge a theme without naming it", arguments: [
        ("Waited ages for a table.", "waiting-time-"),
        ("We were there forever.", "waiting-time-"),
        ("Sat in reception for an hour and a half.", "waiting-time-"),
        ("Served within five minutes.", "waiting-time+"),
        ("She knew exactly which part I needed.", "knowledge+"),
        ("The lad didn't know the first thing about laptops.", "knowledge-"),
        ("What a rip-off.", "price-"),
        ("£12 for a sandwich.", "price-"),
        ("The floor was covered in crumbs.", "cleanliness-"),
        ("The tea was stone cold and tasteless.", "product-quality-"),
        ("Rang me back the same afternoon with an update.", "communication+ waiting-time+"),
        ("I had to chase them three times for an answer.", "communication-"),
        ("They remembered my name from last time.", "staff-attitude+"),
    ])
    func tags(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }
}
