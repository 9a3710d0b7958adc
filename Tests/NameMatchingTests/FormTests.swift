import Testing
@testable import NameMatching

/// Forms of the name that count, each as heard.
@Suite("Name forms") struct FormTests {
    static let formsCases: [NameCase] = [
        // given and preferred
        NameCase("Hannah Clarke||Ms", "Hi Hannah, the nurse is ready for you.", used: true, forms: ["Hannah"]),
        NameCase("Oluwatobi Ade|Tobi|Mr", "Sure, Tobi. Which account is it?", used: true, forms: ["Tobi"]),
        NameCase("Adewale Oke|Wale|Mr", "Oga Wale, you're welcome! The parts have arrived.", used: true, forms: ["Oga Wale"]),
        // title + family, title + given, couples
        NameCase("Adaeze Okafor||Mrs", "Lovely, Mrs Okafor, that's the form done.", used: true, forms: ["Mrs Okafor"]),
        NameCase("Adaeze Okafor||Mrs", "Lovely, Mrs. Okafor.", used: true, forms: ["Mrs. Okafor"]),
        NameCase("Karim Haddad||Mr", "Dr Haddad? The clinic is this way.", used: false),
        NameCase("Amara Nwosu||Dr", "Dr Nwosu? The clinic is this way.", used: true),
        NameCase("June Walters||Mrs", "Miss June! Your usual seat is free.", used: true, forms: ["Miss June"]),
        NameCase("Manuel Ortega||señor", "Hasta luego, don Manuel.", used: true, forms: ["don Manuel"]),
        NameCase("Graça Ferreira Lopes||Dona", "Boa tarde, Dona Graça.", used: true, forms: ["Dona Graça"]),
        NameCase("Lucía Fernández Soto||señora", "Pase, señora Fernández.", used: true, forms: ["señora Fernández"]),
        NameCase("Tomasz Kowal||Pan", "Proszę usiąść, panie Tomaszu.", used: true, forms: ["panie Tomaszu"]),
        NameCase("Anna Kowalska||Pani", "Dzień dobry, pani Anno.", used: true),
        NameCase("Kunle Bello||Mr", "Dear Mr and Mrs Bello, your booking is confirmed.", used: true, forms: ["Mr and Mrs Bello"]),
        NameCase("Samira Idrissi||Mme", "Au revoir Madame Samira, à jeudi.", used: true),
        NameCase("Sophie Martin||Mme", "Au revoir madame Martin.", used: true),
        NameCase("Jean Martin||M.", "Bonjour M. Martin.", used: true),
        // family alone, full name
        NameCase("Yusuf Demir||Mr", "Demir? Your locker key is here.", used: true, forms: ["Demir"]),
        NameCase("Anita Kapoor||Mrs", "kapoor party of six this way", used: true, forms: ["kapoor"]),
        NameCase("Gwen Parry||Mrs", "Is that Gwen Parry?", used: true, forms: ["Gwen Parry"]),
        NameCase("Nasreen Begum||Mrs", "And the second parcel, is that for you too, Nasreen Begum?", used: true),
        // possessive
        NameCase("Li Na||Ms", "Omar, can you bring Ms Li's suitcase down?", used: true, forms: ["Ms Li's"]),
        NameCase("Marcus Reid||Mr", "Is this Marcus' bike, the red one?", used: true, forms: ["Marcus'"]),
        NameCase("Maria Costa||Ms", "Maria's order is ready.", used: true),
        NameCase("Eleanor Rigby||Mrs", "And Eleanor's account is the joint one?", used: true),
        NameCase("Sarah Cole||Ms", "Is the account in Sarah's name only?", used: true, forms: ["Sarah's"]),
        // honorific suffixes
        NameCase("Vikram Mehta||Mr", "Good afternoon, Mehta ji! Tablets as usual?", used: true, forms: ["Mehta ji"]),
        NameCase("Gurdeep Sandhu||Mr", "Your van is washed, Sandhu sahib.", used: true, forms: ["Sandhu sahib"]),
        NameCase("Elif Şahin||Hanım", "Buyurun, Elif Hanım.", used: true, forms: ["Elif Hanım"]),
        NameCase("Ahmet Yılmaz||Bey", "Ahmet Bey, hoş geldiniz.", used: true),
        NameCase("Sato Kenji||", "Thank you very much, Sato-san.", used: true, forms: ["Sato-san"]),
        NameCase("Ravi Iyer||Mr", "Ravi ji, the ramipril is on the shelf.", used: true, forms: ["Ravi ji"]),
        // nicknames
        NameCase("Robert Nash||Mr", "Same again, Rob?", used: true, forms: ["Rob"]),
        NameCase("Elizabeth Grey||Mrs", "Afternoon, Lizzie! Off on holiday?", used: true, forms: ["Lizzie"]),
        NameCase("Elizabeth Carr||Mrs", "Hi Beth, your order's ready.", used: true),
        NameCase("Margaret Flynn||Mrs", "Now then, Maggie, what can I get you?", used: true),
        NameCase("Francisco Gil||señor", "¡Buenas, Paco! ¿Lo de siempre?", used: true, forms: ["Paco"]),
        NameCase("José Luis Prieto||señor", "vale pepe te lo preparo", used: true, forms: ["pepe"]),
        NameCase("Alejandro Ruiz Gil||señor", "¡Hasta luego, Álex!", used: true, forms: ["Álex"]),
        NameCase("Giovanni Russo||signor", "Ciao Gianni! Un caffè?", used: true),
        NameCase("Johannes Weber||Herr", "Morgen Hans! Wie immer?", used: true),
        NameCase("Katarzyna Nowak||Mrs", "Hi Kasia! Your glasses are in.", used: true),
        NameCase("Wojciech Nowak||Pan", "Cześć Wojtek!", used: true),
        NameCase("Aleksandr Volkov||Mr", "Thanks for waiting, Sasha.", used: true),
        NameCase("Дмитрий Иванов||", "Спасибо, Дима.", used: true),
        NameCase("Rebecca Stone||Ms", "Chai latte for Becky!", used: true, forms: ["Becky"]),
        NameCase("Mercedes Ruiz||Sra", "Gracias, Merche.", used: true),
        NameCase("Mohammed Al-Farsi||Mr", "Cheers, Mo.", used: true),
        NameCase("Chukwuemeka Okonkwo||Mr", "Emeka! Good to see you.", used: true),
        NameCase("Bob Hughes||Mr", "Good morning, Robert.", used: true),
    ]

    @Test("forms that count", arguments: formsCases) func form(_ example: NameCase) { example.verify() }
}
