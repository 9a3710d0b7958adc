import Testing
@testable import NameMatching

/// The context rules added while developing on the second probe set: each class with cases
/// that it rules out and contrasting cases that must still count. Sentences written for the
/// tests, not taken from any labelled file.
@Suite("Context rules") struct ContextRuleTests {
    /// Places, firms, products and works named after a person.
    static let placesAndThingsCases: [NameCase] = [
        // A phone opening: greeting, then the organisation's name, then the agent.
        NameCase("Rui Câmara||Senhor", "bom dia câmara municipal de braga rita", used: false),
        NameCase("Sunil Patel||Mr", "good afternoon shah and patel accountants how can i help", used: false),
        NameCase("Conor Byrne||Mr", "Byrne and Sons are the removals firm we use.", used: false),
        NameCase("David Grant||Mr", "morning david time for your check up", used: true),
        NameCase("Pepe Ortiz||", "lo tiene el taller pepe motor desde ayer", used: false),
        NameCase("Giuseppe Verdi||Signor", "il negozio è in piazza giuseppe verdi", used: false),
        NameCase("Giuseppe Verdi||Signor", "grazie giuseppe a domani", used: true),
        // Possessives that are shops, pubs or festivals.
        NameCase("Mario Bianchi||", "We're meeting at Mario's, the pizzeria on the corner.", used: false),
        NameCase("Andrew Hay||Mr", "We close early on St Andrew's Day.", used: false),
        NameCase("Karim Aziz||Mr", "welcome to karims kebabs what can i get you", used: false),
        NameCase("James Whitlock||Mr", "Is that James' Audi outside?", used: true),
        NameCase("Andrew Hay||Mr", "Andrew's form is signed, thanks.", used: true),
        // A product edition, a work by its maker, a brand that is a title and a name.
        NameCase("Chanel Okoye||Ms", "The new Chanel is on the top shelf.", used: false),
        NameCase("Grace Lin||", "They were playing Grace by Jeff Buckley all morning.", used: false),
        NameCase("Grace Lin||", "See you by Friday, Grace.", used: true),
        NameCase("Klaus Martens||Dr", "Dr Martens boots are half price this week.", used: false),
        NameCase("Klaus Martens||Dr", "Thank you, Dr Martens.", used: true),
    ]

    /// Other people with the customer's name, beyond English and by more cues.
    static let otherPeopleCases: [NameCase] = [
        NameCase("Jean-Luc Moreau||Monsieur", "Votre conseiller Jean-Luc vous appellera demain.", used: false),
        NameCase("Νίκος Παππάς||κύριος", "Ο συνάδελφος Νίκος θα σας εξυπηρετήσει.", used: false),
        NameCase("Lars Berg||", "Lars i kassan hjälper dig.", used: false),
        NameCase("Owen Price||Mr", "Owen on reception has your parcel.", used: false),
        NameCase("Owen Price||Mr", "Owen's on his break, he'll be back at two.", used: false),
        NameCase("Ravi Singh||Mr", "our mr singh will go through the figures with you", used: false),
        NameCase("Ravi Singh||Mr", "Mr Singh senior signed the lease.", used: false),
        NameCase("Ravi Singh||Mr", "Thanks, Mr Singh.", used: true),
        NameCase("Elena Ruiz||señora", "La señora Ruiz del segundo piso dejó esto.", used: false),
        NameCase("Elena Ruiz||señora", "¿Es usted la señora Ruiz?", used: true),
        NameCase("Elena Ruiz||señora", "Gracias, señora Ruiz.", used: true),
        NameCase("Anna Petrova||", "Анна Сергеевна из бухгалтерии вам перезвонит.", used: false),
        NameCase("Anna Nowak||pani", "Pani Nowak z działu kredytów oddzwoni.", used: false),
        NameCase("Mia Cole||", "A lady called Mia left this for you.", used: false),
        NameCase("陈静||女士", "请稍等，陈经理马上过来。", used: false),
        NameCase("陈静||女士", "陈女士，请这边走。", used: true),
        NameCase("Tom Reid||Mr", "Hi, Tom here from the garage, your car's ready.", used: false),
        NameCase("Tom Reid||Mr", "Hi Tom, here's your receipt.", used: true),
        NameCase("Sarah Cole||Ms", agent: "Sarah Bell", "Good morning, this is Sarah from the surgery.", used: false),
        NameCase("Sarah Cole||Ms", agent: "Jo Bell", "Hi, it's Sarah from the surgery.", used: false),
        NameCase("Sarah Cole||Ms", agent: "Jo Bell", "Dev, this is Ms Cole from Acme, here for the three o'clock.", used: true),
        NameCase("Ewa Nowak||Pani", "Ewa z księgowości oddzwoni jutro.", used: false),
    ]

