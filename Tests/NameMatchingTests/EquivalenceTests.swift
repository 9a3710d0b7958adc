import Testing
@testable import NameMatching

/// Spellings that must compare equal: canonical Unicode, folded accents, letters that do not
/// decompose, German transliteration, apostrophes, hyphens, case and speech transcripts.
@Suite("Name equivalences") struct EquivalenceTests {
    static let normalisationCases: [NameCase] = [
        NameCase("Zoë Brennan||Ms", "Evening Zo\u{0065}\u{0308}, your table is by the window.", used: true, forms: ["Zoë"]),
        NameCase("Hélène Moreau||Mme", "Merci He\u{0301}le\u{0300}ne, à demain.", used: true, forms: ["Hélène"]),
        NameCase("Trần Văn Hùng||ông", "Xin mời ông Tra\u{0302}\u{0300}n lên quầy ba.", used: true),
        NameCase("Zoë Brennan||Ms", "Evening Zoë!", used: true),
    ]

    static let accentsCases: [NameCase] = [
        NameCase("José Antonio Vidal||señor", "Buenas tardes Jose, su coche está listo.", used: true, forms: ["Jose"]),
        NameCase("Aoibheann Ní Riain||Ms", "Hi Aoibheann, your card has been ordered.", used: true),
        NameCase("Phạm Thị Hoa|Hoa|Ms", "Your refund has gone through, Ms Pham.", used: true, forms: ["Ms Pham"]),
        NameCase("Paweł Zieliński||Mr", "right mr zielinski i have your booking here", used: true),
        NameCase("Bjørn Løvås||Mr", "Your room is ready, Mr Lovas.", used: true),
        NameCase("Åse Lindström||Ms", "thank you ms lindstrom the parcel left today", used: true),
        NameCase("Gülşen Çelik||Hanım", "iyi günler gulsen hanim paketiniz geldi", used: true, forms: ["gulsen hanim"]),
        NameCase("Bożena Wróbel||Mrs", "Hello, am I speaking to Mrs Wrobel?", used: true),
        NameCase("Élodie Martin||Mme", "Merci, Elodie !", used: true),
        NameCase("Chloe Hart||Ms", "Hi Chloé!", used: true),
    ]

    static let transliterationCases: [NameCase] = [
        NameCase("Günter Bäcker||Herr", "Vielen Dank, Herr Baecker.", used: true, forms: ["Herr Baecker"]),
        NameCase("Özlem Kösem||Frau", "Liebe Frau Oezlem, Ihr Termin ist bestätigt.", used: true),
        NameCase("Jörg Schäfer||Herr", "Guten Abend Herr Schaefer, Ihr Zimmer ist fertig.", used: true),
        NameCase("Ingrid Strauß||Frau", "Bis morgen, Frau Strauss.", used: true),
        NameCase("Lukas Meißner||Herr", "danke herr meissner das paket ist da", used: true),
        NameCase("Søren Ødegaard||", "Welcome back, Soeren.", used: true),
    ]

    static let apostrophesAndHyphensCases: [NameCase] = [
        NameCase("Niamh O'Donnell||Ms", "Dear Ms O’Donnell, your statement is attached.", used: true, forms: ["Ms O’Donnell"]),
        NameCase("Ciarán O’Hara||Mr", "Cheers, Mr O'Hara.", used: true),
        NameCase("Maeve O'Keefe||Mrs", "thanks mrs okeefe the engineer is booked", used: true, forms: ["mrs okeefe"]),
        NameCase("Seán O'Neill||Mr", "thanks mr o neill", used: true),
        NameCase("Reuben D'Costa||Mr", "okay mr dcosta your sofa arrives monday", used: true),
        NameCase("Owen Rees-Jones||Mr", "thank you mr rees jones see you then", used: true, forms: ["mr rees jones"]),
        NameCase("Owen Rees-Jones||Mr", "Thank you, Mr Rees-Jones.", used: true),
        NameCase("Anne-Marie Quinn||Ms", "morning anne marie the usual", used: true, forms: ["anne marie"]),
        NameCase("Jean-Luc Picard||Mr", "cheers jean luc", used: true),
        NameCase("Fatima Al-Hashimi||Ms", "thanks ms al hashimi", used: true),
        NameCase("Fatima Al-Hashimi||Ms", "thanks ms alhashimi", used: true),
        NameCase("Calum MacLeod||Mr", "thanks mr mac leod", used: true),
    ]

    static let caseAndSpeechCases: [NameCase] = [
        NameCase("Liam O'Brien||Mr", "lovely to have you back mister obrien", used: true, forms: ["mister obrien"]),
        NameCase("Chidi Okeke||Dr", "thanks doctor okeke the results are in", used: true),
        NameCase("Adaeze Okafor||Mrs", "THANKS FOR WAITING MRS OKAFOR", used: true),
        NameCase("Hannah Clarke||Ms", "hi hannah pop through to room two", used: true),
        NameCase("Hannah Clarke||Ms", "Hi HANNAH, pop through to room two.", used: true),
    ]

    @Test("NFC = NFD", arguments: normalisationCases) func normalisation(_ example: NameCase) { example.verify() }
    @Test("accents folded; ł ø read as l o", arguments: accentsCases) func accents(_ example: NameCase) { example.verify() }
    @Test("German and Nordic transliteration", arguments: transliterationCases)
    func transliteration(_ example: NameCase) { example.verify() }
    @Test("apostrophes and hyphens", arguments: apostrophesAndHyphensCases)
    func apostrophes(_ example: NameCase) { example.verify() }
    @Test("case and speech transcripts", arguments: caseAndSpeechCases)
    func caseAndSpeech(_ example: NameCase) { example.verify() }

    @Test func accentThatChangesAVietnameseWordIsNotTheName() {
        NameCase("Nguyễn Thị Lan||", "Dạ, lần này chị mang theo giấy tờ chưa ạ?", used: false).verify()
        NameCase("Nguyễn Thị Lan||", "Dạ, mời chị Lan vào phòng số hai ạ.", used: true, forms: ["chị Lan"]).verify()
    }
}
