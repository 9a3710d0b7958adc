/// Titles said before a name and honorifics said after it, in many languages, with the
/// gender they mark. Keys are folded (`señora` = `senora`, `Hanım` = `hanim`).
enum Titles {
    /// Titles before a family or given name: Mr, Mrs, Dr, Herr, señora, pani, κύριε, oga, chị...
    static let prefix: [String: TitleInfo] = build(
        male: """
        mr mister mstr sir master lord herr herrn hr señor senor sr don dom signor signore sig
        monsieur mijnheer meneer dhr heer pan panie pana panu panem pane senhor sor
        κύριος κύριε κυρίου κ господин гражданин bay uncle oga baba alhaji brother father fr
        owura agya mallam bwana mzee encik tuan pak bapak kuya tito lolo agha aghaye janab gospodin gospodine
        domnul domnule herra pone пане пан ағай shri sri श्री श्रीमान السيد سيد الأستاذ أستاذ الحاج أبو عم אדון מר
        """,
        female: """
        mrs ms miss missus misses mizz miz mistress madam madame mme maam mam mademoiselle mlle
        frau fräulein fru fröken señora senora sra señorita senorita srta doña dona signora
        signorina sigra senhora mevrouw mevr mw pani panią paní κυρία κυρίας δεσποινίς госпожа
        гражданка puan cik bu ibu ate tita lola khanum mohtarma gospođa gospodja gospođo
        maame awura doamna doamnă rouva neiti ponia пані bayan aunty auntie aunt mama lady dame sister alhaja hajia hajiya iya
        श्रीमती सुश्री kumari smt shrimati memsahib السيدة سيدة الأستاذة أستاذة الحاجة أم אדונית
        גברת
        """,
        neutral: """
        mx sayın sayin chief ustaz ustad khun
        """,
        professional: """
        dr doctor doc prof professor dott dottore dottor dottoressa docteur doktor doutor
        doutora doctora dra lic licenciado licenciada ing ingeniero ingegnere avv avvocato
        engr barr maître rev reverend pastor imam rabbi capt captain officer judge nurse engineer
        sheikh sheikha δρ д-р доктор профессор דוקטור ד״ר ד"ר الدكتور دكتور الدكتورة دكتورة د
        डॉक्टर डॉ
        """,
        weakMale: "anh chú ông thầy cụ",
        weakFemale: "chị cô bà",
        weakNeutral: "em bác bạn"
    )

    /// Honorifics after a name: Tanaka-san, Sharma ji, Singh sahib, Ayşe Hanım, Mehmet Bey...
    static let suffix: [String: TitleInfo] = build(
        male: """
        sahib saheb sahab babu bhai bhaiya bey efendi abi ağabey agabey amca úr bácsi sir kun
        साहब साहिब भाई
        """,
        female: """
        hanım hanim abla teyze khanum khanom didi behen ben bhabhi madam maam mam ma asszony néni chan
        दीदी बहन
        """,
        neutral: """
        ji jee san sama dono sensei senpai nim ssi hoca जी
        """,
        professional: "", weakMale: "", weakFemale: "", weakNeutral: ""
    )

    /// Words that join two titles for a couple: "Mr and Mrs Brown", "Herr und Frau Weiß".
    static let coupleJoiners = WordList.keys("and & und et y e i och og en и και")

    /// Titles that are abbreviations and may carry a full stop: "Mr. Okafor", "Sra. García".
    static let abbreviations = WordList.keys("""
        mr mrs ms dr sr sra srta st prof mme mlle m hr fr dhr mevr mw sig dott avv ing lic rev
        capt doc smt д
        """)

    /// The gender and kind of a customer's recorded title (prefix, suffix or CJK honorific).
    static func info(ofCustomerTitle title: String?) -> TitleInfo? {
        guard let title else { return nil }
        let keys = Tokenizer.tokenize(title).tokens.map(\.key)
        guard let key = keys.first else { return nil }
        if let info = prefix[key] ?? suffix[key] { return info }
        switch key {
        case "先生", "様", "さん", "さま", "殿", "氏", "씨", "님", "고객님", "선생님":
            return TitleInfo(gender: key == "先生" ? .male : .neutral, professional: false, weak: key == "先生")
        case "女士", "小姐", "太太", "夫人", "奥様", "夫人様":
            return TitleInfo(gender: .female, professional: false, weak: false)
        default:
            return nil
        }
    }

    private static func build(male: String, female: String, neutral: String, professional: String,
                              weakMale: String, weakFemale: String, weakNeutral: String) -> [String: TitleInfo] {
        var table: [String: TitleInfo] = [:]
        func add(_ words: String, _ gender: Gender, professional: Bool = false, weak: Bool = false) {
            for key in WordList.keys(words) {
                table[key] = TitleInfo(gender: gender, professional: professional, weak: weak)
            }
        }
        add(male, .male)
        add(female, .female)
        add(neutral, .neutral)
        add(professional, .neutral, professional: true)
        add(weakMale, .male, weak: true)
        add(weakFemale, .female, weak: true)
        add(weakNeutral, .neutral, weak: true)
        return table
    }
}
