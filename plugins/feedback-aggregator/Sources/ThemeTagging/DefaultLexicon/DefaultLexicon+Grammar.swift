extension DefaultLexicon {
    /// Negation, intensity, clauses, mentions, neutral phrases, sarcasm and word forms.
    static let grammar = #"""

    # ---------------------------------------------------------------- negation and intensity

    [negators]
    instead of ~3, far from ~2, anything but ~2, less than ~2, would not go as far as to say ~4,
    would not go so far as to say ~4,
    no ~3, without ~3, lack of ~3, zero ~3,
    not, never, nobody, no one, none, nothing, nowhere, neither, nor, hardly,
    barely, scarcely, rarely, seldom, cannot, lacked, lacking, no longer, failed to,
    fail to, fails to, refused to, forgot to, forgets to, neglected to, unable to

    [after-negators]
    vanished, disappeared, gone, went away, non existent, nonexistent, a thing of the past, is history

    [hedges]
    as such, per se,
    exactly, particularly, especially, that, overly, terribly, all that

    [intensifiers]
    mad ~1.3, hella ~1.3, uber ~1.3,
    can not believe how ~1.3, could not believe how ~1.3, can not believe how ~1.3,
    very ~1.4, really ~1.3, so ~1.3, extremely ~1.6, incredibly ~1.5, absolutely ~1.5,
    totally ~1.4, completely ~1.4, utterly ~1.5, super ~1.3, well ~1.2, proper ~1.3, truly ~1.3,
    genuinely ~1.2, seriously ~1.3, most ~1.3, too ~1.2, such ~1.2, such a ~1.2, quite ~0.9,
    fairly ~0.7, pretty ~1.1, a bit ~0.6, a little ~0.6, bit ~0.6, a bit of a ~0.6, slightly ~0.5,
    somewhat ~0.6, kind of ~0.7, kinda ~0.7, sort of ~0.7, rather ~0.9, a tad ~0.6, mildly ~0.6,
    a touch ~0.6, way ~1.3, far ~1.3, much ~1.2, so much ~1.4, even ~1.1, painfully ~1.5,
    ridiculously ~1.5, unbelievably ~1.5, insanely ~1.5, massively ~1.4, hugely ~1.4, highly ~1.3,
    exceptionally ~1.5, remarkably ~1.3, awfully ~1.4, terribly ~1.4, dreadfully ~1.4, bloody ~1.4,
    dead ~1.3, mega ~1.4, right ~1.2, a right ~1.2, an absolute ~1.4, a total ~1.3, a complete ~1.3,
    clearly ~1.1, obviously ~1.1, actually ~1.1, honestly ~1.0, always ~1.1, consistently ~1.2,
    properly ~1.1, miles ~1.3, loads ~1.2, lots ~1.2, again ~1.1,
    definitely ~1.2, certainly ~1.2, surprisingly ~1.1, exceedingly ~1.5, unusually ~1.2,
    especially ~1.2, particularly ~1.2, real ~1.2,
    could not have been more ~1.5, could not be more ~1.5, nothing but ~1.3, simply ~1.1, purely ~1.0

    [after-intensifiers]
    enough ~0.5, at all ~1.3, whatsoever ~1.3, indeed ~1.2, as well ~1.0, for once ~0.9,
    as ever ~1.1, as always ~1.1, beyond belief ~1.5, beyond words ~1.5, to bits ~1.3

    [counterfactuals]
    would it have killed them to, would it hurt them to, would it have hurt to,
    would it have hurt them to,
    expected * better, expected * more, expecting * better, expected a lot more, expected a lot better,
    would expect * better, would expect * more, would it kill them to, would it hurt to,
    how hard is it to, how hard can it be to, is it too much to ask, too much to ask, you would think,
    you would have thought, would have thought,
    should have, should have been, should not have, shouldn't have, could have been, could have,
    would have been nice, would have been better, would have liked, would be nice, would have helped,
    if only, i wish, we wish, wished, wish they, wish the, hoped for, hoping for, hope they, supposed to,
    meant to, promised, promise, needs to be, need to be, should be, ought to,
    said they would, told me they would,
    told us they would, said they will, told me they will,
    could do with, could use, expected more, expect better, deserve better, deserved better

    [mentions]
    emails to * about, wrote to * about, letters to * about,
    rang about, rung about, phoned about, called about, came in about, come in about, popped in about,
    asked about, ask about, asking about, enquired about, enquire about, enquiring about,
    inquired about, inquire about, query about, to ask about, i would rather, we would rather, she would rather, he would rather,
    they would rather, you would rather, rather than,
    in for, booked in for, went in for, go in for, dropped by to ask, wanted to know, to find out about,
    was looking for, looking for, came in for

    # ---------------------------------------------------------------- clauses

    [contrasts]
    shame it ~1.2, shame that ~1.2, pity it ~1.2, pity that ~1.2, only thing is ~1.3, the only thing ~1.3,
    that being said ~1.3,
    but ~1.5, however ~1.5, yet ~1.3, although ~0.8, though ~0.8, even though ~0.8, whereas ~1.2,
    except ~1.3, except that ~1.3, apart from ~1.2, on the plus side ~1.2, on the other hand ~1.3,
    having said that ~1.3, mind you ~1.2, to be fair ~1.1, in fairness ~1.1,
    only downside ~1.3, the only downside ~1.3, my only niggle ~1.3, only problem ~1.3,
    only complaint ~1.3, unlike ~1.2, despite ~0.8, in spite of ~0.8, nevertheless ~1.3, nonetheless ~1.3,
    otherwise ~1.2, sadly ~1.2, unfortunately ~1.2

    [breaks]
    and the, and my, and our, and your, and i, and we, and they, and he, and she, and it, and there,
    and then, and a, and an, and his, and her, and their, and this, and that, and you, and everyone,
    and everything, and now, because, as a result, then, until, when, whenever,
    whilst, while, so that, also, which meant, meaning, after that, before that, meanwhile,
    by the way, oh and

    # ---------------------------------------------------------------- neutral phrases

    [neutral]
    inpatient, inpatients, outpatient, outpatients, in patient, out patient, cherry, cherries,
    look like idiots, look like fools, we look like idiots,
    clean air, clean air zone, clean energy, clean eating, clean shaven, clean cut,
    price match board, price match sign,
    you get what you pay for, get what you pay for,
    as promised, as agreed, like they promised, like they said they would, as they said they would,
    complaints team, complaints department, complaints procedure, complaints line, complaint form,
    complaints form, complaints process, my old, our old, his old, her old, their old,
    the expensive model, expensive model, expensive one, expensive option, expensive version,
    more expensive model, the expensive one, went for the cheap, go for the cheap, chose the cheap,
    opted for the cheap, cheap seats, get to know, got to know, getting to know, if i had known,
    if we had known, had i known, said to ignore, told me to ignore, told to ignore, special mention,
    everyone agreed, everybody agreed, everyone said, everybody said, everyone thought,
    most people thought,
    blood pressure, blood test, blood tests, bloods, blood sugar, blood results, courtesy car,
    courtesy cars, courtesy bus, courtesy light, dry cleaner, dry cleaners, dry cleaning, break room,
    break rooms, my late, her late, his late, our late, the late, broke my heart, break my heart,
    breaks my heart, broken hearted, heartbroken, remember it forever, remember this forever,
    remember that forever, remember forever, forever grateful, forever thankful, forever in your debt,
    what you would call, what i would call, what we would call, what anyone would call,
    what most people would call, i would call, you would call, not unusual, not uncommon, for worse,
    for better or worse, for better or for worse,
    finished explaining, finish explaining, finished speaking, finished my sentence, for love nor money, for love or money, when * was ready, when it was ready, when they were ready, lunch break, lunch hour, lunchbreak, tea break, coffee break, not that you would know, you would know, never seen * so, never seen it so, never seen such, never known * so,
    @time later, @time after that,
    fair enough, that is fair enough,
    short of staff, short of, short handed, late shift, early shift, night shift, late night, late opening, open late,
    did not stop, does not stop, did not prevent, did not put me off, did not put us off,
    a big deal, big deal, no big deal,
    call it, would call it, calling it, spotless reputation, clean reputation, spotless track record, clean track record, dirt poor, staff discount, staff parking, did not mind the wait, did not mind waiting, do not mind waiting, happy to wait, worth waiting for,
    double charge, double charged, charged twice, charged me twice, charged us twice, billing error, billing mistake,
    experience, service, visit, stay, trip, time, place, everything, overall,
    from start to finish, start to finish,
    # places and names that contain a theme's word
    high street, high streets, is forever, are forever, was forever, were forever,
    waiting room, waiting rooms, waiting area, waiting areas, staff room, staff rooms, staff toilet,
    staff toilets, staff car park, staff entrance, staff only, staff training day, reception area,
    customer care, customer service, customer services, price list, price tag, price tags,
    information desk, help desk, helpdesk, helpline, information leaflet, fast food, fast lane,
    short staffed, understaffed, under staffed, staffed, clean up, tidy up,
    # idioms that are not judgements of a theme
    clean break, clean sweep, clean slate, clean record, spotless record, clean bill of health,
    clean licence, clean driving licence, clean hands, long story short,
    long time customer, long standing, longstanding, long term, so long as, as long as, before long,
    all day long, long way, a long way, at long last, long haul, can not wait, could not wait,
    can hardly wait, could hardly wait, can wait, could wait, wait and see, wait till, wait until,
    worth the wait, well worth the wait, while i waited, while we waited, whilst i waited,
    whilst we waited, while waiting, whilst waiting, as i waited, as we waited, wait for me,
    waited for me, waiting for me, quick to, quick chat, quick look, quick question, quick word,
    quick call, quick check, quick glance, quick peek, quick note, quick browse, quick visit,
    quick trip, quick bite, quick drink, quick coffee, quick lunch, quick snack, quick thank you,
    quick thanks, quick shout out, quick message, quick favour, quick fix, quick test, quick scan,
    quick reminder, quick one, quick learner, quick thinking, fast asleep, hold on, hold up,
    on the line, on the phones, on the phone, on the till, on the tills, free time, free machine, free machines, free table, free tables, free seat,
    free seats, free space, free spaces, free spot, free slot, free slots, free to, feel free,
    free from, free of, sugar free, gluten free, dairy free, hands free, stress free, hassle free,
    fuss free, toll free, priceless, invaluable, charged my phone, charge my phone, charging my phone,
    charging point, phone charger, in charge, in charge of, charge of, charged with, free to use,
    a cold, stinking cold, had a cold, caught a cold, cold weather, cold outside, cold day,
    in the cold, out of the cold, from the cold, the cold outside, cold snap, clear up, fine print, fine art, fine dining, fine line,
    dear sir, dear madam, dear all, dear team, dear manager, oh dear, dear me, my dear, dear old,
    dear friend, dear friends, rushed off their feet, rushed off her feet, rushed off his feet,
    run off their feet, run off her feet, run off his feet, ran off their feet, in a rush,
    no rush, rush hour, what was wrong, what is wrong, what was wrong with, what is wrong with,
    what had gone wrong, went wrong with, nothing wrong with, the problem was, the fault was,
    the issue was, fault with, at fault, no fault, left a tip, leave a tip, tips, a tip for,
    top tip, hot tip, state of the art, state pension, state school, for not understanding,
    for not knowing, no idea where * is, no idea where * are, no idea where anything,
    no idea where things, could not find anything, could not find what, first time in,
    for the first time, every time, each time, last time, next time, this time, that time,
    some time, any time, at the time, at times, many times, several times, a few times, few times,
    other times, @number times, times a week, times a day, at one point, half the time, time off,
    long time no see, hard of hearing, hard working, hardworking,
    work hard, run off, cheaper model,
    cheaper option, cheaper one, cheaper version, cheaper alternative, cheaper brand,
    cheapest option, cheapest one, paid for, pay for, paying for, not only, not just,
    no doubt, no wonder, no matter, if not, not sure, never mind, no problem at all, no worries,
    not long after, not long ago, none of my business, nothing to do with, no one else,
    fine by me, was fine with, fine with that, speak of, talk of, sorts of, sort out, all sorts, of sorts, rubbish bag,
    rubbish bags, recycling, bad back, bad knee, bad leg, bad weather, bad news, feeling bad,
    felt bad for, good morning, good afternoon, good evening, good day, good night, good luck,
    good for you, for good, good enough to, kind of you, kind regards, best wishes, all the best,
    regards, please, cheap trick, cheap shot, quick enough to, sick note, sick pay, off sick,
    smart casual, smart meter, wet weather, so far so good, good news, you know, i know, we know,
    as you know, who knows, i knew, we knew, known for, on top of that, on top of this,
    on top of everything, do not know why, ready to, get ready, i do not know, we do not know

    # ---------------------------------------------------------------- sarcasm

    [sarcasm: markers]
    ha, hah, pfft, pah,
    thanks for nothing, cheers for nothing, thank you for nothing, thanks for that, cheers for that,
    oh @praise, oh yeah, oh wait, yeah right, yeah sure, by which i mean,
    said no one ever, said nobody ever, shock horror, surprise surprise, funny that, go figure,
    got to love, you have to love, have to love, you got to love, if you like,
    oh yes, if you wanted to look like, if you want to look like, if you fancy looking like,
    what a joke, 🙄, 🙃, 😒, 🤦

    [sarcasm: frames]
    nice of them, kind of them, good of them, sweet of them, nice of you, decent of them,
    love, loving, loved, adore, absolutely love, really love, just love, so glad, glad, so pleased,
    pleased, thrilled, delighted, such a treat, a treat, nice to, lovely to, great to, good to,
    wonderful to, fantastic to, brilliant to, amazing how, great how, love how, love that,
    love the way, reassuring, really reassuring, so reassuring, impressive how, fantastic how,
    brilliant how, nice touch, cheers for, thanks for, thank you for, ta for, good job,
    great job, well done, way to go, kudos to, hats off to, top marks, full marks, bravo,
    congratulations, congrats, wow, what a surprise, nothing says, what a treat,
    thanks so much for, thank you so much for, thanks very much for, thank you very much for

    [sarcasm: hints]
    as always, as ever,
    as usual, of course, which is why, what a surprise, funny how, apparently, managed to,
    well done

    # ---------------------------------------------------------------- word forms

    [word-forms]
    knew = know, known = know, knowing = know, told = tell, spoke = speak, spoken = speak,
    took = take, taken = take, took = take, gave = give, given = give, got = get, gotten = get,
    went = go, came = come, rang = ring, rung = ring, felt = feel, left = leave, kept = keep,
    brought = bring, bought = buy, paid = pay, sold = sell, thought = think, made = make,
    said = say, saw = see, seen = see, ate = eat, eaten = eat, broke = break, wrote = write,
    written = write, understood = understand, sent = send, spent = spend, stood = stand,
    sat = sit, fell = fall, fallen = fall, found = find, heard = hear, met = meet, ran = run,
    lost = lose, caught = catch, taught = teach, dealt = deal, hung = hang,
    forgot = forget, forgotten = forget, shook = shake, stuck = stick, stank = stink,
    stunk = stink, smelt = smell, smelled = smell, burnt = burn, learnt = learn, swore = swear,
    sworn = swear, threw = throw, thrown = throw, did = do, done = do, does = do, has = have,
    had = have, having = have, was = be, were = be, is = be, are = be, been = be, am = be,
    being = be, led = lead, fed = feed, held = hold, won = win, rode = ride, drove = drive,
    driven = drive, wore = wear, worn = wear, tore = tear, torn = tear, bit = bite,
    bitten = bite, hid = hide, hidden = hide, froze = freeze, frozen = freeze, chose = choose,
    chosen = choose, rose = rise, risen = rise, grew = grow, grown = grow, blew = blow,
    drew = draw, flew = fly, sang = sing, began = begin, begun = begin, slept = sleep,
    swept = sweep, wept = weep, lent = lend, bent = bend, built = build, sought = seek,
    fought = fight, sprang = spring, sank = sink, shrank = shrink, spun = spin, woke = wake,
    woken = wake, ruined = ruin

    # round 14: frequencies and runs are not waits; words that hide a keyword in a compound; thanks
    # addressed to people judges nobody; a service's name
    [neutral]
    every @time, @time in a row, in a row, stay all day, spend all day, spent all day there,
    blood thinner, blood thinners, car park, car parks,
    thank you to, thanks to everyone, thanks to all, thank you to all, big thank you to,
    special delivery, recorded delivery, patients, makes the job worth it, make the job worth it,
    makes it all worth it, makes it all worthwhile,
    late fee, late fees, late charge, late charges, late payment fee, late return fee,
    wait but worth it, wait but well worth it, queue but worth it, wait but worth every,
    mental health, done and dusted, fastest way, quickest way, fastest route, quickest route, fish tank, bad line, bad lines,
    keep up the good work, keep up the great work, keep up the brilliant work, phone line, phone lines, crackly line,
    would be fixed, will be fixed, would be sorted, will be sorted, would be back, will be back

    [after-intensifiers]
    i guess ~0.6, i suppose ~0.6, i reckon ~0.9

    [mentions]
    sort out a problem with, sort out an issue with, a problem with my, an issue with my,
    i asked whether, i asked if, we asked whether, we asked if, i wondered whether, i wondered if,
    to ask whether, to ask if

    # round 15: a promise reported ("told me it would be ready") is a counterfactual;
    # "a nice change" name no theme; "how much longer" asks about time, not price
    [counterfactuals]
    would be ready, told * would be

    [neutral]
    makes a nice change, made a nice change, how much longer

    # round 15: incredulity ("can't believe they charge") does not deny, it stresses; "gone" before a
    # time of day means past it ("not ready till gone 4"), not vanished
    [intensifiers]
    can not believe ~1.3, could not believe ~1.3

    [neutral]
    gone @number, gone half, gone midnight, gone noon

    # round 16: a customer's own lateness, time spent choosing, a later checkout and passing a test
    # judge no wait (2026.12-10: nor "on the housing desk" the price, nor a wasted trip saved the staff); "both"/"each" open a clause that sees the aspect before ("two cakes, both delicious")
    [neutral]
    later checkout, late checkout, later check out, late check out, early check in, earlier check in,
    ages deciding, ages choosing, ages browsing, ages picking, ages trying on, ages looking at,
    ages looking round, ages chatting, forever deciding, forever choosing, an age deciding,
    i was running late, we were running late, i am running late, i was late, we were late,
    i was a bit late, i turned up late, i arrived late, we arrived late, i was runing late,
    sailed through its mot, sailed through the mot, sailed through mot, sailed through its test,
    sailed through the test, sailed through my test, sailed through the inspection,
    sailed through its inspection, sailed through its service, went through first time,
    passed first time, on the housing, saved me a wasted, saved us a wasted,

    [class: relative]
    both, each,


    # round 16: what a customer expected is not judged ("I was expecting a telling-off")
    [mentions]
    was expecting, were expecting, half expected, half expecting, i expected a, we expected a, expecting a,


    # round 16: sympathy ("poor lad"); hypotheticals of breakage; weather words; the opening of a time
    # span; things a customer is relieved or glad to know; hot water served; a slow puncture; "never
    # anything but" is "always"; a past state ("used to be") is not the present one
    [neutral]
    poor lad, poor girl, poor woman, poor man, poor guy, poor thing, poor things, poor lass, poor bloke,
    poor kid, poor staff, poor sod, poor souls, poor soul, poor lads, poor girls,
    anything that breaks, anything that goes wrong, whatever breaks, if anything breaks,
    if anything goes wrong, if something breaks, when something breaks, if something goes wrong,
    hot day, a hot day, hot days, hot weather, on a hot, the heat, cold days,
    the best part of, the better part of, within @time of getting, within @time of buying,
    within @time of having, within @time of fitting, within @time of delivery,
    relief to know, good to know, nice to know, glad to know, great to know, reassuring to know,
    comforting to know, interesting to know, useful to know, helpful to know, when my * ready, when your * ready,
    when it is ready, when they are ready, a mug of hot water, a cup of hot water, mug of hot water,
    cup of hot water, pot of hot water, slow puncture, slow punctures, slow cooker, slow cooked,
    slow roast, slow roasted, slow release, back to chasing, clash, clashes, clashed, clashing,

    [intensifiers]
    never anything but ~1.2, never less than ~1.1,

    [negators]
    used to be ~3,

    [sarcasm: frames]
    such a relief, what a relief, really appreciated, much appreciated, appreciated, love a, got to love a,

    [sarcasm: markers]
    yeah @praise,


    [sarcasm: frames]
    such a relief to know, what a relief to know, a relief to know, good to know, nice to know,
    lovely to know, great to know,


    [sarcasm: markers]
    said no customer ever,


    [sarcasm: frames]
    yeah, yeah yeah,


    # round 16: wishes name what is wanted, they judge nothing ("I'd love more training on the system")
    [mentions]
    i would love, we would love, they would love, i would like, we would like, they would like,
    would love to see, would like to see,

    [neutral]
    lately,


    [sarcasm: markers]
    nothing like being,


    # round 16: a previous provider compared ("which is more than I can say for my last dentist")
    [neutral]
    more than i can say for the last, more than i can say for my last, more than i can say for the other,
    more than i can say for my old, more than i can say for the previous, more than i can say for my previous,


    # round 16: an employee's rota or paperwork in a mess is not the premises
    [neutral]
    rota is a mess, rota was a mess, rotas are a mess, rota is a shambles, rota was a shambles,
    scheduling is a mess, paperwork is a mess, the system is a mess, the whole system is a mess,


    [neutral]
    than the * lasted, than it lasted, than they lasted,


    # round 16: an employee's own manager, team and head office are internal matters
    [neutral]
    my manager, our manager, my boss, our boss, my line manager, our line manager, my team, our team,
    my colleagues, our colleagues, senior management, upper management, my supervisor, our supervisor,


    [neutral]
    which one was right, which was right, whether it was right, if it was right, who was right,
    what was right, which one is right, which is right,


    [neutral]
    one was right, one is right, ones were right,


    # Round 17: a patient as a person, a staff facility, things taken off, a menu's fixed price, a customer's own
    # lateness or promise to be in touch: none judges a theme
    [neutral]
    previous patient, the patient before, next patient, fellow patient, another patient, other patient,
    each patient, every patient, as a patient, new patient, private patient, nhs patient, patient records,
    patient notes, patient transport, patient portal, the patient in,
    staff canteen, staff kitchen, staff parking, staff rota, staff lockers, staff break room, staff area,
    boots off, shoes off, coat off, jacket off, took off, take off, taking off, takes off,
    fixed price, set price menu, fixed price menu,
    returned my books late, returned * late, brought * back late, handed * in late, i was late, we were late,
    will be in touch, i will be in touch, we will be in touch, be in touch soon, will get in touch

    # Round 17: "frees us up" is time made, not a price
    [neutral]
    frees us up, frees me up, frees them up, freed us up, freed me up, frees up, freed up,
    freeing up

    # what staff said, then what really was: wrong information ("said it was the battery ... got a second
    # opinion"), or right with a confirming word ("everything I was told turned out to be true")
    [revelations]
    turned out, turns out, turning out, second opinion, 2nd opinion, in fact it was, it was in fact
    """#
}
