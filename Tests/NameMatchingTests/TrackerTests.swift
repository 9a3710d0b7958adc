import Testing
@testable import NameMatching

/// The incremental form the plugin uses, and the summary fields.
@Suite("Tracker and API") struct TrackerTests {
    let matcher = NameMatcher()
    let customer = CustomerName(fullName: "Adaeze Okafor", preferred: nil, title: "Mrs")

    @Test func fedUtteranceByUtteranceMatchesTheWholeCheck() {
        let lines = [
            Utterance(speaker: .agent, text: "Good morning, how can I help?"),
            Utterance(speaker: .customer, text: "I need to pay in a cheque."),
            Utterance(speaker: .agent, text: "Thank you, Mrs Okafor."),
            Utterance(speaker: .agent, text: "That's cleared, Mrs Okafor, and thanks Adaeze."),
        ]
        var tracker = matcher.tracker(customer: customer, agentName: "Sam Patel")
        #expect(tracker.observe(lines[0]).isEmpty)
        #expect(tracker.observe(lines[1]).isEmpty)
        #expect(tracker.observe(lines[2]) == ["Mrs Okafor"])
        #expect(tracker.observe(lines[3]) == ["Mrs Okafor", "Adaeze"])
        let result = tracker.result
        #expect(result == matcher.check(customer: customer, agentName: "Sam Patel", utterances: lines))
        #expect(result.used)
        #expect(result.forms == ["Mrs Okafor", "Adaeze"])
        #expect(result.firstUtteranceIndex == 2)
        #expect(result.agentTurns == 3)
        #expect(tracker.utterances == 4)
    }

    @Test func aReplyAboutSomeoneElseWithdrawsTheUse() {
        var tracker = matcher.tracker(customer: CustomerName(fullName: "Isabella Conti", title: "Ms"), agentName: "Jo Hale")
        #expect(tracker.observe(Utterance(speaker: .agent, text: "Morning, is this Izzy?")) == ["Izzy"])
        #expect(tracker.result.used)
        tracker.observe(Utterance(speaker: .customer, text: "Yes, she's in the car with my husband."))
        #expect(!tracker.result.used)
        #expect(tracker.result.firstUtteranceIndex == nil)
    }

    @Test func noAgentTurnsAndNoName() {
        let result = matcher.check(customer: customer, agentName: "Sam Patel",
                                   utterances: [Utterance(speaker: .customer, text: "Hello, I'm Adaeze Okafor.")])
        #expect(result == NameCheck(used: false, forms: [], firstUtteranceIndex: nil, agentTurns: 0))
    }

    @Test func formsOfOneUtterance() {
        let prepared = matcher.prepare(customer: customer, agentName: "Sam Patel")
        #expect(matcher.forms(in: "Thank you, Mrs Okafor.", customer: prepared) == ["Mrs Okafor"])
        #expect(matcher.forms(in: "Thank you, Mr Okafor.", customer: prepared).isEmpty)
        #expect(matcher.forms(in: "I'm Sam, how can I help?", customer: prepared).isEmpty)
    }

    @Test func customNicknameTable() throws {
        let table = try NicknameTable(parsing: "Adaeze: Daze, Ada")
        let custom = NameMatcher(nicknames: table)
        let result = custom.check(customer: customer, agentName: "Sam Patel",
                                  utterances: [Utterance(speaker: .agent, text: "Morning, Daze!")])
        #expect(result.forms == ["Daze"])
        #expect(!matcher.check(customer: customer, agentName: "Sam Patel",
                               utterances: [Utterance(speaker: .agent, text: "Morning, Daze!")]).used)
    }
}
