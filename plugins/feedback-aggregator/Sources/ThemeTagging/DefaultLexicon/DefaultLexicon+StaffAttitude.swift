extension DefaultLexicon {
    /// Staff attitude: friendliness, rudeness, politeness, helpfulness, patience, respect, attentiveness.
    static let staffAttitude = #"""

    # ---------------------------------------------------------------- staff-attitude

    [staff-attitude: aspects]
    behaviour, behavior, conduct, demeanour, demeanor,
    make me feel, make us feel, make you feel, make her feel, make him feel,
    staff, staff member, member of staff, members of staff, employee, employees, worker, workers,
    team, crew, personnel, cashier, cashiers, receptionist, receptionists, reception, waiter,
    waitress, waiters, waitresses, waiting staff, wait staff, server, servers, bartender, barman,
    barmaid, bar staff, manager, managers, management, supervisor, assistant, assistants,
    shop assistant, sales assistant, salesman, saleswoman, sales staff, sales person, salesperson,
    advisor, adviser, advisors, advisers, agent, agents, operator, rep, representative, clerk, teller,
    nurse, nurses, doctor, doctors, gp, dentist, hygienist, vet, vets, midwife, consultant, surgeon,
    physio, pharmacist, pharmacists, chemist, optician, optometrist, mechanic, mechanics, engineer,
    engineers, technician, plumber, electrician, builder, builders, fitter, fitters, installer,
    driver, drivers, courier, delivery man, delivery men, delivery guy, delivery guys, delivery driver,
    delivery drivers, delivery team, porter, concierge, housekeeping, housekeeping team, housekeeper,
    cleaner, cleaners, officer, official, officials, host, hostess, chef, chefs, barista, baristas,
    stylist, hairdresser, barber, therapist, trainer, instructor, guard, security, steward, attendant,
    lady, ladies, man, men, guy, guys, bloke, chap, lad, lads, girl, girls, woman, women, gentleman,
    fella, fellow, everyone, everybody, person on the phone, lady on the phone,
    man on the phone, guy on the phone, person at the desk, vet nurse, dental nurse, practitioner,
    call handler, handler, volunteer, volunteers, warden, ranger, inspector, landlord,
    landlady, owner, owners, boss, gaffer, coordinator, tutor, teacher, carer, carers, paramedic,
    paramedics, @name,
    treated, manner, manners, attitude, bedside manner

    [staff-attitude: positive]
    a right laugh, top lad, good egg, diamond geezer, salt of the earth, nothing was any bother,
    nothing was too much bother, no bother at all, made a fuss of,
    lovely to deal with, nice to deal with, great to deal with, easy to deal with,
    pleasant to deal with, helpful to deal with, brilliant to deal with,
    remember * allergy, remember * allergies, remember * preferences, remember * dog, remember * face,
    remembered us from, remembered me from,
    cooperative, co operative,
    walked me all the way, walked us all the way, walked me to, walked us to, walked me over,
    took me all the way, even though it was not his job, even though it was not her job,
    even though it was not their job, not even his job, not even her job,
    gem, a gem, star, a star, stars, all stars, superstar, superstars, hero, a hero, heroes, legend,
    a legend, legends, angel, an angel, angels, diamond, a diamond, a real gem,
    like royalty, like family, like a friend, like an old friend, like a vip, like vips,
    like a valued customer, stayed on the line, stayed on the phone, stayed with me, stayed with us,
    stayed behind, stayed late, remember * name, remember * names, remember * order, remember * orders,
    remember * usual, remember * birthday, remember everyone,
    patient with * customers, calm with,
    cheery, chirpy, genial, affable, amiable, warm hearted, lovely bunch, lovely people, nice people, friendly bunch, friendly lot,
    make * feel * welcome, make * feel * at home, make * feel welcome, make * feel at home, make * feel valued, make * feel special, make * feel comfortable, remembered my usual, remembered our usual, remembered my order, remembered our order,
    spent ages with, spent ages reassuring, spent ages helping, spent ages chatting to, spent time reassuring, spent time explaining,
    check on us, checked on us, check on me, checked on me, checked in on us, checked in on me, came over to check, came out to check, check we were, checked we were, checked everything was, offered to help, offered help, offered to carry, offered to,
    could not do enough for us, could not do enough for me, couldn't do enough, made us feel at home, made me feel at home, felt valued, treated with respect, with a smile, service with a smile, all smiles, warm and welcoming, made time for, took an interest, genuinely cared, kind hearted, sweetheart, a sweetheart, a credit to, nice chap, proper gent, top bloke, real gent, so kind, very kind, ever so kind, friendly faces, friendly face, happy to answer, always happy to, nothing was too much, went out of her way to, went out of his way to, pleasant manner, good natured, patient with, polite and, warm smile,
    care ~0.8, seem to care, quick to help, quick to apologise, quick to apologize,
    apologise ~0.6, apologize ~0.6, look at me ~0.7, look at us ~0.7,
    make me feel welcome, make us feel welcome, apologetic ~0.6, apologised ~0.6, apologized ~0.6, apologising ~0.6, apologizing ~0.6, apology ~0.6, said sorry ~0.6,
    friendly, friendlier, friendliest, helpful, helpfully, polite, politely, courteous, courteously,
    kind, kindly, kindness, pleasant, welcoming, cheerful, smiley, smiling, smile, smiled, smiles,
    patient, patiently, patience, attentive, considerate, thoughtful, respectful, respectfully,
    professional, professionally, caring, cared, care about, cares about, accommodating,
    obliging, approachable, calm, calming, gentle, gently, understanding,
    empathetic, sympathetic,
    compassionate, genuine, down to earth, chatty, personable, charming, bubbly, helpfulness,
    friendliness, politeness, courtesy, happy to help, keen to help, eager to help, willing to help,
    more than happy, bent over backwards, went out of their way, went out of his way,
    went out of her way, out of their way, above and beyond, went above and beyond,
    the extra mile, went the extra mile, nothing was too much trouble,
    felt welcome, at ease, put me at ease, put us at ease,
    treated me like a person, treated us like people, took time to, took the time to,
    took their time to, take time to, spent a long time with, spent time with, took time with,
    time for me, time for us, remembered my name, remembered me, remembered us, knew my name,
    greeted, greeted us, greeted me, said hello, wished me, looked after us, looked after me,
    took care of, good with kids, good with children, good with my, brilliant with, great with,
    fantastic with, wonderful with, lovely with, hospitable, gracious, humble, respect,
    a pleasure to deal with, pleasure to deal with, lifted a finger, lift a finger, noticed me,
    noticed us, acknowledged, acknowledged me, made an effort, effort, look up from, looked up from,
    looks up from, interested ~0.7, listened to me ~0.5, a big help,
    a great help, so helpful, no pressure, did not rush, did not rush me, never rushed, was not rushed,
    not rushed, did not hurry, never hurried, warm welcome, warmly, lovely manner,
    nice manner, good manners, well mannered, easy going, laid back, reassured, reassured me,
    comforting, supportive, supported, encouraging, on my side, fought my corner, stood up for

    [staff-attitude: negative]
    a right misery, miserable git, gobby, mouthy, lippy, cocky, up himself, up herself,
    could not give a monkey, could not give a toss, could not give a damn, not arsed,
    could not be arsed, can not be arsed,
    unpleasant to deal with, difficult to deal with, awful to deal with, horrible to deal with,
    rude to deal with, nightmare to deal with, grump, a grump, face like a slapped,
    face like a wet weekend, face like a smacked,
    misbehaved, misbehave, misbehaving, misbehaviour, misbehavior, rude behaviour, rude behavior,
    bad behaviour, bad behavior, uncooperative, un cooperative, not cooperative,
    an attitude, a real attitude, a right attitude, bit of an attitude, such an attitude,
    attitude on him, attitude on her, with an attitude, did not want to be there,
    do not want to be there, does not want to be there, did not want to be here,
    rather be anywhere else, rather be somewhere else,
    lose * temper, loses * temper, losing * temper,
    like * nuisance, like * idiot, like * idiots, like * criminal, like * criminals, like * child,
    like * burden, like * inconvenience, like * thief, like * stupid, like * an idiot, talk to * like,
    speak to * like, talks down, roll * eyes, rolls * eyes, rolling * eyes, shrugged, just shrugged,
    shrug, sighed at, tutted at, huffed at,
    sour faced, snobby, snobbish, gruff, obstructive, huffy, shirty, mardy, narky, belligerent, blanked me, blanked us, stonewalled,
    make * feel * stupid, make * feel * small, make * feel stupid, make * feel small, make * feel unwelcome, make * feel like a nuisance, slow to help, reluctant to help,
    chewing gum, did not say a word, did not say a single word, never said a word, did not even look at me, did not even look at us,
    without knocking, did not knock, did not even knock, threw the parcel, threw my parcel, left it in the rain, left the parcel in the rain,
    like a thief, like i was a thief, like we were thieves, followed me round, followed me around, followed us round, followed us around, more interested in, argument in front of, an argument in front of, arguing in front of, swearing in front of, bickering,
    face like thunder, miserable face, miserable looking, grumpy old, no eye contact, did not even say thank you, did not say thank you, did not say please, turned their back, turned her back, turned his back, walked off, walked away from me, walked away from us, huffing and puffing, attitude stinks, stinking attitude, felt judged, made to feel, belittled, belittling, condescending tone, short tempered, bad tempered, ill mannered, bad mannered, sneered, scoffed, dismissed me, dismissed us, dismissive attitude, could not be less interested, treated me like a nuisance, treated us like a nuisance, not welcome, unwelcome, felt unwelcome, made me feel unwelcome, nobody greeted us, no one greeted us, ignored us, ignored me, left us standing, left me standing,
    quick to blame, quick to criticise, quick to criticize, quick to accuse, quick to dismiss, quick to point the finger,
    chatting to her friend, chatting to his friend, chatting to their friends, chatting to each other, chatting with colleagues, chatting away, busy chatting, too busy talking, personal call, rush * out, rush * through, rush * out in @time, distracted ~0.6,
    make me feel like, make me feel stupid, make me feel small,
    rude, rudely, rudeness, ruder, rudest, impolite, discourteous, unfriendly, unhelpful,
    unwelcoming, unprofessional, disrespectful, disinterested, uninterested, could not care less,
    could not be bothered, can not be bothered, not bothered, arrogant, condescending, patronising,
    patronizing, dismissive, abrupt, curt, short with, sharp with, snappy, snapped at, snippy, grumpy,
    miserable, moody, surly, stroppy, sullen, sarcastic, smug, snooty, snotty, stuck up, hostile,
    aggressive, aggressively, confrontational, swore at, sworn at, argued, argumentative, defensive,
    lazy, idle, indifferent, apathetic, frosty, icy, offhand, off hand, blunt, brusque, impatient,
    pushy, rushed, rushed me, rushed us, hurried, hurried us, ignored, ignore, ignoring, ignores,
    ignorant, jobsworth, jobsworths, obnoxious, creepy, racist, sexist, judgemental,
    judgmental, quick to judge, quick to assume, judged, accused me, accused us, accusing,
    treated like a criminal, treated me like a criminal, like a criminal, treated like dirt,
    treated me like dirt, like dirt, like an idiot, like idiots, like a child, like children,
    like a nuisance, like a burden, like i was stupid, like we were stupid, like they are idiots,
    like they were idiots, spoken down to, spoke down to, talked down to, talking down to,
    talks down to, talk down to, looked down on, looked down their nose, just a number,
    eye roll, eye rolling, rolled her eyes, rolled his eyes, rolled their eyes, rolling her eyes,
    tutted, tutting, sighed, huffed, huffing, attitude problem, bad attitude, stinking attitude,
    no manners, chatting to each other, chatting among themselves, too busy chatting,
    on her phone, on his phone, on their phones, on their phone, on her mobile, on his mobile,
    dirty look, dirty looks, filthy look, evil look, evil looks, glared, glaring, scowled, scowling,
    barked, snarled, snapped at me, wouldn't let me, would not let me, couldn't care, not interested,
    no interest, did not want to know, did not care, wasting his time, wasting her time,
    wasting their time, was a nuisance, fobbed off, fobbed me off, brushed off, brushed me off,
    hung up on me, hung up on us, put the phone down on me, laughed at, laughed at me, mocked,
    embarrassed me, humiliated, humiliating, intimidating, intimidated, threatening, unapproachable,
    impersonal, robotic, uncaring, heartless, cold hearted, unsympathetic, insensitive, tactless,
    bullying, bully, bullied, shouted at me, shouted at us, yelled at me, raised his voice,
    raised her voice, lost his temper, lost her temper, grumbled, muttered,
    smirked, sniggered, gossiping, unhelpfulness, rudeness, lack of respect, no respect,
    did not even look up, did not look up, never looked up, did not acknowledge, never acknowledged,
    without acknowledging, did not say hello, did not even say hello, no greeting, no smile,
    never smiled, did not smile, barely lifted a finger, standing around chatting, too much trouble,
    spoke to me like, spoke to us like, talked to me like, talks to customers like, spoken to like,
    treated me like, treated us like, talk to customers like

    [staff-attitude: needs]
    word of apology, a word of apology,
    an apology, help, courtesy, respect, eye contact, manners, smile, greeting, hello,
    acknowledgement, sympathy, empathy, compassion, interest

    [staff-attitude: positive-near]
    sweet,
    help, helped,
    warm, sound

    [staff-attitude: negative-near]
    cheeky ~0.6,
    nasty,
    mean,
    cold, sharp, short, off, harsh, awkward, distant, snappy, rough

    # round 13: the customer's own temper is not the staff's; behaviour towards customers as classes
    [neutral]
    got a fine, get a fine, given a fine, a fine on top, lost my temper, lose my temper, losing my temper, lost our temper, lost my rag

    [staff-attitude: negative]
    snaps at, snapped at, swears at, swore at, swearing at,
    carried on their conversation, carried on chatting, carried on talking, kept chatting,
    did not look up, did not even look up, barely looked up, barely grunted, grunted at,
    feel like a number, felt like a number, made me feel thick, made me feel stupid,
    feel thick for asking, feel stupid for asking, could not wait to see the back of me,
    could not wait to get rid of me, see the back of me, shouting my, shouted my, shouting across,
    shouted across, felt like a shoplifter ~1.5, felt like a criminal ~1.5, made me feel like a criminal ~1.5,
    treated like a criminal ~1.5, treated like a shoplifter ~1.5

    [staff-attitude: positive]
    adore her, adore him, adore them, adored her, adored him, love her, love him, loved her, loved him,
    make a fuss of, made a fuss of, make a real fuss of, makes a fuss of, made a real fuss of,
    sweetie, an absolute sweetie, a sweetie, sweetheart, an angel, angel with

    # round 14: apologies not made; pressure; help given; cheering customers up; staff on their phones
    # ("made my day" is a general opinion: it judges the person it is said of)
    [staff-attitude: aspects]
    gal, gals, dude, dudes, tech, techs

    [neutral]
    who answered the phone, who answered, that answered the phone, who picked up the phone, who picked up,
    who served us, who served me, that served me, that served us

    [opinions: positive]
    made my day, made our day, made her day, made his day, made my night, made my week, made my morning,
    can not say enough good things about, could not say enough good things about,
    can not speak highly enough of, could not speak highly enough of, can not thank * enough,
    could not thank * enough, can not recommend * enough, could not recommend * enough,
    so reassuring, really reassuring, very reassuring, unbeatable, second to none

    [staff-attitude: positive]
    say sorry ~0.6, helped me ~0.7, helped us ~0.7, helped her ~0.7, helped him ~0.7,
    a pro, a real pro, a total pro, an absolute pro, a true pro, a doll, a darling, a real sweetheart,
    cracking jokes, had us laughing, kept checking on, keep checking on, kept checking in on,
    took her time and, took his time and, took their time and, took her time with, took his time with,
    had me laughing, kept us laughing

    [staff-attitude: negative]
    hated his job, hated her job, hated their job, hates his job, hates her job, hates their job,
    hate their job, forgot our, forgot my, forgotten our, forgotten my, forgot about us, forgot about me,
    a maniac, like a maniac, trying to sell me, tried to sell me, kept trying to sell, going through the motions,
    feel pushed, felt pushed, feel pressured, felt pressured, pressure selling, hard sell,
    on their phones, on their phone, on her phone, on his phone, stare at their phones,
    staring at their phones, glued to their phones, glued to her phone, glued to his phone

    # round 15: manners shown by deeds: eyes rolled, walking or driving off, chatting on, not looking up,
    # nobody coming near; help given without being asked, fetching, driving customers, "bless her"
    [staff-attitude: negative]
    rolled * eyes, rolling * eyes, rolls * eyes, wandered off, walked off, drove off,
    carried on chatting, kept chatting, carried on talking, kept talking to each other,
    barely looked up, did not look up, never looked up, without looking up, hardly looked up,
    none too pleased, feel stupid, made me feel stupid, could not get rid of * fast enough, nobody came near, no one came near,
    nobody came anywhere near, no one came anywhere near

    [staff-attitude: positive]
    without us asking, without me asking, without being asked, without having to ask, without even being asked,
    bless him, bless her, bless them, feel like family, feel at home,
    without a word of complaint, without complaint, fetched me, fetched us, drove us to, drove me to

    [staff-attitude: negative]
    a bad word to say

    # round 15: pressure towards a dearer option; treating a customer as if they had done wrong
    [staff-attitude: negative]
    pushed me towards, pushed us towards, pushing me towards, pushing us towards,
    acted like i had, acted like we had, acted like i was, looked at me like i had, treated me like a,
    treated us like, treated me like dirt

    # round 16: manner towards someone ("lovely with the kids", "short with me"), chatting to a friend
    # instead of serving, barely looking at the customer, lecturing, following a customer round, showing
    # interest in the customer, not caring less
    [class: recipient]
    me, us, my, our, kids, children, child, son, daughter, baby, mum, mom, dad, nan, gran, grandad,
    grandma, wife, husband, partner, family, him, her, them, everyone, everybody, customers, patients,
    clients, elderly, mother, father, toddler, toddlers, boy, girl, little, nervous, older, anxious, guests,

    [class: companion]
    mate, mates, friend, friends, colleague, colleagues, coworker, coworkers, workmate, workmates,
    boyfriend, girlfriend, pal, pals, buddy, buddies,

    [staff-attitude: positive]
    nice to @recipient, nice to the @recipient, nice with @recipient, nice with the @recipient,
    lovely to @recipient, lovely to the @recipient, lovely with @recipient, lovely with the @recipient,
    kind to @recipient, kind to the @recipient, kind with @recipient, good with @recipient,
    good with the @recipient, great with @recipient, great with the @recipient, brilliant with @recipient,
    brilliant with the @recipient, wonderful with @recipient, wonderful with the @recipient,
    amazing with @recipient, amazing with the @recipient, fantastic with @recipient,
    fantastic with the @recipient, sweet to @recipient, sweet with @recipient, sweet with the @recipient,
    gentle with @recipient, gentle with the @recipient, patient with @recipient, patient with the @recipient,
    warm with @recipient, caring with @recipient, so good with, marvellous with @recipient,
    asked how i was, asked how we were, asked how my, asked after my, waited for the answer,
    waited for my answer, took a real interest, showed an interest, took a genuine interest,

    [staff-attitude: negative]
    rude to @recipient, rude to the @recipient, short with @recipient, short with the @recipient,
    sharp with @recipient, sharp with the @recipient, curt with @recipient, curt with the @recipient,
    abrupt with @recipient, abrupt with the @recipient, snappy with @recipient, snippy with @recipient,
    off with @recipient, nasty to @recipient, nasty to the @recipient, horrible to @recipient,
    horrible to the @recipient, mean to @recipient, impatient with @recipient, impatient with the @recipient,
    dismissive of @recipient, dismissive with @recipient, condescending to @recipient,
    patronising to @recipient, patronizing to @recipient, cold with @recipient, cold towards @recipient,
    shirty with @recipient, stroppy with @recipient, arsey with @recipient, snotty with @recipient,
    offhand with @recipient, funny with @recipient,
    chatted to her @companion, chatting to her @companion, chatting with her @companion,
    chatted with her @companion, chatted to his @companion, chatting to his @companion,
    chatting with his @companion, chatted with his @companion, chatting to their @companion,
    chatting with their @companion, chatted to their @companion, talking to her @companion,
    talking to his @companion, chatted to each other, chatting amongst themselves,
    chatted amongst themselves, gossiped, nattering,
    barely looked at, hardly looked at, barely glanced at,
    barely acknowledged, hardly acknowledged, never looked at me,
    without looking at me, without even looking at me,
    a lecture, lectured, lecturing, lecture about, preachy, a telling off, told me off, told us off,
    telling off, a dressing down, sighed at me,
    judgy,
    looked less bothered, less bothered, could not have cared less,
    could not have looked less, looked less interested, less interested,
    following you round, following me round, following me around,
    following us around, watched me like a hawk,
    watching me like a hawk, watching us like a hawk,


    # round 16: sympathy is not a judgement ("the poor girl had to serve everyone"); bending over
    # backwards; people who are a lifeline
    [staff-attitude: positive]
    bend over backwards, bends over backwards, bending over backwards,


    [staff-attitude: negative]
    a nightmare to deal with, a pain to deal with, hard work to deal with,



    # round 16: help before being asked; getting rid of a customer; a box dumped; staff who had never seen
    # the thing before (knowledge)
    [staff-attitude: positive]
    without needing to ask,
    before i even asked, before we even asked, without prompting, unprompted,

    [staff-attitude: negative]
    could not get rid of me fast enough, could not get rid of us fast enough, could not get me out fast enough,
    could not get us out fast enough, wanted me out, wanted us out, dumped the box, dumped the parcel,
    dumped * in the rain, left * in the rain, chucked the parcel, chucked it over,


    # round 16: how customers are treated is the staff's attitude ("a brilliant way to treat a loyal customer")
    [staff-attitude: aspects]
    way to treat, the way they treat, how they treat, way they treat, how they treated, the way they treated,
    way they spoke to, the way they spoke to, how they spoke to, treatment of customers,


    # round 16: finishing a call or a chat before serving
    [staff-attitude: negative]
    finished his * call before, finished her * call before, finished their * call before,
    finished his conversation before, finished her conversation before, finished their conversation before,
    finished chatting before, finished his chat before, finished her chat before,


    # Round 17: indiscretion, being hurried, being made an imposition
    [staff-attitude: negative]
    for everyone to hear, for all to hear, for the whole * to hear, so everyone could hear,
    so the whole * could hear, loud enough for everyone to hear, loud enough for the whole,
    told me to hurry up, told us to hurry up, told me to get a move on, told us to get a move on,
    told me to be quick, told us to be quick, told me to speed up, hurried me along, hurried us along,
    such an imposition, a massive imposition, like an imposition,
    like i was an inconvenience, like we were an inconvenience, like i was a burden, like we were a burden

    # Round 17: being followed round as a suspect, selling after a no
    [staff-attitude: negative]
    follows you round, follows you around, followed you round, follow you round, following you round,
    following you around, followed us round, followed us around, following us round, following us around,
    even after i had said no, even after i said no, even after we said no, even after we had said no,
    even though i said no, even though we said no, after i had said no twice

    [staff-attitude: negative]
    like i was invisible, as if i was invisible, like we were invisible, as if we were invisible,
    like i was part of the furniture

    # 2026.12-9: brushing a customer off as someone else's business ("that's not my problem")
    [staff-attitude: negative]
    not my problem, not our problem, not my department, not our department, not my job, not our job,
    nothing to do with me, nothing to do with us, not my responsibility, not our responsibility,
    take it up with, above my pay grade

    # 2026.12-10: coldness towards people (not "cold as ice", which praises a drink); carrying on with
    # one's phone while a customer waits (not "kept texting", which is as often updates sent)
    [staff-attitude: negative]
    cold with me, cold with us, cold towards me, cold towards us, carried on texting,
    carried on scrolling

    # 2026.12-10: noticing the customer ("noticed I'd left most of it", "nobody noticed we were waiting") is
    # attentiveness; noticing a fault stays knowledge
    [staff-attitude: positive]
    noticed i, noticed we, noticed that i, noticed that we
    """#
}