    /// A name as a third person inside a clause: the clause also speaks to the listener, a
    /// third-person auxiliary or verb agrees with it, "who's", "and I", a staff role before it.
    static let thirdPersonCases: [NameCase] = [
        NameCase("Nadia Rahman||Ms", "Nadia said you'd be popping in today.", used: false),
        NameCase("Nadia Rahman||Ms", "Did you get to see Nadia last week?", used: false),
        NameCase("Nadia Rahman||Ms", "Is Nadia coming with you later?", used: false),
        NameCase("Nadia Rahman||Ms", "Does Nadia still need the letter?", used: false),
        NameCase("Nadia Rahman||Ms", "Nadia will love it, she's been after one for ages.", used: false),
        NameCase("Nadia Rahman||Ms", "Who's Nadia?", used: false),
        NameCase("Nadia Rahman||Ms", "Nadia and I will sort the paperwork.", used: false),
        NameCase("Nadia Rahman||Ms", "When Nadia arrives, I'll send her up.", used: false),
        NameCase("Nadia Rahman||Ms", "Our installer Nadia fitted it.", used: false),
        NameCase("Nadia Rahman||Ms", "The technician, Nadia, will ring first.", used: false),
        NameCase("Nadia Rahman||Ms", "Nadia's the best person to ask.", used: false),
        NameCase("Nadia Rahman||Ms", "I've texted Nadia the address.", used: false),
        NameCase("Nadia Rahman||Ms", "nadia said youll be in about two", used: false),
        NameCase("Nadia Rahman||Ms", "is nadia coming in with you", used: false),
        NameCase("Nadia Rahman||Ms", "nadia your card is ready", used: true),
        NameCase("Jürgen Koch||Herr", "jürgen aus der buchhaltung ruft sie zurück", used: false),
        NameCase("Luc Girard||Monsieur", "Luc de la comptabilité vous rappellera.", used: false),
        // Still the listener.
        NameCase("Nadia Rahman||Ms", "Nadia, you're all booked in.", used: true),
        NameCase("Nadia Rahman||Ms", "There you go Nadia.", used: true),
        NameCase("Nadia Rahman||Ms", "Right then Nadia, what can I do for you?", used: true),
        NameCase("Nadia Rahman||Ms", "You must be Nadia.", used: true),
        NameCase("Nadia Rahman||Ms", "Can I call you Nadia?", used: true),
        NameCase("Nadia Rahman||Ms", "Here you are, Nadia's receipt.", used: true),
        NameCase("Nadia Rahman||Ms", "I'll pop it in the post to Nadia, is that you?", used: true),
        NameCase("Nadia Rahman||Ms", "Nadia's bag is on the chair, is it yours?", used: true),
        NameCase("Nadia Rahman||Ms", "Tayo, Nadia's here for you, it's about the mortgage.", used: true),
    ]

