/// A customer name written in Han/kana or Hangul, split into family and given name, with the
/// honorifics that may follow it.
struct CJKName: Sendable {
    /// The family name (`田中`, `王`, `김`).
    var family: String
    /// The given name (`美咲`, `芳`, `민준`), possibly empty.
    var given: String
    /// True for Hangul (space-separated words with attached particles), false for Han/kana.
    var hangul: Bool

    /// The full name written without a space.
    var full: String { family + given }

    /// Chinese two-character family names.
    private static let compoundHan: Set<String> = [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "司徒", "夏侯", "尉迟", "长孙",
        "宇文", "公孙", "轩辕", "端木", "西门", "南宫", "独孤", "申屠", "歐陽", "諸葛", "司馬",
    ]

    /// Korean two-syllable family names.
    private static let compoundHangul: Set<String> = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"]

    /// Honorifics after a Han/kana name, with the gender they mark.
    static let hanSuffixes: [(String, Gender)] = [
        ("様", .neutral), ("さま", .neutral), ("さん", .neutral), ("くん", .neutral), ("君", .neutral),
        ("ちゃん", .neutral), ("殿", .neutral), ("氏", .neutral), ("先生", .neutral), ("先輩", .neutral),
        ("社長", .neutral), ("部長", .neutral), ("課長", .neutral), ("女士", .female), ("小姐", .female),
        ("太太", .female), ("夫人", .female), ("阿姨", .female), ("老师", .neutral), ("老師", .neutral),
        ("同学", .neutral), ("师傅", .neutral), ("師傅", .neutral), ("医生", .neutral), ("大夫", .neutral),
        ("经理", .neutral), ("經理", .neutral), ("总", .neutral), ("叔叔", .male), ("大哥", .male),
        ("大姐", .female), ("哥", .male), ("姐", .female),
    ]

    /// Honorifics after a Hangul name.
    static let hangulSuffixes: [String] = [
        "고객님", "선생님", "회원님", "환자분", "사장님", "과장님", "대리님", "부장님", "팀장님", "선배님",
        "어머님", "아버님", "손님", "님", "씨", "군", "양",
    ]

    /// Particles and endings after a Hangul name that keep it the name (subject, topic,
    /// object, possessive, vocative, copula).
    static let hangulParticles: Set<String> = [
        "이", "가", "은", "는", "을", "를", "의", "에게", "께", "께서", "도", "만", "아", "야", "이요",
        "요", "이에요", "예요", "이세요", "세요", "이시죠", "이시죠", "이시죠", "이시지요", "이신가요",
        "맞으시죠", "이랑", "랑", "하고", "과", "와",
    ]

    /// Splits a Han/kana or Hangul name: at its space when it has one, else after the family
    /// name (one character, or two for a known compound family name; a four-character
    /// Japanese name splits two and two).
    init?(_ name: String) {
        let tokens = Tokenizer.tokenize(name).tokens.filter { $0.script == .han || $0.script == .hangul }
        guard let first = tokens.first else { return nil }
        hangul = first.script == .hangul
        if tokens.count >= 2 {
            family = first.key
            given = tokens[1...].map(\.key).joined()
            return
        }
        let characters = Array(first.key)
        let compounds = hangul ? Self.compoundHangul : Self.compoundHan
        var familyLength = 1
        if characters.count >= 3, compounds.contains(String(characters[0..<2])) {
            familyLength = 2
        } else if !hangul, characters.count == 4 {
            familyLength = 2
        }
        family = String(characters[0..<min(familyLength, characters.count)])
        given = String(characters[min(familyLength, characters.count)...])
    }
}
