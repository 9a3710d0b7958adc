/// Contexts that make a name another full name, or a place's, a brand's, a firm's or a work's.
extension OccurrenceJudge {
    /// Words of travel before "to": "the ferry to Skye", "flights to Sydney", "going to Jordan"
    /// (and "welcome to Karim's": one is welcomed to a place).
    private static let travelWords = WordList.keys("""
        ferry ferries flight flights fly flying train trains bus buses coach coaches trip trips
        journey route routes travel travelling traveling going drive driving holiday holidays
        cruise crossing boat
        """)

    /// Beside another name word, making a different full name or a brand: "Kwame Mensah",
    /// "Rukhsana Begum", "Иванова Петра", "Reliant Robin", "Ford Fiesta", "Mercedes E-Class".
    var besideOtherName: Bool {
        if let previous = text.joinedBefore(occurrence.first), isOtherNameWord(previous, at: occurrence.first - 1) {
            return true
        }
        if !occurrence.possessive, let next = text.joinedAfter(occurrence.last),
           isOtherNameWord(next, at: occurrence.last + 1) {
            return true
        }
        return false
    }

    private func isOtherNameWord(_ token: Token, at index: Int) -> Bool {
        let key = token.key
        if key == "i" || customer.isCustomerKey(key) || Titles.prefix[key] != nil || Titles.suffix[key] != nil {
            return false
        }
        if Self.holidays.contains(key) {
            return !(index > 0 && Self.wishes.contains(text.key(index - 1)))
        }
        if Discourse.greetings.contains(key) || Discourse.markers.contains(key) || Grammar.isNumber(key) {
            return false
        }
        if Grammar.determiners.contains(key) || Grammar.subjects.contains(key) || Grammar.prepositions.contains(key)
            || Grammar.verbal.contains(key) {
            return false
        }
        if text.cased, token.script == .cased {
            return token.capitalized && !token.allCaps && !text.startsSentence(index)
        }
        return customer.nicknames.containsFolded(key) && WordNames.wordClass(of: key) == .name
    }

    /// A place, brand or thing: "Marks & Spencer", "the McDonald's", "a Hilton", "Chelsea
    /// branch", "Victoria station", "in Florence", "at Chelsea".
    var namesPlaceOrThing: Bool {
        let first = occurrence.first, last = occurrence.last
        if text.boundary(before: first) == .ampersand || text.tokens[last].after == .ampersand { return true }
        if !customer.isCustomerKey(text.key(max(first - 1, 0))), let previous = text.joinedBefore(first),
           Cues.eponymTitles.contains(previous.key) {
            return true
        }
        if let previous = text.joinedBefore(first), Self.streetNouns.contains(previous.key) { return true }
        if let previous = text.joinedBefore(first), previous.key == "to", let travel = text.joinedBefore(first - 1),
           Self.travelWords.contains(travel.key) || travel.key == "welcome" {
            return true
        }
        if let previous = text.joinedBefore(first), !inIdentityFrame {
            if Grammar.strongDeterminers.contains(previous.key) { return true }
            if occurrence.wordClass != .name, Grammar.determiners.contains(previous.key) { return true }
            if Self.placePrepositions.contains(previous.key), !occurrence.possessive { return true }
        }
        // After a greeting only an institution's noun ("bom dia câmara municipal", "good morning
        // patel and singh accountants"): a phone opening names the organisation; "morning grace
        // time for your check-up" is still a vocative.
        if !occurrence.possessive, let next = text.joinedAfter(last), Cues.placeOrThing.contains(next.key),
           !greetingBefore(first) || Cues.institutions.contains(next.key) {
            return true
        }
        if occurrence.possessive, possessivePlace { return true }
        if determinerBeforeQualifier || attributedWork || namedWork || makersWork { return true }
        // "proper Michael Jordan ones", "the Stella ones": a name that qualifies "ones" is a
        // kind of thing (a make, a model), never a person spoken to.
        if !occurrence.possessive, let next = text.joinedAfter(last), next.key == "ones" {
            return true
        }
        return false
    }

