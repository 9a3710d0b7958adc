/// Closed-class words whose presence next to a name-like word shows it is used as an ordinary
/// word: articles and determiners, prepositions, subject pronouns, auxiliaries and degree
/// adverbs, numerals. Several languages; keys are folded.
enum Grammar {
    /// Articles, demonstratives, possessive determiners and quantifiers: "the bill", "your
    /// patience", "a grace period", "most banks", "der Koch", "la rosa", "une rose".
    static let determiners = WordList.keys("""
        a an the this these those my your yer his her its our their some any no every each
        another other either neither such all both few many much most more several whose which
        der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
        mein meine meinen meinem dein deine sein seine seinen ihr ihre ihren ihrem unser unsere
        euer eure dieser diese dieses diesen diesem jeder jede jedes jeden welche welcher
        el la los las un una unos unas su sus mi mis tu tus este esta estos estas ese esa esos
        esas aquel aquella nuestro nuestra vuestro
        le les une des du ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos
        leur leurs il lo gli uno questo questa quel quella quello mio mia tuo tua suo sua
        o os as um uma uns umas esse essa meu minha teu tua seu sua nosso nossa
        de het een dit dat deze mijn jouw zijn haar ons onze
        en ett et den det dette denne min mitt din ditt sin sitt
        az egy ez azt
        ο η το οι τα τον την του της ένας μια ένα
        """)

    /// English determiners that rule out a person even for a name that is not a common word
    /// ("the McDonald's", "a Hilton", "your Ford").
    static let strongDeterminers = WordList.keys("""
        the a an this these those your our their its my his every each another some any
        """)

    /// Prepositions: "in cash", "until May", "at Chelsea", "to Jordan", "before dawn",
    /// "im Sommer", "en rosa", "w maju".
    static let prepositions = WordList.keys("""
        in on at from to until till by with of about since over under into onto near via
        toward towards around past through across after before during per than like between
        behind inside outside within without off upon among against beside besides beyond
        im am an auf zum zur vom von mit bei nach seit bis für über unter vor aus durch gegen
        ohne um
        en de del al con por para desde hasta sin sobre entre hacia
        à au aux avec pour par dans sur sous chez vers depuis jusqu
        di da nel nella nei negli al alla del della dal dalla sul sulla tra fra
        em no na nos nas com pelo pela ao aos do dos das
        op van met naar bij uit voor tot
        i på från till med av om fra til
        w we z ze do od po przy za
        σε στο στη στην στον από με για
        в во с со к ко от до из у о об по за под над при
        في على من الى إلى عن مع
        """)

    /// Bare verbs that follow a modal at a desk ("will be ready", "may need", "can send"):
    /// common English verbs of service, in their base form.
    static let bareVerbs = WordList.keys("""
        be have do get need take call send check help come go see make give let look pop sort
        ring email text phone arrive cost say want try put keep start finish show tell ask bring
        book pay sign collect deliver fix post contact update confirm refund charge stay wait
        leave find print order cancel change transfer process arrange return open close run work
        hold move pick drop follow apply expire
        """)

    /// What opens a that-clause after "hope" or "trust": a subject pronoun or contraction,
    /// "that", "this", "everything", "all", "so" ("hope you're well", "hope that helps",
    /// "trust all is well", "hope so"). Not "your": "hi hope your order is ready" may be
    /// addressed to Hope.
    static let clauseSubjects = WordList.keys("""
        i you we they he she it there everything all things that this so
        its thats theres im youre youve youll youd were weve theyre hes shes ive itll
        """)

    /// Subject pronouns and pronoun contractions before a verb or predicate: "I hope",
    /// "it will", "it's rich", "we can", "ich weiß".
    static let subjects = WordList.keys("""
        i you we they he she it who which there one
        its thats theres heres whats im youre were theyre hes shes ive weve youve theyve
        id youd hed shed wed theyd ill youll theyll shell itll
        ich du er sie es wir man yo tú él ella nosotros je tu il elle on nous vous ils elles
        io lui lei noi voi loro eu ele ela nós jeg han hun vi ja ty on ona my wy oni я ты он
        она мы вы они
        """)

    /// Auxiliaries, modals, copulas and degree adverbs before a verb or adjective: "will
    /// check", "to be frank", "very rich", "ganz klein", "muy blanco".
    static let verbal = WordList.keys("""
        will would can could may might must shall should do does did dont doesnt didnt cant
        cannot wont wouldnt couldnt shouldnt mustnt be been being is are was were am isnt
        arent wasnt werent has have had hasnt havent hadnt get gets got getting to
        very so too really quite pretty bit more most less least not never also always just
        still already rather fairly extremely truly rather somewhat slightly
        ist sind war waren bin bist wird werden kann muss soll ganz sehr zu nicht auch noch
        schon etwas ziemlich zu
        es son era muy más mas tan ya está esta están
        est sont était très trop plus pas
        è sono era molto più non
        é são era muito mais
        er var veldig meget mycket
        jest są był bardzo
        nagyon elég kicsit túl
        очень слишком
        """)

    /// Conjunctions: "cash or card", "black and white", "rot und weiß".
    static let conjunctions = WordList.keys("and or but nor plus und oder y o e ou et och og eller")

    /// Number words and digits: "forty thousand miles", "Ward 7", "two grace days".
    static let numerals = WordList.keys("""
        zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
        eighty ninety hundred thousand million half quarter couple dozen first second third
        fourth fifth sixth seventh eighth ninth tenth
        eins zwei drei vier fünf sechs sieben acht neun zehn zwanzig hundert tausend
        dos tres cuatro cinco seis siete ocho nueve diez veinte cien mil
        deux trois quatre cinq six sept huit neuf dix vingt cent mille
        due tre quattro cinque sei sette otto nove dieci venti cento
        """)

    /// True when `key` is a number (digits or a number word).
    static func isNumber(_ key: String) -> Bool {
        if let first = key.unicodeScalars.first, first.properties.numericType != nil { return true }
        return numerals.contains(key)
    }

    /// True for `it's`/`its`, `that's`/`thats` and the like: a pronoun with a contracted copula.
    static func isPronounCopula(_ token: Token) -> Bool {
        if token.possessive { return ["it", "that", "there", "here", "what", "he", "she", "who"].contains(token.key) }
        return ["its", "thats", "theres", "heres", "whats", "hes", "shes", "im", "youre", "were", "theyre"]
            .contains(token.key)
    }
}
