import Testing
import ThemeTagging

@Suite("An employee's comment: the workplace itself judges no theme")
struct EmployeeCommentTests {
    let tagger = Shared.tagger

    @Test("A sentence about the workplace that names no customer tags nothing", arguments: [
        "The rota changes too late for us to plan.",
        "The staff kitchen is absolutely filthy.",
        "The supervisor on my shift is lovely.",
        "Still waiting for my payslip, HR say Friday.",
        "Canteen coffee machine has been broken for weeks.",
        "Management are a joke.",
        "Lovely team, I enjoy working with them.",
        // 2026.12-9: staff-only kit and training, and a second workplace matter after "and the".
        "The new uniforms are cheap and itchy.",
        "The HR system is painfully slow.",
        "Our lockers are filthy.",
        "The rota is a mess and the trainer never knows what she is talking about.",
    ])
    func workplaceMatters(comment: String) {
        #expect(tagger.tag(comment, by: .employee) == [:], "\(comment)")
    }

    @Test("The same words from a customer, or with no author, are read as today", arguments: [
        ("The staff kitchen is absolutely filthy.", "cleanliness-"),
        ("The supervisor on my shift is lovely.", "staff-attitude+"),
        ("The HR system is painfully slow.", "waiting-time-"),
    ])
    func notAnEmployee(comment: String, expected: String) {
        #expect(tagger.tag(comment, by: .customer) == Tags.parse(expected), "\(comment)")
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("What customers meet still judges, in the same sentence or as its consequence", arguments: [
        ("Our manager is lovely with customers, always patient.", "staff-attitude+"),
        ("Since the rota changed, patients wait over an hour at the desk.", "waiting-time-"),
        ("The rota puts one person on the counter at lunch, so the queue is ridiculous.", "waiting-time-"),
        ("The rota is a mess and customers keep telling us the toilets are filthy.", "cleanliness-"),
        ("Team members say the staff room is filthy.", "{}"),
        ("The rota is a mess. The queue at the tills is ridiculous every lunchtime.", "waiting-time-"),
        ("Great team, and the new tills are quick.", "waiting-time+"),
        // 2026.12-9: what customers say of the service, and a wait cut down.
        ("Waits for a blood test are down to two days now.", "waiting-time+"),
        ("Honestly our prices are the lowest on the high street.", "price+"),
    ])
    func customerFacing(comment: String, expected: String) {
        #expect(tagger.tag(comment, by: .employee) == Tags.parse(expected), "\(comment)")
    }

    @Test("explain lists what an employee's workplace sentence judged, apart, as not counted")
    func explained() {
        let explanation = tagger.explain("The staff kitchen is absolutely filthy.", by: .employee)
        #expect(explanation.tags.isEmpty && explanation.evidence.isEmpty && explanation.net.isEmpty)
        #expect(explanation.workplace.map(\.theme) == [Theme("cleanliness")] && explanation.workplace.first?.polarity == .negative)
        #expect(tagger.explain("The staff kitchen is absolutely filthy.").workplace.isEmpty)
    }

    @Test("A feedback source names its author; an unknown one names none")
    func sources() {
        #expect(CommentAuthor(source: "employee") == .employee)
        #expect(["comment-card", "survey", "focus-group"].allSatisfy { CommentAuthor(source: $0) == .customer })
        #expect(CommentAuthor(source: "staff") == nil)
    }
}
