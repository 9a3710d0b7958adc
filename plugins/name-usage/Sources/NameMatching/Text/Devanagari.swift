/// Reads a Devanagari word in Latin letters as names are usually spelled in English
/// (प्रिया = priya, राम = ram, कृष्ण = krishna), so a name recorded in Latin letters is found
/// when an agent writes it in Devanagari. Long and short vowels read alike (ī = i, ā = a).
enum Devanagari {
    /// True for a scalar in the Devanagari block.
    static func contains(_ value: UInt32) -> Bool { (0x0900...0x097F).contains(value) }

    private static let consonants: [UInt32: String] = [
        0x0915: "k", 0x0916: "kh", 0x0917: "g", 0x0918: "gh", 0x0919: "n", 0x091A: "ch", 0x091B: "chh",
        0x091C: "j", 0x091D: "jh", 0x091E: "n", 0x091F: "t", 0x0920: "th", 0x0921: "d", 0x0922: "dh",
        0x0923: "n", 0x0924: "t", 0x0925: "th", 0x0926: "d", 0x0927: "dh", 0x0928: "n", 0x092A: "p",
        0x092B: "ph", 0x092C: "b", 0x092D: "bh", 0x092E: "m", 0x092F: "y", 0x0930: "r", 0x0932: "l",
        0x0933: "l", 0x0935: "v", 0x0936: "sh", 0x0937: "sh", 0x0938: "s", 0x0939: "h",
        0x0958: "q", 0x0959: "kh", 0x095A: "gh", 0x095B: "z", 0x095C: "r", 0x095D: "rh", 0x095E: "f",
        0x095F: "y",
    ]
    private static let vowels: [UInt32: String] = [
        0x0905: "a", 0x0906: "a", 0x0907: "i", 0x0908: "i", 0x0909: "u", 0x090A: "u", 0x090B: "ri",
        0x090F: "e", 0x0910: "ai", 0x0913: "o", 0x0914: "au",
    ]
    private static let signs: [UInt32: String] = [
        0x093E: "a", 0x093F: "i", 0x0940: "i", 0x0941: "u", 0x0942: "u", 0x0943: "ri", 0x0947: "e",
        0x0948: "ai", 0x094B: "o", 0x094C: "au",
    ]
    private static let virama: UInt32 = 0x094D
    private static let nukta: UInt32 = 0x093C

    /// The Latin reading of a Devanagari word, or nil when it has other letters. The inherent
    /// vowel is read after every consonant without a vowel sign or virama, except at the end
    /// of a word after a single consonant (राम = ram, but कृष्ण = krishna).
    static func latin(_ word: String) -> String? {
        let scalars = word.unicodeScalars.map(\.value).filter { $0 != nukta }
        var result = ""
        var index = 0
        while index < scalars.count {
            let value = scalars[index]
            if let consonant = consonants[value] {
                result += consonant
                let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                if let next, let sign = signs[next] {
                    result += sign
                    index += 2
                    continue
                }
                if next == virama {
                    index += 2
                    continue
                }
                let cluster = index >= 2 && scalars[index - 1] == virama
                if next != nil || cluster { result += "a" }
            } else if let vowel = vowels[value] {
                result += vowel
            } else if value == 0x0902 || value == 0x0901 {
                result += "n"
            } else if value == 0x0903 {
                result += "h"
            } else {
                return nil
            }
            index += 1
        }
        return result.isEmpty ? nil : result
    }
}
