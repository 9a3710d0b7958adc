import Testing
@testable import NameMatching

/// Names that are also ordinary words, places or brands: counted only where they address or
/// refer to the person, in typed text and in lower-case speech transcripts.
@Suite("Names that are words") struct WordNameTests {
    static let typedCases: [NameCase] = [
        NameCase("Will Hart||Mr", "Will, your tyres have been fitted.", used: true, forms: ["Will"]),
        NameCase("Will Hart||Mr", "Will you sign here please?", used: false),
        NameCase("Will Hart||Mr", "See you next week, Will.", used: true),
        NameCase("Will Hart||Mr", "Will do.", used: false),
        NameCase("Grace Obi||Ms", "Thanks, Grace, that's all sorted.", used: true),
        NameCase("Grace Obi||Ms", "You have a fourteen day grace period.", used: false),
        NameCase("Hope Adams||Ms", "I hope that helps.", used: false),
        NameCase("Hope Adams||Ms", "Hope, your prescription is ready.", used: true),
        NameCase("Joy Mensah||Ms", "Lovely to see you, Joy!", used: true),
        NameCase("Joy Mensah||Ms", "It's a joy to help.", used: false),
        NameCase("Rose Clark||Mrs", "Prices rose last year.", used: false),
        NameCase("Mark Evans||Mr", "I'll mark it as paid.", used: false),
        NameCase("Mark Evans||Mr", "Mark, the stain has come out completely.", used: true, forms: ["Mark"]),
        NameCase("May Lin||Ms", "May I have your postcode?", used: false),
        NameCase("May Lin||Ms", "The offer runs until May.", used: false),
        NameCase("May Lin||Ms", "Thank you, May.", used: true),
        NameCase("Faith Ade||Mrs", "We acted in good faith.", used: false),
        NameCase("Bill Gates||Mr", "Please pay the bill at the gates.", used: false),
        NameCase("Patience Eke||Mrs", "Oh, Patience! Good to see you. Thanks for your patience on the phone.", used: true,
                 forms: ["Patience"]),
        NameCase("Can Öztürk||Bey", "Can, the keys are on the desk. I can show you the car.", used: true, forms: ["Can"]),
        NameCase("Oh Ji-hoon||Mr", "Oh, hi! Oh dear, it's raining.", used: false),
        NameCase("Oh Ji-hoon||Mr", "Oh, there you are! Mr Oh, this way.", used: true, forms: ["Mr Oh"]),
        NameCase("Phạm Thị An|An|Ms", "It takes an hour or so.", used: false),
        NameCase("Eleanor Cash||Ms", "Thank you, Ms Cash. Would you like any cash back?", used: true, forms: ["Ms Cash"]),
        NameCase("Colin Ward||Mr", "Visiting for Ward 9 is until eight.", used: false),
        NameCase("Stefan Klein||Herr", "Das Zimmer ist leider sehr klein.", used: false),
        NameCase("Nagy Anna||", "Ez a kabát túl nagy nekem.", used: false),
        NameCase("Earl Watts||Mr", "Would you like Earl Grey or English Breakfast?", used: false),
        NameCase("Dawn Price||Mrs", "The price is forty pounds.", used: false),
        NameCase("Dawn Price||Mrs", "Mrs Price, the price is forty pounds.", used: true, forms: ["Mrs Price"]),
        NameCase("Hazel Murray||Mrs", "Would you like the hazel or the oak finish?", used: false),
        NameCase("Robin Gale||Mr", "Cheers, Robin, enjoy the book.", used: true),
        NameCase("Martin Cole||Mr", "It's the Aston Martin in bay three.", used: false),
        NameCase("Chance Obi||Mr", "There's a chance of delays today.", used: false),
        NameCase("June Park||Mrs", "The offer ends in June.", used: false),
        NameCase("June Park||Mrs", "Thank you, June, have a lovely day.", used: true),
        NameCase("Eve Marsh||Ms", "We're closed on Christmas Eve.", used: false),
        NameCase("Ahmed Khan||Mr", "Happy Birthday Ahmed!", used: true),
        NameCase("Sarah Cole||Ms", "Welcome Back Sarah!", used: true),
        NameCase("Angel Ruiz||Sr", "You're an angel, thank you!", used: false),
        NameCase("Luz Marina Vega||Sra", "Se fue la luz en la oficina.", used: false),
        NameCase("Deniz Aksoy||Hanım", "Deniz manzaralı oda istiyor musunuz?", used: false),
        NameCase("Deniz Aksoy||Hanım", "Hoş geldiniz Deniz Hanım.", used: true, forms: ["Deniz Hanım"]),
        NameCase("Mei Lin Tan||Ms", "Would you like a tan leather or black?", used: false),
        NameCase("Sarah Cole||Ms", "hi sarah, I can see your order now.", used: true),
    ]

