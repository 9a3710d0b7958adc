/// Inflected forms of a given or family name for languages that decline names: vocatives
/// (Polish `Łukasz` -> `Łukaszu`, `Anna` -> `Anno`; Greek `Γιώργος` -> `Γιώργο`; Ukrainian
/// `Олександр` -> `Олександре`) and the common case endings of Slavic and Greek names
/// (`Иванов` -> `Иванова`, `Петр` -> `Петра`). Works on folded keys; generous on purpose,
/// because an inflected form only counts in a name slot.
enum Inflections {
    /// The inflected keys of a folded name key (not including the key itself).
    static func of(_ key: String) -> [String] {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count >= 3, let last = scalars.last else { return [] }
        switch Script.of(last.value) {
        case .cased where (0x0400...0x04FF).contains(last.value): return cyrillic(key)
        case .cased where (0x0370...0x03FF).contains(last.value): return greek(key)
        case .cased: return latin(key)
        default: return []
        }
    }

    private static func latin(_ key: String) -> [String] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var result: [String] = []
        let stem = String(key.dropLast())
        if key.hasSuffix("ia") {
            result += [stem + "u", key.dropLast(2) + "ii"]
        } else if key.hasSuffix("a") {
            result += [stem + "o", stem + "y", stem + "u"]
        } else if key.hasSuffix("ek") {
            let short = String(key.dropLast(2))
            result += [short + "ku", short + "kiem", short + "kowi"]
        } else if let lastCharacter = key.last, !vowels.contains(lastCharacter) {
            result += [key + "u", key + "ie", key + "owi", key + "em"]
            if key.hasSuffix("el") { result.append(key.dropLast(2) + "le") }
            if key.hasSuffix("l") { result.append(key + "e") }
            if key.hasSuffix("r") { result.append(key + "ze") }
            if key.hasSuffix("t") { result.append(stem + "cie") }
            if key.hasSuffix("d") { result.append(stem + "dzie") }
        }
        return result
    }

    private static func cyrillic(_ key: String) -> [String] {
        let stem = String(key.dropLast())
        if key.hasSuffix("вна") { return [stem + "ы", stem + "е", stem + "у", stem + "ои", stem + "о"] }
        if key.hasSuffix("а") { return [stem + "ы", stem + "и", stem + "е", stem + "у", stem + "ои", stem + "о"] }
        if key.hasSuffix("я") { return [stem + "и", stem + "е", stem + "ю", stem + "еи"] }
        if key.hasSuffix("и") || key.hasSuffix("ь") { return [stem + "я", stem + "ю", stem + "ем", stem + "е"] }
        return [key + "а", key + "у", key + "ом", key + "ем", key + "е", key + "ы"]
    }

    private static func greek(_ key: String) -> [String] {
        let stem = String(key.dropLast())
        if key.hasSuffix("οσ") {
            let root = String(key.dropLast(2))
            return [root + "ο", root + "ε", root + "ου"]
        }
        if key.hasSuffix("ασ") || key.hasSuffix("ησ") || key.hasSuffix("ισ") { return [stem] }
        if key.hasSuffix("α") || key.hasSuffix("η") { return [key + "σ"] }
        return []
    }
}
