import Foundation

/// The features the learned reader (``ThemeModel``) weighs in a comment: its words, each marked when
/// a negation governs it, the pairs of neighbouring words, the words' stems, who wrote the comment, what
/// the lexicon read (each theme it tagged, each it judged below the threshold, and which way the theme's
/// net leans), and what the lexicon's phrases name in it, judging or not (``LexiconCues``, as `x:`).
///
/// These are plain words rather than the lexicon's phrases: the model is there for the judgements no
/// phrase of the lexicon reads, so it has to see the words themselves.
enum CommentFeatures {
    /// Words after which the next ``negationReach`` words are read as negated ("n:quick").
    static let negators: Set<Substring> = [
        "not", "no", "never", "nobody", "nothing", "cannot", "cant", "didnt", "doesnt", "dont", "wasnt", "werent",
        "isnt", "arent", "wont", "wouldnt", "couldnt", "hardly", "without", "nor", "neither", "havent", "hasnt",
        "hadnt", "shouldnt", "aint",
    ]
    /// How many words a negation governs; a sentence end, a comma or "but" ends it sooner.
    static let negationReach = 3
    /// Words that end a negation's reach.
    static let contrasts: Set<Substring> = ["but", "though", "although", "however"]

    /// The features of `comment`, read by `author`, given what the lexicon read in it: the tags it gave,
    /// each judged theme's net and what its phrases name (`cues`; none unless given). Only `themes` (the
    /// model's) get the tag and net features.
    public static func of(
        _ comment: String, by author: CommentAuthor, tags: [Theme: Polarity], net: [Theme: Double], themes: [Theme],
        cues: LexiconCues = LexiconCues()
    ) -> Set<String> {
        var sink = NamedFeatures()
        collect(comment, by: author, tags: tags, net: net, themes: themes, cues: cues, into: &sink)
        return sink.names
    }

    /// The same features as ``of(_:by:tags:net:themes:cues:)``, each as the hash ``FeatureHash`` gives its
    /// name, without building the names: how the tagger reads them. Sorted, each once.
    static func hashes(
        _ comment: String, by author: CommentAuthor, tags: [Theme: Polarity], net: [Theme: Double], themes: [Theme],
        cues: LexiconCues = LexiconCues()
    ) -> [UInt64] {
        var sink = HashedFeatures()
        collect(comment, by: author, tags: tags, net: net, themes: themes, cues: cues, into: &sink)
        sink.hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(sink.hashes.count)
        for hash in sink.hashes where hash != unique.last { unique.append(hash) }
        return unique
    }

    /// Finds the features and hands each to `sink` as a prefix and one or two words.
    static func collect(
        _ comment: String, by author: CommentAuthor, tags: [Theme: Polarity], net: [Theme: Double], themes: [Theme],
        cues: LexiconCues, into sink: inout some FeatureSink
    ) {
        sink.add("author:", Substring(author.rawValue))
        cues.add(to: &sink)
        var negated = 0
        var previous: Substring?
        for piece in words(of: comment) {
            guard let word = piece else {
                negated = 0
                previous = nil
                continue
            }
            if let previous { sink.add("b:", previous, word) }
            previous = word
            sink.add("s:", stem(word))
            if negators.contains(word) {
                sink.add("u:", word)
                negated = negationReach
            } else if contrasts.contains(word) {
                sink.add("u:", word)
                negated = 0
            } else if negated > 0 {
                sink.add("n:", word)
                negated -= 1
            } else {
                sink.add("u:", word)
            }
        }
        for theme in themes {
            let id = Substring(theme.id)
            let lean = lean(net[theme])
            if tags[theme] != nil {
                sink.add("lt:", id)
            } else if lean != nil {
                sink.add("le:", id)
            }
            switch lean {
            case .positive: sink.add("lp:", id)
            case .negative: sink.add("ln:", id)
            case nil: break
            }
        }
    }

    /// Which way a theme's net judgement leans; `nil` when the lexicon read none of it, or praise and
    /// complaint cancelled (to within rounding: weights such as 0.3 and 0.7 times an intensity need not
    /// cancel to exactly zero).
    static func lean(_ net: Double?) -> Polarity? {
        guard let net, abs(net) > 1e-9 else { return nil }
        return net > 0 ? .positive : .negative
    }