    static let transcriptsCases: [NameCase] = [
        NameCase("Will Hart||Mr", "hi will its omar from the garage your car is ready", used: true, forms: ["will"]),
        NameCase("Will Hart||Mr", "we will ring you when it will be ready", used: false),
        NameCase("Will Hart||Mr", "will you sign here please", used: false),
        NameCase("Grace Obi||Ms", "okay grace thats all done for you", used: true),
        NameCase("Grace Obi||Ms", "you get a two week grace period on late payments", used: false),
        NameCase("Miles Ford||Mr", "hi miles the service is done and its good for ten thousand miles", used: true,
                 forms: ["miles"]),
        NameCase("William Crane||Mr", "the bill went to the old address by mistake", used: false),
        NameCase("William Crane||Mr", "thanks bill have a good day", used: true),
        NameCase("May Lin||Ms", "thank you may i have your postcode", used: false),
        NameCase("Hope Adams||Ms", "hi hope how are you today", used: true),
        NameCase("Hope Adams||Ms", "hope that helps", used: false),
        NameCase("Patience Eke||Mrs", "thank you for your patience", used: false),
        NameCase("Patience Eke||Mrs", "thank you patience", used: true),
        NameCase("Dawn Lee||Mrs", "he has been coughing since before dawn so ill book him in", used: false),
        NameCase("Amber Shaw||Ms", "was the warning light amber or red", used: false),
        NameCase("Amber Lane||Ms", "see you soon amber", used: true),
        NameCase("Daniel Fox||Mr", "good morning is that mr fox", used: true, forms: ["mr fox"]),
        NameCase("Daniel Fox||Mr", "the fox has gone back under the shed", used: false),
        NameCase("Tanisha Banks||Ms", "thanks ms banks most banks are cutting rates", used: true, forms: ["ms banks"]),
        NameCase("Can Öztürk||Bey", "we can fit them at three can you drop it off", used: false),
        NameCase("Edward Lam|Ed|Mr", "thanks ed ive changed the date for you", used: true),
        NameCase("Ruby Shah||Ms", "ruby your ring is ready", used: true),
        NameCase("Ruby Shah||Ms", "yes the ruby ring will be ready on thursday", used: false),
        NameCase("Mark Owen||Mr", "mark your calendar for the fifth", used: false),
        NameCase("Long Pham||Mr", "it wont take long", used: false),
        NameCase("Grace Obi||Ms", agent: "Tom Hall", "can i speak to grace please", used: true),
        NameCase("Ivy Chen||Ms", "ivy its tom from the gym your locker is ready", used: true),
        NameCase("Daisy Parker||Ms", "oops a daisy mind the step", used: false),
        NameCase("April Stone||Ms", "your contract renews in april", used: false),
        NameCase("April Stone||Ms", "hello april its tom from the estate agents", used: true),
        NameCase("Faith Obi||Ms", "okay faith thats booked for you", used: true),
        NameCase("Joy Obi||Ms", "bye joy take care", used: true),
        NameCase("Frank Obi||Mr", "ill be frank with you its not good", used: false),
        NameCase("Rich Obi||Mr", "the sauce is quite rich", used: false),
        NameCase("Sandy Obi||Mrs", "the beach is sandy and quiet", used: false),
        NameCase("Amber Obi||Ms", "theres an amber warning for wind", used: false),
        NameCase("Adaeze Okafor||Mrs", "is this okafors account", used: true, forms: ["okafors"]),
        NameCase("Jean Paul||Mr", "your new jeans are in the bag", used: false),
    ]

    static let placesAndBrandsCases: [NameCase] = [
        NameCase("Chelsea Lane||Ms", "Our Chelsea store has two in stock.", used: false),
        NameCase("Chelsea Wright||Ms", "Hi Chelsea, which zone is it? Is it the Chelsea zone?", used: true, forms: ["Chelsea"]),
        NameCase("Elizabeth Hart||Mrs", "The Elizabeth line runs every five minutes.", used: false),
        NameCase("Victoria Ade||Ms", "Coaches leave from Victoria station every hour.", used: false),
        NameCase("Florence Bell||Mrs", "Florence is lovely in May. Four nights in Florence starts at £600.", used: false),
        NameCase("Jordan Cole||Mr", "the jordan package includes a desert camp", used: false),
        NameCase("Jordan Cole||Mr", "Hi Jordan, your trip to Jordan is confirmed.", used: true, forms: ["Jordan"]),
        NameCase("Mercedes Ortiz||Ms", "You've been upgraded to a Mercedes E-Class. The Mercedes is parked outside.", used: false),
        NameCase("Mercedes Ortiz||Ms", "Mercedes, these are your keys.", used: true),
        NameCase("Gordon Ford||Mr", "We service lots of Fords. Your Ford needs new brakes.", used: false),
        NameCase("Gordon Ford||Mr", "Mr Ford? Your Ford needs new brakes.", used: true, forms: ["Mr Ford"]),
        NameCase("Iain McDonald||Mr", "You can get a coffee at the McDonald's on the corner.", used: false),
        NameCase("Robin Marsh||Mr", "We restore Reliant Robins. That Reliant Robin is a classic.", used: false),
        NameCase("Austin Price||Mr", "What a lovely Austin-Healey. The price to restore it is high.", used: false),
        NameCase("Mark Spencer||Mr", "They sell it at Marks & Spencer.", used: false),
        NameCase("James Hilton||Mr", "I stayed at a Hilton last month.", used: false),
        NameCase("Levi Cohen||Mr", "Levi's are twenty percent off this week.", used: false),
        NameCase("Levi Cohen||Mr", "Hi Levi, your jeans are ready.", used: true),
    ]