    /// Nouns for works and named things that, with a determiner, stand before the thing's
    /// name in apposition: "the song Layla", "the film Grace", "the band Chelsea".
    private static let workNouns = WordList.keys("""
        song songs album track single record film movie book novel poem play musical show series
        band group ship boat yacht storm hurricane typhoon cyclone horse racehorse brand label
        perfume fragrance model painting opera ballet character
        """)

    /// Works made by an artist: after a possessive name, "Ellie Goulding's new album", "Adele's
    /// latest single": the maker's work, not a thing of the customer's.
    private static let madeWorks = WordList.keys("""
        album albums single singles song songs track tracks novel novels film films movie movies
        tour record records hit hits musical
        """)

    /// "the song Layla", "that film Grace": a determiner and a work noun right before the name.
    private var namedWork: Bool {
        guard !occurrence.titled, let noun = text.joinedBefore(occurrence.first), Self.workNouns.contains(noun.key),
              let determiner = text.joinedBefore(occurrence.first - 1) else { return false }
        return Grammar.determiners.contains(determiner.key) || determiner.key == "that"
    }

    /// "Ellie Goulding's new album", "Adele's latest tour": a possessive name, an optional
    /// edition adjective, then a work an artist makes.
    private var makersWork: Bool {
        guard occurrence.possessive, var next = text.joinedAfter(occurrence.end) else { return false }
        if Self.editionAdjectives.contains(next.key) || next.key == "first" || next.key == "last" {
            guard let following = text.joinedAfter(occurrence.end + 1) else { return false }
            next = following
        }
        return Self.madeWorks.contains(next.key)
    }

    /// A possessive that names a shop, pub or festival rather than the person's thing: with
    /// no noun after it, after a preposition of place ("in O'Brien's, the bar next door", "at
    /// Nando's"), or before a capitalised noun in mid-sentence in cased text, a proper noun
    /// ("Paddy's Day", "O'Brien's Bar"; a capitalised common noun, not a make: "James' Audi").
    private var possessivePlace: Bool {
        let end = occurrence.end
        if text.joinedAfter(end) == nil, let previous = text.joinedBefore(occurrence.start),
           Self.placePrepositions.contains(previous.key) || previous.key == "to" {
            return true
        }
        if text.cased, let next = text.joinedAfter(end), next.script == .cased, next.capitalized, !next.allCaps,
           Cues.placeOrThing.contains(next.key), !text.startsSentence(end + 1) {
            return true
        }
        return false
    }

    /// Words for a street or square that come before its name: "piazza Garibaldi", "calle
    /// Juan Carlos", "rue Victor Hugo", "ulica Mickiewicza".
    private static let streetNouns = WordList.keys("""
        piazza viale corso calle avenida plaza paseo rue boulevard praça praca rua largo avenue
        ulica aleja plac ulitsa улица проспект площадь
        """)

    /// Days and months, capitalised in English without being part of a proper noun.
    private static let weekdaysAndMonths = WordList.keys("""
        monday tuesday wednesday thursday friday saturday sunday january february march april may
        june july august september october november december
        """)

    /// Adjectives of a product's edition between a determiner and a name: "the new Ford",
    /// "le nouveau Chloé", "a classic Mercedes".
    private static let editionAdjectives = WordList.keys("""
        new latest old classic original vintage limited special
        nouveau nouvel nouvelle nuevo nueva nuovo nuova neue neuer neues neuen novo nova
        """)

    /// A determiner and an edition adjective before the name: a product or brand ("the new
    /// Chloé", "le nouveau Chloé").
    private var determinerBeforeQualifier: Bool {
        guard let adjective = text.joinedBefore(occurrence.start), Self.editionAdjectives.contains(adjective.key),
              let determiner = text.joinedBefore(occurrence.start - 1) else { return false }
        return Grammar.determiners.contains(determiner.key)
    }

    /// A work attributed to its maker: "Rhiannon by Fleetwood Mac", "Grace by Jeff Buckley"
    /// ("by" and a capitalised name right after, in cased text; not a day or month: "by Friday").
    private var attributedWork: Bool {
        guard text.cased, !occurrence.titled, let by = text.joinedAfter(occurrence.end), by.key == "by",
              let maker = text.joinedAfter(occurrence.end + 1), maker.script == .cased, maker.capitalized,
              !Self.weekdaysAndMonths.contains(maker.key) else { return false }
        return true
    }
}
