import NameMatching

/// The interactions `rapport bench names` checks: customers named in many languages and
/// scripts (word-names among them), and agent utterances made from everyday desk sentences,
/// some with the customer's name, some with a word-name used as a word, some in the lower case
/// of a speech-recognition transcript. Deterministic, so runs compare.
struct BenchNamesWorkload {
    /// One interaction: its customer and the agent's utterances.
    struct Interaction {
        let customer: CustomerName
        let agentName: String
        let utterances: [String]
    }

    let interactions: [Interaction]

    /// Agent utterances in all.
    var utteranceCount: Int { interactions.reduce(0) { $0 + $1.utterances.count } }

    static let customers: [(full: String, given: String, family: String, title: String?)] = [
        ("Adaeze Okafor", "Adaeze", "Okafor", "Mrs"), ("Will Turner", "Will", "Turner", nil), ("Grace Obi", "Grace", "Obi", "Ms"),
        ("José García López", "José", "García", "Sr"), ("Nguyễn Thị Lan", "Lan", "Nguyễn", nil), ("Robert Fraser", "Robert", "Fraser", "Mr"),
        ("Zoë Ångström-Nakamura", "Zoë", "Ångström-Nakamura", "Dr"), ("Siobhán O'Connor", "Siobhán", "O'Connor", "Ms"),
        ("Mark Jones", "Mark", "Jones", nil), ("Priya Raman", "Priya", "Raman", nil), ("Łukasz Nowak", "Łukasz", "Nowak", "Mr"),
        ("Hope Adeyemi", "Hope", "Adeyemi", nil), ("Александр Петров", "Александр", "Петров", nil), ("Jürgen Müller", "Jürgen", "Müller", "Herr"),
        ("Fatima Al-Rashid", "Fatima", "Al-Rashid", "Mrs"), ("Mei Chen", "Mei", "Chen", "Ms"), ("Kwame Mensah", "Kwame", "Mensah", "Mr"),
        ("Rose Bianchi", "Rose", "Bianchi", "Signora"), ("Ahmet Yılmaz", "Ahmet", "Yılmaz", nil), ("Bill Hartley", "Bill", "Hartley", nil),
    ]

    static let sentences = [
        "Good morning, {given}, how can I help?", "Thanks for waiting, {title} {family}.", "I will check that for you now.",
        "let me just pull up your account", "okay {lower} thats all done", "Is that {given}'s parcel?",
        "There's a grace period of fourteen days.", "Could you spell the surname for me?", "Mark your calendar for the fourteenth.",
        "Right, {given}, you're all set.", "I hope that helps, have a lovely day.", "My colleague will be with you shortly.",
        "Can I take a phone number, please?", "The bill comes to forty pounds.", "That rose bush is on offer this week.",
        "thank you {lower} have a good one", "We may need a copy of your receipt.", "Your order number ends in four two seven.",
    ]

    /// `count` interactions of `turns` agent utterances each.
    init(interactions count: Int, turns: Int = 6) {
        var made: [Interaction] = []
        made.reserveCapacity(count)
        let nameless = Self.sentences.filter { !$0.contains("{") }
        for n in 0..<count {
            let customer = Self.customers[n % Self.customers.count]
            // Every third interaction never says the name (word-names may still occur as words).
            let pool = n % 3 == 0 ? nameless : Self.sentences
            let utterances = (0..<turns).map { k -> String in
                pool[(n &* 7 &+ k &* 5) % pool.count]
                    .replacingOccurrences(of: "{given}", with: customer.given)
                    .replacingOccurrences(of: "{family}", with: customer.family)
                    .replacingOccurrences(of: "{title}", with: customer.title ?? "Mx")
                    .replacingOccurrences(of: "{lower}", with: customer.given.lowercased())
            }
            made.append(Interaction(customer: CustomerName(fullName: customer.full, title: customer.title), agentName: "Sam Patel",
                                    utterances: utterances))
        }
        interactions = made
    }
}

/// The baseline: plain whole-word matching of the customer's names, lower-cased, words split
/// at every character that is not a letter or digit.
struct WholeWordMatcher {
    let words: Set<String>

    init(_ customer: CustomerName) {
        var words = Set(Self.split(customer.fullName))
        if let preferred = customer.preferred { words.formUnion(Self.split(preferred)) }
        self.words = words
    }

    /// Whether `utterance` holds one of the name's words.
    func matches(_ utterance: String) -> Bool {
        Self.split(utterance).contains(where: words.contains)
    }

    static func split(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