    /// "hope" and "trust" take a that-clause: after a greeting or thanks with no pause, the
    /// greeting formula, not a vocative; set off by a comma, or capitalised mid-sentence, the name.
    static let clauseVerbCases: [NameCase] = [
        NameCase("Hope Adams||Ms", "hi hope youre well", used: false),
        NameCase("Hope Adams||Ms", "thanks hope that helps", used: false),
        NameCase("Hope Adams||Ms", "morning hope all is well", used: false),
        NameCase("Hope Adams||Ms", "Thanks, hope so!", used: false),
        NameCase("Trust Moyo||Mr", "hi trust youre keeping well", used: false),
        NameCase("Hope Adams||Ms", "Hi Hope, you're all set.", used: true, forms: ["Hope"]),
        NameCase("Hope Adams||Ms", "Thanks Hope you're a star", used: true, forms: ["Hope"]),
        NameCase("Hope Adams||Ms", "hi hope your order is ready", used: true, forms: ["hope"]),
        NameCase("Trust Moyo||Mr", "thanks trust", used: true, forms: ["trust"]),
        // A modal name before a bare verb after thanks: the modal with its subject left out.
        NameCase("Will Hart||Mr", "thank you will be ready friday", used: false),
        NameCase("May Lin||Ms", "thanks may need a signature too", used: false),
        NameCase("Will Hart||Mr", "thanks will see you friday", used: false),
        NameCase("Will Hart||Mr", "thanks will", used: true, forms: ["will"]),
        NameCase("Will Hart||Mr", "Thanks, Will, see you Friday.", used: true, forms: ["Will"]),
    ]

    /// Rules added with the probe set: a marker word inside a phrase is no marker, a
    /// possessive word-name before a customer's thing, eponym titles, a question to the
    /// listener after the word, farewell verbs after a marker, thanks-for-holding endings.
    static let probeRuleCases: [NameCase] = [
        NameCase("Faith Ito||Ms", "it was sold in good faith", used: false),
        NameCase("Faith Ito||Ms", "okay faith thats sorted", used: true, forms: ["faith"]),
        NameCase("Joy Bell||Ms", "we had a great joy working on it", used: false),
        NameCase("Grace Obi||Ms", "Grace's prescription is on the counter.", used: true, forms: ["Grace's"]),
        NameCase("Florence Ade||Ms", "Florence's museums are closed on Mondays.", used: false),
        NameCase("Victoria Lane||Ms", "King Victoria never existed, but Queen Victoria did.", used: false),
        NameCase("Jude Ama||Mr", "The bus stops outside St Jude's hospital.", used: false),
        NameCase("Paris Khan||Ms", "Is the train to Paris on time?", used: false),
        NameCase("Kerry Moss||Ms", "Flights to Kerry leave from Stansted.", used: false),
        NameCase("Kerry Moss||Ms", "I'll send the ticket to Kerry, is that you?", used: true),
        NameCase("Dawn Reid||Ms", "dawn are you there", used: true, forms: ["dawn"]),
        NameCase("Dawn Reid||Ms", "dawn is the best time to see them", used: false),
        NameCase("Sunny Gill||Mr", "okay sunny take care now", used: true, forms: ["sunny"]),
        NameCase("Will Hart||Mr", "okay will see you friday", used: false),
        NameCase("Bill Ray||Mr", "thanks for waiting bill", used: true, forms: ["bill"]),
    ]

    @Test("rules from the probe set", arguments: probeRuleCases) func probeRules(_ example: NameCase) { example.verify() }
    @Test("typed text", arguments: typedCases) func typed(_ example: NameCase) { example.verify() }
    @Test("hope and trust before a clause", arguments: clauseVerbCases) func clauseVerbs(_ example: NameCase) { example.verify() }
    @Test("speech transcripts", arguments: transcriptsCases) func transcripts(_ example: NameCase) { example.verify() }
    @Test("places and brands", arguments: placesAndBrandsCases) func placesAndBrands(_ example: NameCase) { example.verify() }
}
