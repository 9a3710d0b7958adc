extension DefaultLexicon {
    /// A general normalisation table: common misspellings, text-speak, slang and foreign words.
    static let spellings = #"""

    # ---------------------------------------------------------------- spellings
    # written = meant. The written side may be several words ("2 long = too long"); the meant side
    # is read as if the comment had said it. Stretched words ("loooong") are shortened without an
    # entry here.

    [spellings]
    the q = the queue, in the q = in the queue, a q = a queue, new exactly = knew exactly,
    new wat = knew what, new what = knew what, new how = knew how, new where = knew where,
    new their stuff = knew their stuff, 4 nothing = for nothing, could of = could have,
    should of = should have, would of = would have, must of = must have, might of = might have
    staffs = staff,
    donkey's years = ages,
    dint no = didn't know, dnt no = don't know, das = the, ist = is, und = and,
    dint = didn't, didint = didn't, dnt = don't, rong = wrong, wrng = wrong, rongly = wrongly,
    did not no = did not know, do not no = do not know, does not no = does not know,
    dont no = don't know, didnt no = didn't know, dunno = don't know,
    yonks = ages, donkeys years = ages, ngl = honestly, no cap = honestly, tbh = honestly,
    imo = honestly, lol = honestly, af = very, sed = said, sez = says, wood = would, wud = would,
    cud = could, shud = should, cudnt = couldn't, wudnt = wouldn't, shudnt = shouldn't, enuf = enough,
    evry = every, evryone = everyone, evrything = everything, wiv = with, nuffin = nothing,
    nuthin = nothing, summat = something, nowt = nothing, gonna = going to, wanna = want to,
    gotta = got to, sorta = sort of, thot = thought, m8 = mate,
    gr8t = great, gd = good, xlnt = excellent, probly = probably, prolly = probably, bcos = because,
    bcoz = because, becos = because, becuz = because,
    waitd = waited, wated = waited, waitted = waited, wiat = wait, queu = queue, qeue = queue, queing = queuing, cleen = clean, dirtey = dirty, filty = filthy, unfreindly = unfriendly, unfrendly = unfriendly, polight = polite, explanied = explained, delishous = delicious, overpirced = overpriced, ridic = ridiculous,
    a and e = emergency,
    # apostrophes left out
    theyd = they'd, theyll = they'll, youd = you'd, itd = it'd, theyve = they've, weve = we've,
    wasnt = wasn't, werent = weren't, isnt = isn't, arent = aren't, didnt = didn't, dont = don't,
    doesnt = doesn't, couldnt = couldn't, wouldnt = wouldn't, shouldnt = shouldn't, cant = can't,
    wont = won't, hasnt = hasn't, havent = haven't, hadnt = hadn't, aint = ain't, mustnt = mustn't,
    neednt = needn't, im = i'm, ive = i've, youre = you're, theyre = they're, thats = that's,
    whats = what's

    # text-speak and abbreviations
    gr8 = great, no1 = no one, noone = no one, no-one = no one, wot = what, wat = what, n = and,
    u = you, ur = your, r = are, thx = thanks, thanx = thanks, thnx = thanks, ty = thank you,
    tho = though, thru = through, bout = about, abt = about, v = very, abit = a bit, alot = a lot,
    luv = love, gud = good, b4 = before, 2day = today, l8 = late, 4ever = forever, coz = because,
    cos = because, cuz = because, bc = because, pls = please, plz = please, ppl = people,
    some1 = someone, any1 = anyone, every1 = everyone, diff = different, defo = definitely,
    deffo = definitely, def = definitely, probs = probably, tbf = to be fair, rly = really,
    realy = really, reely = really, sooo = so, soooo = so, brill = brilliant, amazin = amazing,
    shakin = shaking, waitin = waiting, nothin = nothing, somethin = something, goin = going,
    rippoff = rip off, ripoff = rip off, wks = weeks, 2 long = too long, 2 slow = too slow,
    2 much = too much, 2 expensive = too expensive, 2 busy = too busy, 2 late = too late,
    2 dear = too dear, 2 rude = too rude, 2 cold = too cold, 2 hot = too hot, 4 ages = for ages,
    4 hours = for hours, fiver = 5 quid, tenner = 10 quid, sux = sucks, awsome = awesome,
    amazeballs = amazing, kewl = cool, fab = fabulous, luke warm = lukewarm, over priced = overpriced,
    new anything = knew anything, new nothing = knew nothing, new what = knew what,
    new how = knew how, new where = knew where, new when = knew when, no body = nobody

    # misspellings
    staf = staff, stafff = staff, reciept = receipt, recieved = received, recieve = receive,
    definately = definitely, definatly = definitely, definetly = definitely, definitly = definitely,
    absolutly = absolutely, absolutley = absolutely, knowledgable = knowledgeable,
    knowlegable = knowledgeable, knowledgeble = knowledgeable, knowlege = knowledge,
    knowledge's = knowledge, explaned = explained, explaind = explained, explane = explain,
    explaination = explanation, frendly = friendly, freindly = friendly, friendley = friendly,
    frindly = friendly, untill = until, suposed = supposed, supossed = supposed, wer = were,
    profesional = professional, proffesional = professional, professinal = professional,
    proffessional = professional, curtious = courteous, courtious = courteous,
    curteous = courteous, apauling = appalling, appauling = appalling, appaling = appalling,
    wating = waiting, waitng = waiting, wiating = waiting, perscription = prescription,
    prescripton = prescription, strenght = strength, diffrence = difference, difrence = difference,
    reciption = reception, recption = reception, reciptionist = receptionist,
    receptionst = receptionist, receptonist = receptionist, recepshonist = receptionist,
    daugters = daughters, helpfull = helpful, unhelpfull = unhelpful, usefull = useful,
    beautifull = beautiful, wonderfull = wonderful, disgustin = disgusting, discusting = disgusting,
    disgustng = disgusting, horible = horrible, horrable = horrible, terible = terrible,
    terrable = terrible, awfull = awful, patiant = patient, pacient = patient, expencive = expensive,
    expensve = expensive, expesive = expensive, reasonible = reasonable, resonable = reasonable,
    cheep = cheap, qualitty = quality, quaility = quality, qualty = quality, delicous = delicious,
    delicius = delicious, delishus = delicious, tastey = tasty, tastless = tasteless,
    wierd = weird, seperate = separate, rediculous = ridiculous, ridiculus = ridiculous,
    embarassing = embarrassing, embarresing = embarrassing, dissapointed = disappointed,
    disapointed = disappointed, dissapointing = disappointing, disapointing = disappointing,
    excelent = excellent, excellant = excellent, briliant = brilliant,
    fantastik = fantastic, frustating = frustrating, incompetant = incompetent,
    competant = competent, efficent = efficient, effecient = efficient, immediatly = immediately,
    imediately = immediately, quickley = quickly, quikly = quickly, quik = quick, slooow = slow,
    manger = manager, managment = management, recomend = recommend, recommed = recommend,
    apologiesed = apologised, apoligised = apologised,
    sincerly = sincerely, responce = response, responsve = responsive, comunication = communication,
    communcation = communication, comunicate = communicate, informaton = information,
    infomation = information, updaites = updates, upadte = update, hygene = hygiene,
    hygine = hygiene, toliets = toilets, toilettes = toilets, tiolets = toilets, flithy = filthy,
    filthey = filthy, spotles = spotless, rubish = rubbish, rubbsih = rubbish,
    overpricd = overpriced, expensiv = expensive, pricy = pricey, rood = rude, rudde = rude,
    polit = polite, freindliness = friendliness, knowlegeable = knowledgeable,
    mechanik = mechanic, enginer = engineer, pharmasist = pharmacist, docter = doctor,
    nurce = nurse, waitor = waiter, waitres = waitress, restuarant = restaurant,
    resturant = restaurant, accomodating = accommodating, acommodating = accommodating,
    apparantly = apparently, defintely = definitely, truely = truly,
    begining = beginning, occured = occurred, tommorow = tomorrow, tomorow = tomorrow,
    wensday = wednesday, febuary = february, allright = alright,
    greatful = grateful, thier = their, recieving = receiving

    # slang to plain words
    mingin = minging, gaff = home,
    brekkie = breakfast, brekky = breakfast, cuppa = tea, sarnie = sandwich,
    butty = sandwich, bog roll = toilet roll, innit = isn't it,
    well good = very good, well nice = very nice, well bad = very bad, dead good = very good,
    dead nice = very nice, wicked = great,
    knackered = tired, peng = great

    # words from other languages often mixed into English comments
    muy = very, amable = friendly, amables = friendly, simpatico = friendly, simpatica = friendly,
    simpática = friendly, limpio = clean, limpia = clean, sucio = dirty, sucia = dirty,
    caro = expensive, cara = expensive, barato = cheap, rápido = quick, rapido = quick, lento = slow,
    lenta = slow, mucho = very, hora = hour, horas = hours, casi = nearly, una = a, bueno = good,
    buena = good, malo = bad, mala = bad, excelente = excellent, delicioso = delicious,
    deliciosa = delicious, gracias = thanks, très = very, tres bien = very good, propre = clean,
    sympa = friendly, gentil = kind, gentille = kind, cher = expensive, chère = expensive,
    délicieux = delicious, delicieux = delicious, merci = thanks, sehr = very,
    freundlich = friendly, unfreundlich = unfriendly, sauber = clean, schmutzig = dirty,
    teuer = expensive, lecker = delicious, kalt = cold, langsam = slow, schnell = quick,
    essen = food, danke = thanks, bardzo = very, miła = nice, miły = nice, mili = nice, mila = nice,
    niemiła = rude, niemiły = rude, drogo = expensive, tanio = cheap, czysto = clean,
    brudno = dirty, szybko = quick, dziękuję = thanks, dziekuje = thanks, bahut = very,
    accha = good, achha = good, acha = good, bekaar = useless, bekar = useless, ekdum = totally,
    ganda = dirty, gandi = dirty, mehenga = expensive, mehnga = expensive, sasta = cheap,
    diolch = thanks, grazie = thanks, pulito = clean, sporco = dirty, buono = good, bello = beautiful,
    bella = beautiful, molto = very, gentile = kind, obrigado = thanks, obrigada = thanks,
    limpo = clean, sujo = dirty,
    wayted = waited, wayting = waiting, wayt = wait, toilits = toilets, toilit = toilet, windo = window,
    definately = definitely, definatly = definitely

    # Round 17: text-speak and accented foreign words
    [spellings]
    appt = appointment, appts = appointments, stil = still, privlege = privilege, intrest = interest,
    everythin = everything, actualy = actually, hangin = hanging, whatsapped = messaged,
    simpático = friendly, simpática = friendly

    bout my = about my, bout the = about the, bout it = about it, bout our = about our
    """#
}