    /// The comment's words in lower case (letters beyond ASCII included: "Café" is `café`), apostrophes
    /// dropped ("wasn't" is `wasnt`), numbers, and the signs `£ $ € % ! ?` as words; `nil` for a break:
    /// each `. , ; : ! ?` and line end.
    static func words(of comment: String) -> [Substring?] {
        // An accent written as a combining mark ("e" + U+0301) is composed first, so it stays in its word.
        // Only a comment with such a mark is composed, not every one with a character beyond ASCII ("’",
        // "£", emoji: 13% of the development comments), which has nothing to compose.
        let composing = comment.utf8.contains { $0 >= 0x80 }
            && comment.unicodeScalars.contains { $0.properties.generalCategory == .nonspacingMark }
        let comment = composing ? comment.precomposedStringWithCanonicalMapping : comment
        var pieces: [Substring?] = []
        var current = ""
        var currentIsDigits = false
        func flush() {
            if !current.isEmpty { pieces.append(Substring(current)) }
            current = ""
        }
        func breakHere() {
            flush()
            if let last = pieces.last, last != nil { pieces.append(nil) }
        }
        for scalar in comment.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z":
                if currentIsDigits { flush() }
                currentIsDigits = false
                current.unicodeScalars.append(scalar.value < 0x61 ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar)
            case "0"..."9":
                if !currentIsDigits { flush() }
                currentIsDigits = true
                current.unicodeScalars.append(scalar)
            case "'", "\u{2019}":
                continue
            case "£", "$", "€", "%":
                flush()
                pieces.append(Substring(String(scalar)))
            case "!", "?":
                flush()
                pieces.append(Substring(String(scalar)))
                breakHere()
            case ".", ",", ";", ":", "\n":
                breakHere()
            case _ where scalar.value > 0x7F && scalar.properties.isAlphabetic:
                // A letter beyond ASCII ("café", "naïve", "señor") belongs to its word, in lower case.
                if currentIsDigits { flush() }
                currentIsDigits = false
                current += scalar.properties.lowercaseMapping
            default:
                flush()
            }
        }
        flush()
        return pieces
    }

    /// A crude stem, so that a noun and its plural, or a verb's forms, share a feature: a word loses one
    /// ending of `ing`, `ed`, `ly` or `s` (not `ss`) when four letters are left ("waited" and "waiting"
    /// are `wait`, "queues" is `queue`, "prices" `price`), or `es` after s, x, z, ch or sh when three are
    /// ("boxes" is `box`, "buses" `bus`).
    static func stem(_ word: Substring) -> Substring {
        let bytes = Array(word.utf8)
        func ends(_ ending: String, leaving least: Int = 4) -> Bool {
            bytes.count - ending.utf8.count >= least && bytes.suffix(ending.utf8.count).elementsEqual(ending.utf8)
        }
        if ends("ing") { return word.dropLast(3) }
        if ends("ed") || ends("ly") { return word.dropLast(2) }
        if ends("es", leaving: 3) {
            let rest = bytes.dropLast(2)
            if rest.last.map({ "sxz".utf8.contains($0) }) == true || ["ch", "sh"].contains(where: { rest.suffix(2).elementsEqual($0.utf8) }) {
                return word.dropLast(2)
            }
        }
        if ends("s") && !ends("ss", leaving: 0) { return word.dropLast(1) }
        return word
    }
}

/// Where ``CommentFeatures/collect(_:by:tags:net:themes:cues:into:)`` puts each feature: a prefix such as
/// `u:` and a word, or `b:` and two words (written `b:first_second`).
protocol FeatureSink {
    mutating func add(_ prefix: StaticString, _ word: Substring)
    mutating func add(_ prefix: StaticString, _ first: Substring, _ second: Substring)
}

/// Features as their names, for training and for people.
struct NamedFeatures: FeatureSink {
    var names: Set<String> = []

    mutating func add(_ prefix: StaticString, _ word: Substring) {
        names.insert("\(prefix)\(word)")
    }

    mutating func add(_ prefix: StaticString, _ first: Substring, _ second: Substring) {
        names.insert("\(prefix)\(first)_\(second)")
    }
}

/// Features as hashes of their names, repeats included: tagging builds no string for them.
struct HashedFeatures: FeatureSink {
    var hashes: [UInt64] = []

    mutating func add(_ prefix: StaticString, _ word: Substring) {
        var hash = FeatureHash()
        hash.add(prefix)
        hash.add(word)
        hashes.append(hash.value)
    }

    mutating func add(_ prefix: StaticString, _ first: Substring, _ second: Substring) {
        var hash = FeatureHash()
        hash.add(prefix)
        hash.add(first)
        hash.add(byte: UInt8(ascii: "_"))
        hash.add(second)
        hashes.append(hash.value)
    }
}

/// The 64-bit FNV-1a hash of a feature's name, fed in pieces.
///
/// Written here because tagging with the learned reader spent half its time building feature names
/// and hashing them as strings (19,500 comments a second against 39,500 for the lexicon alone, by CPU
/// time in a release build); 64 bits make a collision among the model's few thousand features unlikely
/// (a test checks the shipped model's features and a labelled set's have none).
struct FeatureHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    mutating func add(_ text: StaticString) {
        text.withUTF8Buffer { for byte in $0 { add(byte: byte) } }
    }

    mutating func add(_ text: Substring) {
        for byte in text.utf8 { add(byte: byte) }
    }

    /// The hash of a whole name.
    static func of(_ name: String) -> UInt64 {
        var hash = FeatureHash()
        hash.add(Substring(name))
        return hash.value
    }
}
