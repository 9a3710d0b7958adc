/// Context words that show a name-like word names a place, a thing or another person.
enum Cues {
    /// Nouns after a name that make it a place, a brand or a compound noun: "Chelsea branch",
    /// "Elizabeth line", "Victoria station", "grace period", "olive oil", "amber light".
    static let placeOrThing = WordList.keys("""
        branch branches line lines station stations street st road rd lane avenue ave square sq
        airport terminal hotel hotels inn store stores shop shops centre center mall market bank
        zone area district city town village county state bridge hospital clinic ward wing
        school college university uni church cathedral chapel hall house court gardens garden
        tower building office plaza way drive close crescent terrace grove quay wharf pier
        harbour harbor port gate row circus embankment estate island islands beach bay valley
        hill hills mountain mount river lake falls forest woods heath common junction railway
        express underground tube metro bus tram route motorway highway services tour tours trip
        cruise holiday holidays flight flights airways airlines rail train trains class model
        series edition range brand dealer dealership garage motors sponge cake pudding bun pie
        sauce period oil light lights size ray rays card account plan deal offer rate tax sale
        club fc united team group ltd plc inc co company limited insurance energy water gas
        telecom mobile broadband pharmacy chemist surgery practice dental vets restaurant cafe
        bar pub coffee bakery salon spa gym cinema theatre theater museum gallery library
        stadium arena fair festival day days week weeks month time season weather colour color
        ring stone tree trees flower flowers plant plants bush dog breed tea beer wine cheese
        sandwich burger pizza salad cocktail biscuits chocolate cereal jeans perfume watch bag
        handbag shoes trainers phone laptop car van bike sofa bed mattress cream soap shampoo
        sweater jumper dress suit coat jacket
        motor municipal municipality council borough accountants solicitors lawyers attorneys
        associates partners opticians architects builders autos interiors properties
        straße strasse platz bahnhof filiale weg allee gasse markt haus kirche schule
        calle plaza avenida estación estacion sucursal centro tienda parque mercado barrio
        rue gare boulevard agence magasin quartier pont via piazza stazione negozio ospedale
        corso rua praça praca estação loja agência agencia straat plein laan gatan gata vei
        vägen torg stasjon ulica ul plac dworzec oddział sklep улица площадь вокзал станция
        отделение филиал магазин
        """)

    /// Nouns of an organisation that a phone greeting names ("good morning, Harris Solicitors"):
    /// after a greeting, a name before one of them is the organisation's.
    static let institutions = WordList.keys("""
        municipal municipality council borough accountants solicitors lawyers attorneys associates
        partners opticians architects builders motors motor autos garage bank branch surgery
        practice clinic pharmacy chemist dental vets hotel hotels restaurant cafe bar pub salon
        insurance energy telecom travel properties homes estates lettings ltd plc inc limited
        group company co hospital school college university library council store stores shop
        """)

    /// Relations and roles that, right before a name, make it someone else: "your son Tom",
    /// "my colleague Priya", "her husband Mr Okafor", "young Tom", "baby Kofi".
    static let otherPerson = WordList.keys("""
        son sons daughter daughters husband hubby wife partner fiance fiancé fiancee fiancée
        boyfriend girlfriend mum mom mother mam mummy dad father daddy brother sister boy girl
        child kid kids baby grandson granddaughter grandchild grandma granny nan nana grandad
        grandpa grandfather grandmother nephew niece cousin friend neighbour neighbor
        colleague coworker manager boss supervisor assistant dog cat puppy kitten pet horse
        consultant surgeon dentist vet gp mechanic teacher landlord landlady tenant flatmate
        roommate young little wee lil junior called named namens llamado llamada appelé appelée
        chiamato chiamata chamado chamada
        hijo hija marido esposo esposa madre padre hermano hermana compañero compañera
        sohn tochter mann mutter vater bruder schwester kollege kollegin
        fils fille mari femme mère père frère sœur soeur collègue
        figlio figlia marito moglie fratello sorella collega
        filho filha mãe pai irmão irmã colega
        syn córka mąż żona сын дочь муж жена мать отец брат сестра коллега
        conseiller conseillère conseillere responsable directeur directrice médecin medecin
        asesor asesora gerente director directora médico medico
        consulente direttore direttrice medico
        consultor consultora diretor diretora
        berater beraterin kollegen chef chefin arzt ärztin
        kollega kollegan rådgivare radgivare mekaniker mekanikern
        συνάδελφος συνάδελφο συναδέλφισσα σύμβουλος γιατρός διευθυντής
        консультант менеджер врач
        """)

    /// What a customer has or brings to a desk, after a possessive name: "Georgia's passport",
    /// "Will's prescription", "Grace's appointment".
    static let personalThings = WordList.keys("""
        passport prescription appointment booking reservation order parcel package key keys
        licence license form forms file application claim refund payment results letter
        ticket tickets visa coat bag table room paperwork documents tablets medication phone
        wallet purse umbrella glasses
        """)

    /// Titles of royalty, saints and offices before a name that make it a historical person,
    /// a saint's name or an institution named after one ("Queen Elizabeth", "St Jude's",
    /// "King George", "President Lincoln"), never the customer at a desk.
    static let eponymTitles = WordList.keys("""
        king queen prince princess saint st san santa sankt sainte pope emperor empress tsar
        president general admiral archbishop apostle
        """)

