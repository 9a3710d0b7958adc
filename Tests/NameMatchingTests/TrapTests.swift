import Testing
@testable import NameMatching

/// What must not count: other speakers, the agent's own name, another person with the same
/// name, a wrong name, a name inside another word, an address read back.
@Suite("Traps") struct TrapTests {
    static let speakersCases: [NameCase] = [
        NameCase("Imran Qureshi||Mr", ["A: morning homeshield claims dina speaking", "C: hi its imran qureshi about my claim",
                                       "A: okay the assessor will ring you tomorrow"], used: false),
        NameCase("Bola Ade||Mrs", ["A: I'll fetch our mortgage adviser.", "O: Hello Mrs Ade, follow me please."], used: false),
        NameCase("Bola Ade||Mrs", ["A: Tayo, this is Mrs Ade, she's here about a remortgage.", "O: Hello Mrs Ade."],
                 used: true, forms: ["Mrs Ade"]),
        NameCase("Obinna Eze||Mr", ["A: Could I take your surname?", "C: Eze. E, Z, E.", "A: Thanks, sir."], used: false),
    ]

    static let selfIntroductionsCases: [NameCase] = [
        NameCase("Dan Pryce||Mr", agent: "Dan Whelan", "Morning, I'm Dan, I'll be looking after you today.", used: false),
        NameCase("Dan Pryce||Mr", agent: "Dan Whelan", ["A: Morning, I'm Dan.", "C: Same name as me!", "A: Okay, Dan, follow me."],
                 used: true, forms: ["Dan"]),
        NameCase("Neha Shah||Ms", agent: "Neha Kapoor", "Hi, this is Neha from the housing office.", used: false),
        NameCase("Neha Shah||Ms", agent: "Neha Kapoor", "Hello, it's Neha again from housing.", used: false),
        NameCase("Ruth Walker||Mrs", agent: "Kim Walker", "Good morning, you're through to Kim Walker, how can I help?", used: false),
        NameCase("Grace Obi||Ms", agent: "Grace Hall", "Hello, Grace here from the clinic.", used: false),
        NameCase("Grace Obi||Ms", agent: "Grace Hall", "youre through to grace how can i help", used: false),
        NameCase("Nadia Stone||Ms", agent: "Nadia Green", "Brightview Dental, Nadia speaking.", used: false),
        NameCase("Laura Stone||Ms", agent: "Laura Bishop", "Dear customer, your refund is on its way. Kind regards, Laura",
                 used: false),
        NameCase("Ольга Петрова||", agent: "Ольга Смирнова", "Меня зовут Ольга, чем могу помочь?", used: false),
        NameCase("Ali Reza||Mr", agent: "Ali Demir", ["A: Ha, I'm Ali as well.", "A: Mint tea for Ali!"], used: true),
    ]

    static let otherPeopleCases: [NameCase] = [
        NameCase("Emeka Obi||Mr", "Your wife can collect it, but Mrs Obi will need her passport.", used: false),
        NameCase("Sunil Shah||Mr", "Have a seat, Dr Shah is running ten minutes late.", used: false),
        NameCase("Ama Owusu||Mrs", "The account is held by Kojo Owusu. Is Mr Owusu available?", used: false),
        NameCase("Farida Khan||Mrs", "Is this for Shabnam Khan at number 12?", used: false),
        NameCase("Смирнова Анна Ивановна||", "Счёт открыт на Смирнова Олега Петровича.", used: false),
        NameCase("John Smith||Mr", agent: "Ann Lee", "My colleague John will call you back.", used: false),
        NameCase("John Smith||Mr", agent: "Ann Lee", "I'll ask John in accounts to look at it.", used: false),
        NameCase("Mark Lowe||Mr", agent: "Ann Lee", "Mark from IT will call you back.", used: false),
        NameCase("Grace Obi||Ms", agent: "Tom Hall", "You'll need to speak to Grace in billing about that.", used: false),
        NameCase("Sarah Kent||Mrs", "Your wife Sarah rang earlier.", used: false),
        NameCase("Peter Lund||Mr", ["A: Hi, is this the account for Pete's phone?", "C: Yes, it's my son's, I pay for it.",
                                    "A: OK. Shall I sort it with you, or do I need young Pete?"], used: false),
        NameCase("Isabella Conti||Ms", ["A: Morning, is this Izzy?", "C: Yes, she's in the car with my husband.",
                                        "A: Say hi to Izzy for me!"], used: false),
        NameCase("Tom Reed||Mr", ["A: Is that Tom?", "C: No, this is his wife."], used: false),
        NameCase("Tom Reed||Mr", ["A: Is that Tom?", "C: Speaking.", "A: Great, Tom, your car is ready."], used: true),
        NameCase("Tom Reed||Mr", ["A: Is Tom there?", "C: No, he's at work."], used: false),
        NameCase("Tom Reed||Mr", ["A: Thanks, Tom. I'll ask Tom in accounts to call you."], used: true, forms: ["Tom"]),
    ]

    /// Another person with the name, by what comes after it.
    static let otherPeopleAfterCases: [NameCase] = [
        NameCase("John Smith||", "john in returns will sort it", used: false),
        NameCase("John Smith||", "John's on lunch till two.", used: false),
        NameCase("John Smith||", "johns off today sorry", used: false),
        NameCase("John Smith||", "John's order is ready.", used: true, forms: ["John's"]),
        NameCase("Maria Lopez||", "Maria, your sister, dropped this off.", used: false),
        NameCase("Maria Lopez||", "Maria, your sister is here.", used: true, forms: ["Maria"]),
        NameCase("Anna Weber||", "Dr Weber will see you now.", used: false),
        NameCase("Anna Weber||Mrs", "Mrs Weber, will you sign here?", used: true, forms: ["Mrs Weber"]),
        NameCase("Ali Khan||Mr", "mr khan can you sign here", used: true, forms: ["mr khan"]),
        NameCase("Tom Reed||", "Thanks Tom, in the meantime I'll print it.", used: true, forms: ["Tom"]),
    ]

