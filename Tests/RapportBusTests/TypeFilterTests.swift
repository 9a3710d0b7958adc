import Testing
@testable import RapportBus

@Suite("Type filters")
struct TypeFilterTests {
    @Test("patterns match types as globs where '*' is any run of characters", arguments: [
        (["*"], "rapport.promise.made", true),
        (["*"], "", true),
        (["rapport.promise.made"], "rapport.promise.made", true),
        (["rapport.promise.made"], "rapport.promise.mad", false),
        (["rapport.promise.made"], "rapport.promise.made.x", false),
        (["rapport.promise.*"], "rapport.promise.made", true),
        (["rapport.promise.*"], "rapport.promise.", true),
        (["rapport.promise.*"], "rapport.promise", false),
        (["rapport.promise.*"], "rapport.feedback.received", false),
        (["x-*"], "x-acme.thing", true),
        (["x-*"], "y-acme.thing", false),
        (["x-*"], "X-acme.thing", false),
        (["x-*"], "ax-acme.thing", false),
        (["rapport.promise.*"], "old.rapport.promise.made", false),
        (["rapport.*.made"], "rapport.promise.made", true),
        (["rapport.*.made"], "rapport.a.b.made", true),
        (["rapport.*.made"], "rapport.promise.kept", false),
        (["rapport.*.made"], "rapport.made", false),
        (["rapport.*.made"], "rapport.promise.made.late", false),
        (["*.received"], "rapport.feedback.received", true),
        (["*.received"], "rapport.feedback.receive", false),
        (["a*b*c"], "aXbYc", true),
        (["a*b*c"], "aXcYb", false),
        (["rapport.promise.*", "x-*"], "x-custom", true),
        (["rapport.promise.*", "x-*"], "rapport.promise.kept", true),
        (["rapport.promise.*", "x-*"], "rapport.feedback.received", false),
        ([], "rapport.promise.made", false),
    ] as [([String], String, Bool)])
    func matches(patterns: [String], type: String, expected: Bool) {
        #expect(TypeFilter(patterns: patterns).matches(type) == expected)
    }

    @Test("filters are equal when they hold the same patterns in any order", arguments: [
        (["a.*", "b.*"], ["a.*", "b.*"], true),
        (["a.*", "b.*"], ["b.*", "a.*"], true),
        (["a.*", "b.*"], ["a.*", "b.*", "a.*"], true),
        (["a.*"], ["a.*", "b.*"], false),
        (["*"], ["a.*"], false),
    ] as [([String], [String], Bool)])
    func equality(lhs: [String], rhs: [String], expected: Bool) {
        #expect((TypeFilter(patterns: lhs) == TypeFilter(patterns: rhs)) == expected)
    }

    @Test("the 'all' filter is the single pattern '*'")
    func all() {
        #expect(TypeFilter.all == TypeFilter(patterns: ["*"]))
        #expect(TypeFilter.all.matches("anything.at.all"))
    }
}
