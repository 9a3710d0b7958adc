/// Words and phrases around a vocative: greetings, thanks and apologies that are followed by
/// the addressee's name, discourse markers that may be, and the frames of identity questions
/// ("Is that Ruth?") and self-introductions ("I'm Tom"). Keys are folded.
enum Discourse {
    /// Greetings, thanks, farewells and apologies: the word right before a vocative.
    static let greetings = WordList.keys("""
        hi hello hey hiya heya hullo howdy morning afternoon evening welcome bye goodbye
        cheers thanks ta sorry congratulations congrats dear greetings night birthday christmas
        xmas easter year eid mubarak diwali
        hallo servus moin tschüss tschuess danke grüezi grüss morgen tag abend willkommen
        bonjour bonsoir salut merci coucou bienvenue
        hola gracias buenas días dias tardes noches adiós adios bienvenido bienvenida perdón
        olá ola oi obrigado obrigada dia tarde noite
        ciao salve grazie buongiorno buonasera arrivederci benvenuto benvenuta scusi
        hoi dag dank bedankt goedemorgen goedemiddag
        hej hei takk tack tak
        dziękuję dziekuje cześć czesc witam dobry
        szia sziasztok szervusz köszönöm koszonom
        merhaba günaydın gunaydin teşekkürler tesekkurler teşekkür sağol sagol hoşgeldiniz selam
        привет здравствуйте здравствуй спасибо добрый
        γεια καλημέρα καλησπέρα ευχαριστώ
        שלום תודה
        أهلا اهلا مرحبا شكرا صباح مساء
        namaste namaskar नमस्ते धन्यवाद akal salaam salam assalamu يا
        chào chao
        """)

    /// Discourse markers: before a vocative only when set off ("Right, Tom, ...").
    static let markers = WordList.keys("""
        yes yeah yep yup no nope ok okay alright right well so now sure great lovely perfect
        brilliant fine good cool excellent wonderful fantastic super ah oh hmm look listen
        please there done back
        bueno vale claro allora ecco ja gut also bon alors oui si sim evet tamam да ладно ναι
        כן نعم حسنا dạ vâng
        """)

    /// Words that open a clause addressed to the listener, after a vocative in an unpunctuated
    /// transcript: "okay grace thats all done", "grace your car is ready".
    static let clauseStarters = WordList.keys("""
        your youre yours its thats theres heres this im ive we weve were well ill id how what
        please thanks thank sorry just hope see take have enjoy
        """)

    /// Questions to the listener right after a vocative: "rose is that you", "Tom, are you
    /// there?", "grace can you hear me".
    static let listenerQuestions = WordList.phrases("""
        is that you, is it you, is this you, are you there, you there, can you hear me, can you, could you,
        would you, do you, did you, have you, are you
        """)

    /// Words that end a clause, after which a transcript's last word is a vocative: "see you
    /// soon grace", "thanks for coming in today amber", "take care will", "the record too ed".
    static let clauseFinal = WordList.keys("""
        today tonight tomorrow again now then soon later much lot bye safe care anyway though
        everything weekend morning afternoon evening problem worries go holding waiting calling
        done set sorted too
        """)

    /// Phrases ending right before a greeted name: "thank you, Grace", "see you, Tom".
    static let greetingPhrases = WordList.phrases("""
        thank you, see you, meet you, bless you, love you, excuse me, well done, welcome back,
        good to see you, nice to see you
        """)

    /// Words a name is introduced by in an identity question: "Is that Ruth?", "Am I speaking
    /// to Mrs Bennett?", "Is it Ms Cash?".
    static let identityFrames = WordList.phrases("""
        is that, is this, is it, are you, speaking to, speaking with, talking to, talking with,
        speak to, speak with, that you, sind sie, bist du, es usted, eres, êtes vous, vous êtes,
        è lei, é você, é o senhor, é a senhora
        """)

    /// First-person frames of a self-introduction; the name after them is the speaker's own.
    static let selfFrames = WordList.phrases("""
        im, i am, my name is, my names, my name, call me, soy, me llamo, je suis, je mappelle,
        ich bin, mein name ist, mi chiamo, eu sou, meu nome é, jestem, nazywam się,
        mam na imię, ben, benim adım, adım, меня зовут, я, אני, اسمي, أنا, انا, मेरा नाम, मैं,
        youre speaking to, you are speaking to, youre speaking with, youre through to,
        you are through to, youve reached, you have reached
        """)

    /// Presenting frames ("this is", "it's", "le atiende"): self-introductions only when the
    /// name after them is the agent's own; otherwise the agent is presenting the customer.
    static let presentingFrames = WordList.phrases("""
        this is, its, it is, le atiende, te atiende, habla, hier ist, hier spricht, parla,
        sono, fala, это, c'est, ici
        """)

    /// Sign-offs before a writer's own name: "Kind regards, Laura", "Best wishes, Maria".
    static let signOffs = WordList.keys("""
        regards wishes sincerely faithfully best yours warmly grüße grüssen cordialement saludos
        atentamente cordiali saluti abraços pozdrawiam
        """)

    /// Words after an agent-named token that make it a self-introduction ("it's Clive from",
    /// "Joan at Acme Motors").
    static let selfContinuations = WordList.keys("from at with calling speaking here again")
}