    /// Job titles that, in an apposition after a name, say who that person is ("Helen, our
    /// manager."; "Tom, the duty pharmacist,").
    static let roles = WordList.keys("""
        manager supervisor pharmacist nurse doctor receptionist advisor adviser technician
        engineer specialist director head lead officer agent driver cashier clerk owner
        """)

    /// Words after a name that make it someone else: "Tom junior", "Mark from accounts".
    static let otherPersonAfter = WordList.keys("junior jr jnr senior snr")

    /// Verbs whose object, right after them, is someone other than the person spoken to:
    /// "ask Priya", "tell Mark", "let Mark know".
    static let otherPersonVerbs = WordList.keys("""
        ask tell let get fetch call ring email text message
        asked told emailed texted messaged rang phoned contacted informed warned reminded
        """)

    /// Staff roles that, right before a name, make it a member of staff: "our driver David",
    /// "the engineer, David,".
    static let staffRoles = WordList.keys("""
        driver engineer technician nurse pharmacist doctor adviser advisor receptionist cashier
        courier installer electrician plumber builder fitter rep representative officer
        specialist therapist physio optician midwife carer cleaner chef waiter waitress barista
        porter guard clerk manager supervisor colleague mechanic valuer surveyor inspector
        """)

    /// Auxiliaries that agree with a third person before their subject: "Does Lucy need a
    /// form?", "Has David signed?" (the listener would be "do you", "have you").
    static let thirdPersonAuxiliaries = WordList.keys("does doesnt has hasnt")

    /// Words after "X is" that describe someone absent: "Is Mr Brown there?", "Omar is off".
    static let absence = WordList.keys("""
        there in available around home about back off away busy out unavailable free
        """)

    /// Third-person verbs and modals after an untitled name that, with "you" later in the
    /// clause, make the name someone acting on the person spoken to ("Nina will come and
    /// find you").
    static let thirdPersonVerbs = WordList.keys("""
        will ll can could would should is has needs wants said says called rang asked
        """)

    /// Words after "from" that name a team or firm: "Mark from accounts".
    static let teams = WordList.keys("""
        the our your accounts account billing sales support reception finance hr it marketing
        customer head claims underwriting planning housing council bank team office desk
        бухгалтерии отдела банка службы поддержки склада кассы działu dział banku księgowości ksiegowosci obsługi obslugi kasy recepcji
        buchhaltung abteilung kundendienst werkstatt comptabilité comptabilite accueil service
        agence contabilidad contabilidade contabilità contabilita atención atencion atendimento
        """)

    /// Departments after "in" that make a name a colleague's: "John in returns will sort it",
    /// "ask for Mark in accounts" (not "thanks Tom, in the meantime").
    static let departments = WordList.keys("""
        accounts billing sales support reception finance hr marketing claims underwriting
        returns payroll admin dispatch warehouse deliveries delivery collections complaints
        lettings repairs maintenance pharmacy workshop kitchen warehouse stores office lab
        verkstaden verkstad kassan receptionen lagret kontoret butiken köket
        werkstatt lager kasse büro küche taller almacén almacen oficina caja cocina
        atelier accueil caisse cuisine officina magazzino cassa cucina armazém armazem cozinha
        """)

    /// Prepositions of whereabouts before a department ("John in returns", "Erik i
    /// verkstaden", "Jean à l'accueil").
    static let departmentPrepositions = WordList.keys("in on at i im en em no na nel nella dans w")

    /// Words of an e-mail address read aloud: "dana dot whitfield at mailbox dot com".
    static let addressWords = WordList.keys("dot underscore hyphen dash")

    /// Brands that are a title and a family name, said of the product ("Dr Martens", "Dr
    /// Pepper", "Mr Kipling"): title key, then family key.
    static let titledBrands: Set<String> = [
        "dr martens", "dr marten", "dr pepper", "dr oetker", "dr scholl", "dr scholls", "dr dre", "dr who",
        "mr kipling", "mr muscle", "mr sheen", "mr whippy", "mr men", "mr bean", "mr potato",
        "mrs brown", "mrs doubtfire", "mrs crimble", "mrs crimbles", "ms pac",
    ]

    private static let brandTitles: Set<String> = ["dr", "mr", "mrs", "ms"]

    /// True when the occurrence is one of ``titledBrands``, the brand said of a product, not the
    /// person: the brand's plural or a product noun follows in the same clause ("Dr Martens
    /// cover the sole", "Dr Martens boots"), or a determiner comes before it ("your Dr Martens").
    static func titledBrand(_ text: TokenizedText, _ occurrence: Occurrence) -> Bool {
        guard let titleStart = occurrence.titleStart, occurrence.titles.count == 1, occurrence.keys.count == 1,
              brandTitles.contains(text.key(titleStart)),
              titledBrands.contains(text.key(titleStart) + " " + occurrence.keys[0]) else {
            return false
        }
        if let previous = text.joinedBefore(titleStart), Grammar.determiners.contains(previous.key) { return true }
        guard let next = text.joinedAfter(occurrence.end) else { return false }
        // A plural verb agrees with the product, never with one person ("Dr Martens cover").
        return brandFollowers.contains(next.key) || placeOrThing.contains(next.key)
    }

    /// Words after a brand that agree with a product, not a person: plural verbs and product nouns.
    private static let brandFollowers = WordList.keys("""
        cover covers are have come last fit run boots boot shoes sole soles range
        """)
}
