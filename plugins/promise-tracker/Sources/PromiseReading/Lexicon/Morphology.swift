/// Word-form tests by suffix and small irregular lists: participles and plurals.
enum Morphology {
    /// Irregular past participles.
    static let irregularParticiples: Set<String> = [
        "done", "made", "sent", "given", "taken", "seen", "gotten", "got", "brought", "bought", "paid", "built", "put",
        "set", "cut", "shut", "read", "written", "driven", "fit", "left", "kept", "held", "sold", "told", "found",
        "spent", "lent", "lost", "won", "shown", "known", "drawn", "thrown", "grown", "begun", "run", "come",
        "become", "chosen", "broken", "spoken", "stolen", "frozen", "forgotten", "hidden", "ridden", "risen",
        "shaken", "woken", "worn", "torn", "sworn", "beaten", "bitten", "eaten", "fallen", "flown", "gone", "hung",
        "dealt", "dug", "fed", "felt", "fought", "ground", "heard", "hit", "hurt", "laid", "led", "let", "lit",
        "meant", "met", "quit", "rung", "said", "sought", "shot", "slept", "spun", "spread", "stood", "struck",
        "stuck", "swept", "swung", "taught", "thought", "understood", "upset", "wound", "withdrawn", "rebuilt",
        "resent", "redone", "remade", "reset", "rewritten", "undone", "overdone", "sewn", "mown", "dyed", "signed",
    ]

    /// Words in -ing that are no verb form.
    static let ingNouns: Set<String> = [
        "thing", "something", "anything", "nothing", "everything", "morning", "evening", "king", "ring", "sing",
        "string", "spring", "bring", "wing", "sting", "swing", "during", "ceiling", "building", "wedding",
        "parking", "booking", "meeting", "ending", "painting", "filling", "clothing", "pudding", "sibling",
        "earring", "timing", "ping", "thing", "ling", "cling", "fling", "sling",
    ]

    /// The plain verb of an -ing form ("sending" → "send", "making" → "make", "getting" →
    /// "get"), when that verb is in the lexicon; `nil` otherwise.
    static func presentParticipleStem(_ word: String) -> String? {
        guard word.utf8.count >= 5, word.hasSuffix("ing"), !ingNouns.contains(word) else { return nil }
        let stem = String(word.dropLast(3))
        if Lexicon.classes(of: stem).contains(.verb) { return stem }
        if Lexicon.classes(of: stem + "e").contains(.verb) { return stem + "e" }
        let bytes = Array(stem.utf8)
        if bytes.count >= 2, bytes[bytes.count - 1] == bytes[bytes.count - 2] {
            let single = String(stem.dropLast())
            if Lexicon.classes(of: single).contains(.verb) { return single }
        }
        return nil
    }

    /// Whether `word` looks like a past participle: an irregular one or a word in -ed
    /// ("fixed", "sorted", "processed").
    static func isPastParticiple(_ word: String) -> Bool {
        if irregularParticiples.contains(word) { return true }
        return word.utf8.count >= 5 && word.hasSuffix("ed") && !word.hasSuffix("eed")
    }

    /// Whether `word` looks like a plural noun ("parcels", "refunds"): ends in -s, but not in
    /// -ss, -us or -is, and is long enough not to be a short function word.
    static func looksPlural(_ word: String) -> Bool {
        guard word.utf8.count >= 4, word.hasSuffix("s") else { return false }
        return !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") && !word.hasSuffix("ys")
    }
}