    /// What the customer's own words and the course of the conversation show.
    static let conversationCases: [NameCase] = [
        // The customer names a relation with the same name.
        NameCase("Lena Vogel||Frau", ["C: Ich hole das Rezept für meine Tochter Lena ab.", "A: Für Lena, hier bitte."],
                 used: false),
        NameCase("Paul Mercer||Mr", ["C: It's for my dad, Paul Mercer, same name as me.", "A: Here's the one for Paul Mercer."],
                 used: false),
        NameCase("Paul Mercer||Mr", ["C: It's for my dad, same name as me.", "A: Here we are. Anything else, Paul?"],
                 used: true),
        // A third person presented, then spoken to.
        NameCase("Max Keller||", ["A: And this must be Max! Hello Max, aren't you a good boy."], used: false),
        NameCase("Max Keller||", ["A: You must be Max! Hello Max."], used: true),
        // A name read back after thanks is a question; the reply corrects it.
        NameCase("Daria Wolska||Pani", ["A: Thank you, Dasha Wolska?", "C: Daria. Dasha is my cousin, she's booked tomorrow."],
                 used: false),
        NameCase("Daria Wolska||Pani", ["A: Thank you, Daria Wolska?", "C: Yes, that's me."], used: true),
        // Speech to a colleague while the customer is on hold.
        NameCase("Imran Ali||Mr", ["A: I'll transfer you now, please hold.", "A: Hi Jo, I've got Mr Ali for you, a card query."],
                 used: false),
        NameCase("Imran Ali||Mr", ["A: Jo, this is Mr Ali, he's here about his card."], used: true),
        NameCase("Imran Ali||Mr", ["A: Please hold.", "C: Sure.", "A: Thanks for holding, Mr Ali."], used: true),
        // The customer corrects a read-back with another part of their name.
        NameCase("Costa Pappas||", ["A: Mr Costa?", "C: Pappas."], used: false),
        NameCase("Costa Pappas||", ["A: Mr Pappas?", "C: Yes, Costa Pappas."], used: true),
    ]

    /// Forms and spellings.
    static let formCases: [NameCase] = [
        NameCase("Иван Петров||", "Иван Петрович, подпишите здесь.", used: true, forms: ["Иван Петрович"]),
        NameCase("Carla Bruni||Signora", "Carlo ti aspetta alla cassa.", used: false),
        NameCase("Carla Bruni||Signora", "A nome di Carlo Bruni?", used: false),
        NameCase("Ama Boateng||Mrs", "Good morning, Maame Ama!", used: true, forms: ["Maame Ama"]),
        NameCase("Omar Haddad||Mr", "مرحبا يا عمر، تفضل.", used: true),
        NameCase("Diego Vidal||", "hola diego que tal todo", used: true),
        NameCase("Diego Vidal||", "el diego que trabaja aquí te llama", used: false),
    ]

    /// Word-names in and out of a name slot.
    static let wordNameCases: [NameCase] = [
        NameCase("Crystal Fox||", "crystal can you pop your signature there", used: true),
        NameCase("Hope Daniels||", "thats all done hope", used: true),
        NameCase("Holly Burns||", "careful that kettle burns", used: false),
        NameCase("Kelly Watt||", "we need a forty watt bulb", used: false),
    ]

    @Test("places, firms, products and works", arguments: placesAndThingsCases)
    func placesAndThings(_ example: NameCase) { example.verify() }
    @Test("other people, by more cues and languages", arguments: otherPeopleCases)
    func otherPeople(_ example: NameCase) { example.verify() }
    @Test("a third person inside a clause", arguments: thirdPersonCases)
    func thirdPerson(_ example: NameCase) { example.verify() }
    @Test("the customer's words and the course of the call", arguments: conversationCases)
    func conversation(_ example: NameCase) { example.verify() }
    @Test("forms and spellings", arguments: formCases) func forms(_ example: NameCase) { example.verify() }
    @Test("word-names", arguments: wordNameCases) func wordNames(_ example: NameCase) { example.verify() }
}
