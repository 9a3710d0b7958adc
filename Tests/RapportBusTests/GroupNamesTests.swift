import Testing
@testable import RapportBus

@Suite("Group names")
struct GroupNamesTests {
    @Test("acceptable names have no problem", arguments: [
        "billing", "a", "A-b_c.9", "crm.sync", "x.", String(repeating: "n", count: 64),
    ])
    func valid(name: String) {
        #expect(GroupNames.problem(name) == nil)
    }

    @Test("unacceptable names say why", arguments: [
        ("", "1 to 64"),
        (String(repeating: "n", count: 65), "1 to 64"),
        (".hidden", "must not start with '.'"),
        (".", "must not start with '.'"),
        ("..", "must not start with '.'"),
        ("a/b", "only letters"),
        ("../etc", "only letters"),
        ("with space", "only letters"),
        ("café", "only letters"),
        ("tab\there", "only letters"),
    ])
    func invalid(name: String, reason: String) throws {
        let problem = try #require(GroupNames.problem(name))
        #expect(problem.contains(reason))
    }
}
