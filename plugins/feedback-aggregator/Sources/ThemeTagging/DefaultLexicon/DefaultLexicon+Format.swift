extension DefaultLexicon {
    /// The format notes, the version, the themes and the settings.
    static let format = #"""
    # Rapport feedback aggregator: theme lexicon.
    #
    # It tells the theme tagger which themes there are, what each is about, which words judge them,
    # and the English it needs to read comments: negation, intensity, sarcasm, spellings. Edit a copy
    # and give the plugin its path; a line that cannot be read is reported with its number.
    #
    # FORMAT
    #   '#' starts a comment; blank lines are ignored.
    #   version: TEXT          once, before the first section; reported with every tagged comment.
    #   [section]              starts a section; [theme-id: part] starts a section of one theme.
    #   Inside a section, entries are separated by commas, any number to a line (a trailing comma
    #   is allowed, an empty entry is not). [settings] takes one `key = value` a line.
    #
    # PHRASES
    #   Lower-case words separated by spaces. A hyphen is a space ("rip-off" is "rip off") and
    #   contractions are expanded ("didn't" is "did not"). A word also matches its regular forms:
    #   "wait" matches waits, waited, waiting; "clean" matches cleaner, cleanest, cleanly; irregular
    #   forms are listed in [word-forms]. Emoji are words.
    #   *        up to `gap` words of the same clause: "kept * waiting"
    #   @NAME    a word of [class: NAME], or a built-in class: @money (£4.20, 45p, 20 quid),
    #            @number, @time (any length of time: "40 mins", "an hour and a half"),
    #            @short-time (at most `short-time` minutes), @long-time (at least `long-time`
    #            minutes and less than `longest-time`), @name (a capitalised word the lexicon
    #            does not know: a person's name), @late-clock (a time of day at least `long-time`
    #            minutes after one agreed in the comment, after or before a [class: booking] word,
    #            or a timetabled one after "the": "booked for 8 ... sat down at 8:45", "the 7.52
    #            rolled in at 8.40"), @kept-clock (a time of day at most two minutes after the one
    #            agreed, or up to an hour before it, with no late time after it: "in at 9:02 for a
    #            9:00 appointment"), @quick-clock (a time of day after "by", at most two hours after
    #            the plain time of day before it, none of them booked, with an arrival or a deed in
    #            the four words before it: "ordered at 7, at the door by 7:25"), @slow-clock (not
    #            after "by", at least half an hour after the time before it, likewise: "ordered at ten past seven, the food landed at quarter to
    #            nine"; "hers came out 7.20, mine 7.55"), @higher-money (an amount higher than the
    #            one before it in its sentence: "from $59.99 to $94.99"), @quoted-money (an amount
    #            equal to one after a [class: quoting] word earlier in the comment: "quoted $89 and
    #            charged $89"), @cheaper-money and @dearer-money (this business's amount against
    #            one named with a rival, "main dealer", "everyone else", "down the road", or the
    #            estimate: "main dealer quoted £620, these lads did it for £380"), @overdue-time (a length of time at least half as long again
    #            as one promised in the comment, after a [class: promising] word, and at least
    #            `long-time` minutes longer: "said a week ... it's been a month"), @kept-time (a
    #            length of time no longer than the one promised: "quoted three weeks, ready in two weeks"),
    #            @stressed-time (a length of time padded to stress it: "a full nineteen hours", "a good
    #            hour", "the best part of an hour"), @late-day (a day of the week later than one
    #            promised or booked earlier in the comment, in a clause saying something arrived or
    #            was done: "said Wednesday ... ready the following Monday"), @kept-day (the day
    #            promised, named again as the day it arrived or was done), @high-rating,
    #            @middling-rating and @low-rating (a score standing on its own, out of 5, 10, 20 or
    #            100 or in stars, of at least seven tenths, of half to seven tenths, or below half:
    #            "food 10/10", "3 out of 10 for the room", "zero stars"; not "9 out of 10 times"),
    #            @quick-day and @slow-day (with nothing promised in the comment, a day of the week or
    #            of the month on which something arrived or was done, at most 2 or at least 14 days
    #            after the first day named: "reported it Monday, filled in by Wednesday", "ordered on
    #            the 2nd, turned up on the 19th")
    #   A length of time written out in a phrase ("lasted a week", "half a day") matches that length
    #   however a comment words it ("lasted 7 days" too). `rapport themes check` warns of a phrase
    #   that can never match because the reader reads its words as something else (a [spellings]
    #   entry rewrites one, or they are a length of time or an amount with the words around them).
    #   ~W       after a phrase: its weight, above 0 and at most 4 (default 1): "finally ~0.5"
    #   Inside a phrase of several words a "not" or "never" in the comment is skipped and negates
    #   the phrase: "could tell me" also reads "couldn't tell me", as a negated "could tell me".
    #   The longest phrase starting at a word wins, so "waiting room" hides "waiting"; a phrase
    #   listed in several sections has all their meanings.
    #
    # SECTIONS
    #   [themes]                 theme ids (lower-case letters, digits, hyphens), declared first
    #   [THEME: aspects]         what the theme is about; general opinions judge these
    #   [THEME: positive]        phrases that judge the theme by themselves ("spotless")
    #   [THEME: negative]
    #   [THEME: positive-near]   phrases that judge the theme only beside one of its aspects in the
    #   [THEME: negative-near]   same clause ("short" beside "queue", "steep" beside "charge")
    #   [THEME: problems]        aspects whose absence is praise ("no queue")
    #   [THEME: needs]           aspects whose absence is a complaint ("no update", "nobody told us")
    #   [opinions: positive]     general opinions: they judge the aspect they describe (the one
    #   [opinions: negative]     right after them, else the first before them in the clause, else
    #                            the nearest after); with no aspect they judge nothing
    #   [intensifiers]           weight the judgement right after them (~factor)
    #   [after-intensifiers]     weight the judgement right before them ("clean enough")
    #   [negators]               reverse the judgements after them, up to `negation-scope` words
    #                            within the clause ("not rude" is staff-attitude positive); a weight
    #                            above 1 is the negator's own scope in words ("no ~3")
    #   [after-negators]         reverse the judgement just before ("the queue has vanished")
    #   [hedges]                 a negation followed by one is hedged: it reverses praise fully
    #                            and a complaint only weakly ("wasn't exactly quick", "not rude exactly")
    #   [counterfactuals]        the rest of the clause is a complaint ("should have been amazing")
    #   [mentions]               the rest of the clause judges nothing ("I rang about the price")
    #   [contrasts]              start a clause and weight the rest of the sentence ("but ~1.5")
    #   [breaks]                 start a clause ("and the", "because")
    #   [neutral]                phrases that mean nothing but hide a keyword ("clean break")
    #   [workplace]              the workplace's own matters ("rota", "staff room"): in an employee's
    #                            comment a sentence naming one and no `customer` noun judges nothing
    #   [revelations]            in a clause after what staff were reported to say, they reveal what
    #                            really was ("turned out", "second opinion"): the `expertise` theme
    #                            negative, or positive with a [class: confirming] word right after
    #   [sarcasm: markers]       the sentence is sarcastic: its praise is a complaint
    #   [sarcasm: frames]        at the start of a sentence ("so glad", "nice to be"): sarcastic when
    #                            its clause complains, or, followed by a comma or an @event word,
    #                            when the rest of the sentence (or the next sentence) complains
    #   [sarcasm: hints]         anywhere: sarcastic when the sentence complains ("as usual")
    #   [class: NAME]            single words for @NAME; every class word is a known word, not a name.
    #                            The tagger itself uses `currency` (words after a number that make it
    #                            money), `event` (words after an opinion that make it judge an event,
    #                            not an aspect), `after-name` (words after a capitalised first word
    #                            that make it a name), `relative` (words that open a clause which
    #                            also sees the aspect before it: "Marcus, who was great"),
    #                            `pronoun` (the same across sentences: "I ordered soup. It was cold"),
    #                            `correction` (a clause opening with one hedges a negation before
    #                            it: "not unfriendly, just distracted"), `about` (a communication
    #                            failure about an undisclosed theme's aspect judges that theme too:
    #                            "kept in the dark about the delay"), `determiner` (an opinion after
    #                            one is a noun: "the mistake"), `customer` (an opinion whose clause
    #                            has one of these after the aspect before it describes the customer's
    #                            view, not that aspect: "staff say customers love the discounts"; and
    #                            a judgement of the `expertise` setting's theme with one of these as
    #                            its subject and a `knowing` word, "I had no idea", judges nothing),
    #                            `auxiliary` (words that
    #                            may stand between that subject and its verb: "would", "still"),
    #                            `approximate` (dropped before money or a length of time: "in about
    #                            five minutes"), `reporting` (a quotation of two words or more after
    #                            one of these in its sentence, right after it, a copula or an object
    #                            pronoun, is speech, not scare quotes: "said she was 'a legend'") and
    #                            `copula` (verbs after which an opinion
    #                            describes the subject: "the staff *were* lovely"; without one, an
    #                            opinion after a theme judgement qualifies it: "knew my meds *better*");
    #                            the classes `knowing`, `place`, `experience`, `coordinator` and
    #                            `enquiry` are described where they are defined
    #   [numbers]                word = value
    #   [durations]              unit = minutes
    #   [word-forms]             irregular form = base word ("knew = know")
    #   [spellings]              written = meant: misspellings, slang, text-speak, foreign words
    #   [settings]               key = value (described in the section)

    version: 2026.12-10

    [themes]
    waiting-time, staff-attitude, knowledge, cleanliness, price, product-quality, communication

    [settings]
    negation-scope = 6          # words a negator reaches, within its clause
    gap = 3                     # words a * stands for
    short-time = 12             # minutes: @short-time is at most this
    long-time = 15              # minutes: @long-time is at least this ...
    longest-time = 525600       # ... and less than this (a year: longer spans are custom, not waits)
    threshold = 0.25            # a theme is tagged when its net weighted judgement reaches this
    negated-weight = 0.9        # weight a judgement keeps when negated
    hedged-weight = 0.2         # weight a complaint keeps under a hedged negation ("not rude exactly")
    attributive-reach = 1       # words after a general opinion its aspect may start ("rude young waiter")
    disclosure = communication  # a failure of this theme ("nobody mentioned") about an aspect of ...
    undisclosed = price, waiting-time   # ... one of these themes also judges that theme negative
    undisclosed-weight = 0.8
    expertise = knowledge       # a judgement of this theme whose subject is a customer word is not judged
    courtesy = staff-attitude   # a cue of this theme whose subject is a customer noun is not judged

    [class: currency]
    p, pence, quid, pound, pounds, dollars, bucks, euro, euros, grand

    [class: event]
    be,
    when, how, that, to, if, whenever, being

    [class: after-name]
    on, at, from, in, was, is, who, behind, has, had, did, said

    [class: calendar]
    # known words, so that a capitalised day or month is not read as a person's name
    monday, tuesday, wednesday, thursday, friday, saturday, sunday, mondays, tuesdays, wednesdays,
    thursdays, fridays, saturdays, sundays, january, february, march, april, may, june, july,
    august, september, october, november, december, christmas, easter, xmas, weekend, today, tomorrow, yesterday

    [class: copula]
    be, seem, look, feel, sound, become, remain, stay, get, appear, prove

    [class: relative]
    who, which, whose

    [class: pronoun]
    it, they, this, these, he, she

    [class: correction]
    just, only, simply, merely

    [class: service]
    served, seen, dealt, attended, answered, helped, greeted, sorted, processed, booked, collected,
    delivered, replied, responded, called, picked, checked, done, fixed, ready, treated, assessed,
    triaged, examined, taken, shown, brought, cooked, made, arrived

    [class: about]
    about, regarding, re

    [class: determiner]
    the, a, an, my, our, your, his, her, their, this, that, these, those, any, no, every, each

    [class: customer]
    customer, customers, people, shoppers, patients, regulars, residents, participants, guests,
    clients, visitors, kids, children, son, daughter, mum, dad, wife, husband, partner, i, we, you,
    members, passengers, diners, tenants, callers, travellers, commuters, buyers, users,
    students, pupils, parents, families, punters, motorists, holidaymakers, relatives, claimants,
    borrowers, readers, viewers, bidders, renters, applicants, drinkers, patrons, consumers

    [class: approximate]
    # dropped right before an amount of money or a length of time: "in about five minutes"
    about, around, roughly, approximately, approx, circa, some, like, abt

    [class: reporting]
    # a quotation of two words or more after one of these reports speech: "said he was 'a legend'"
    say, tell, call, describe, reckon, claim, insist, reply

    [class: auxiliary]
    # may stand between a subject and its verb: "I would have had no idea", "we still don't know"
    do, have, be, would, will, could, can, should, might, may, must, still, even, just, only, really, honestly,
    genuinely, ever, already, also, simply, actually, literally, obviously, clearly, truly, now, always,
    generally, usually, often, mostly, sometimes, finally, definitely, certainly, probably, surely, all, both

    [class: knowing]
    # a judgement of the expertise theme holding one of these, with a customer word as its subject
    # ("I had no idea", "customers keep asking"), is the customer's own knowledge and judges nothing
    know, idea, clue, sure, unsure, aware, ask, understand, notice, experience, spot

    [class: place]
    # a capitalised word before one of these names a place, not a person: "the Leeds branch"
    branch, store, shop, office, site, centre, center, station, road, street, hospital, library, surgery,
    practice, garage, hotel, restaurant, cafe, pub, supermarket, airport, depot

    [class: experience]
    # a comparative right after one of these, with "I" or "we" and a perfect before, compares with
    # elsewhere: "I've had friendlier welcomes at the dentist"
    had, seen, known, met, eaten, tasted, used, visited

    [class: coordinator]
    # negation and mentions stop at one of these before a verb in the past: "an option I hadn't thought
    # of and saved me six quid"
    and, or, then

    [class: enquiry]
    # the customer's own contacting or asking: a theme's aspect after one of these and an `about` word
    # ("I've emailed about the delay three times, no answer") is what the customer asked about, so a
    # communication failure in its clause does not also judge that theme
    email, emailed, ring, rang, rung, phone, phoned, call, called, write, wrote, written, ask, asked,
    enquire, enquired, inquire, inquired, chase, chased, complain, complained, contact, contacted,
    message, messaged, text, texted, query, queried

    [class: booking]
    # a time of day within four words after one of these, or right before one, is the time agreed
    # (@late-clock, @kept-clock)
    booked, booking, appointment, appt, viewing, slot, reservation, reserved, table, due, scheduled,
    expected, arranged, promised, delivery, check

    [class: quoting]
    # an amount within four words after one of these is a price given in advance (@quoted-money)
    quote, quoted, quotes, estimate, estimated, quotation

    [class: promising]
    # a length of time within five words (punctuation counts) after one of these, not negated, is the
    # one promised (@overdue-time, @kept-time)
    say, tell, quote, promise, estimate, reckon, assure, guarantee, advertise, expect, suppose, would,
    should, will, eta

    [class: confirming]
    # right after a [revelations] phrase (within three words) the report was right: "turned out to be true"
    true, right, correct, accurate, spot

    [class: praise]
    great, brilliant, wonderful, fantastic, fabulous, lovely, marvellous, superb, perfect, excellent,
    amazing, super, terrific, splendid, joy, good, nice, grand, cool, charming

    [numbers]
    one = 1, two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7, eight = 8, nine = 9, ten = 10,
    eleven = 11, twelve = 12, thirteen = 13, fourteen = 14, fifteen = 15, sixteen = 16, seventeen = 17,
    eighteen = 18, nineteen = 19, twenty = 20, thirty = 30, forty = 40, fourty = 40, fifty = 50,
    sixty = 60, seventy = 70, eighty = 80, ninety = 90, hundred = 100, dozen = 12

    [durations]
    winter = 525600, summer = 525600,
    second = 0.02, sec = 0.02, secs = 0.02, minute = 1, min = 1, mins = 1, minit = 1, minits = 1,
    hour = 60, hr = 60, hrs = 60, morning = 240, afternoon = 240, evening = 240, lunchtime = 60,
    lunch = 60, day = 1440, night = 720, weekend = 2880, week = 10080, wk = 10080, wks = 10080,
    fortnight = 20160, month = 43200, months = 43200, mth = 43200, year = 525600, yr = 525600,
    yrs = 525600


    [class: common-noun]
    # known words, so that a capitalised service noun opening a sentence ("Flight was fine") is not read as a person's name
    flight, flights, boarding, checkin, parking, lunch, dinner, breakfast, brunch, visit, stay, trip,
    journey, ride, crossing, appointment, consultation, session, lesson, class, treatment, check, service,
    collection, pickup, dropoff, handover, viewing, install, installation, fitting, repair, job, ticket
    """#
}
