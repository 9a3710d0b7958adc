import NameMatching
import Testing

/// One hand-written interaction for a parameterised test: who the customer and agent are,
/// the lines ("A: ..." agent, "C: ..." customer, "O: ..." someone else), and the expected
/// verdict (and, when given, the exact forms).
struct NameCase: Sendable, CustomTestStringConvertible {
    let customer: CustomerName
    let agent: String
    let lines: [String]
    let used: Bool
    let forms: [String]?

    /// `customer` is "Full Name|preferred|title" (empty parts for none).
    init(_ customer: String, agent: String = "Sam Carter", _ lines: [String], used: Bool, forms: [String]? = nil) {
        let parts = customer.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        self.customer = CustomerName(
            fullName: parts[0],
            preferred: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil,
            title: parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil)
        self.agent = agent
        self.lines = lines
        self.used = used
        self.forms = forms
    }

    /// A single agent line.
    init(_ customer: String, agent: String = "Sam Carter", _ line: String, used: Bool, forms: [String]? = nil) {
        self.init(customer, agent: agent, ["A: " + line], used: used, forms: forms)
    }

    var utterances: [Utterance] {
        lines.map { line in
            let speaker: Speaker = line.hasPrefix("C: ") ? .customer : line.hasPrefix("O: ") ? .other : .agent
            return Utterance(speaker: speaker, text: String(line.dropFirst(3)))
        }
    }

    var testDescription: String { "\(customer.fullName): \(lines.joined(separator: " / "))" }

    /// Runs the shared matcher on the case.
    func check() -> NameCheck {
        NameCase.matcher.check(customer: customer, agentName: agent, utterances: utterances)
    }

    /// Checks the verdict (and the forms, when the case gives them).
    func verify(sourceLocation: SourceLocation = #_sourceLocation) {
        let result = check()
        #expect(result.used == used, "forms heard: \(result.forms)", sourceLocation: sourceLocation)
        if let forms {
            #expect(result.forms == forms, sourceLocation: sourceLocation)
        }
    }

    static let matcher = NameMatcher()
}