    static let wrongNamesCases: [NameCase] = [
        NameCase("Ellen Brown||Mrs", ["A: Thanks Mrs Browne.", "C: It's Brown, no e.", "A: Sorry about that!"], used: false),
        NameCase("Paul Dawson||Mr", ["A: Morning, Mr Davidson.", "C: Dawson.", "A: Apologies, Mr Dawson."],
                 used: true, forms: ["Mr Dawson"]),
        NameCase("Jessica Morley||Ms", "Flat white for Tess!", used: false),
        NameCase("Reza Ahmadi||Mr", "Mr Ahmed? Come through.", used: false),
        NameCase("Susan Park||Mrs", "Thanks, Suzanne, that's all done.", used: false),
        NameCase("Sarah Hill||Ms", "Thanks, Sara, that's all done.", used: false),
        NameCase("Ellen Ward||Ms", "Helen? Come on through.", used: false),
        NameCase("Claire Dunn||Mrs", ["A: Hello Carol!", "C: It's Claire.", "A: Sorry, Claire.", "A: Anything else, Claire?",
                                       "C: No, thanks."], used: true, forms: ["Claire"]),
    ]

    static let insideWordsCases: [NameCase] = [
        NameCase("Ann Porter||Mrs", "Your annual review was announced in the newsletter.", used: false),
        NameCase("Alan Bennett|Al|Mr", "we also offer travel insurance and its always worth it", used: false),
        NameCase("Pat Doyle||Mrs", "all patients need to bring their card", used: false),
        NameCase("Chen Jie||Mr", "The kitchen showroom opens at nine.", used: false),
        NameCase("Joy Mensah||Ms", "Enjoy the rest of your day!", used: false),
        NameCase("Raymond Fisher|Ray|Mr", "X-ray results take two days.", used: false),
        NameCase("Raymond Fisher|Ray|Mr", "morning ray your x ray is booked for tuesday", used: true, forms: ["ray"]),
        NameCase("Klaus Fischer||Herr", "Die Fischerei hat heute geschlossen.", used: false),
        NameCase("Gareth Lloyd||Mr", "Lloyds sent the letter last week.", used: false),
        NameCase("Skye Campbell||Ms", "Sky will send a new router.", used: false),
        NameCase("王明||先生", "王明天上午有空吗？", used: false),
        NameCase("王明||先生", "请问是王明吗？", used: true, forms: ["王明"]),
    ]

    static let addressesCases: [NameCase] = [
        NameCase("Tara Quinn||Ms", "so thats tara dot quinn at post dot com", used: false),
        NameCase("Tara Quinn||Ms", "I've sent it to tara.quinn@post.com.", used: false),
    ]

    /// Rules added with the probe set: "'s" as "is"/"has", an appositive role, a relative
    /// clause, a name set against the listener, a Japanese quotative.
    static let describedPeopleCases: [NameCase] = [
        NameCase("Nadia Stone||Ms", "Nadia's with another patient, she won't be long.", used: false),
        NameCase("Nadia Stone||Ms", "Nadia's just stepped out, can I take a message?", used: false),
        NameCase("Nadia Stone||Ms", "Nadia's booking is for two nights.", used: true, forms: ["Nadia's"]),
        NameCase("Owen Price||Mr", "I've passed it on to Owen, the duty manager.", used: false),
        NameCase("Owen Price||Mr", "Owen, our engineer will be with you at ten.", used: true, forms: ["Owen"]),
        NameCase("Owen Price||Mr", "Owen who looks after the vans has your keys.", used: false),
        NameCase("Owen Price||Mr", "Owen, who would you like to see?", used: true, forms: ["Owen"]),
        NameCase("Owen Price||Mr", "Is the parcel for Owen or for you?", used: false),
        NameCase("Owen Price||Mr", "is this owens card or yours", used: false),
        NameCase("Inês Costa||", agent: "Ana Lima", "A Inês que trabalha na loja deixou isto.", used: false),
        NameCase("Inês Costa||", agent: "Ana Lima", "Inês, que bom vê-la!", used: true, forms: ["Inês"]),
        NameCase("木村 拓也||", agent: "佐藤 花", "木村様という方からお電話がありました。", used: false),
        NameCase("木村 拓也||", agent: "佐藤 花", "木村様、お待たせしました。", used: true, forms: ["木村様"]),
    ]

    @Test("someone described to the listener", arguments: describedPeopleCases)
    func describedPeople(_ example: NameCase) { example.verify() }
    @Test("only the agent's words count", arguments: speakersCases) func speakers(_ example: NameCase) { example.verify() }
    @Test("the agent's own name", arguments: selfIntroductionsCases)
    func selfIntroductions(_ example: NameCase) { example.verify() }
    @Test("another person with the name", arguments: otherPeopleCases) func otherPeople(_ example: NameCase) { example.verify() }
    @Test("another person with the name, by what follows it", arguments: otherPeopleAfterCases)
    func otherPeopleAfter(_ example: NameCase) { example.verify() }
    @Test("a wrong name", arguments: wrongNamesCases) func wrongNames(_ example: NameCase) { example.verify() }
    @Test("whole words only", arguments: insideWordsCases) func insideWords(_ example: NameCase) { example.verify() }
    @Test("an address read back", arguments: addressesCases) func addresses(_ example: NameCase) { example.verify() }
}
