extension DefaultLexicon {
    /// Knowledge: staff competence, knowing the product or the answer, expertise, accurate advice.
    static let knowledge = #"""

    # ---------------------------------------------------------------- knowledge

    [knowledge: aspects]
    knowledge, product knowledge, expertise, know how, advice, advise, training, diagnosis,
    competence, skill, skills, judgement, recommendation, recommendations, guidance,
    technical knowledge, understanding of

    [knowledge: needs]
    knowledge, expertise, training, clue, a clue, advice, idea, an idea, competence

    [knowledge: positive]
    had an answer, had the answer, had answers, always had an answer, had an answer to,
    work out what * wrong, figure out what * wrong, work out the problem, figure out the problem,
    work out the fault, figure out the fault,
    spotted * issue, spotted * problem, spotted * fault, spotted * signs, spotted early,
    spotted something, found * problem, found * fault, found * issue, found a problem, would trust them,
    would trust him, would trust her, trust them to, trust them with, trust him with, trust her with,
    know * better than anyone, knows * better than anyone, know * machines, knew * rabbits, knew * cars,
    can tell customers, could tell customers, can tell you which, could tell me which, knew which,
    could tell * which, can tell * which, told * how to, told * how long to, told * which * to,
    advised * how to, advised * which,
    knows which, know which, knew exactly which, knew exactly what, answered it before,
    before i had finished the sentence, knew the answer before,
    know * inside out, know * like the back of, knew their onions, knows their onions, knows her onions, knows his onions, sound knowledge, good knowledge, great knowledge, in depth knowledge,
    found the cause, traced the fault, traced the problem, tracked down the fault, tracked down the problem, got to the bottom of, worked out what was wrong, figured out what was wrong, had an answer for everything, had all the answers,
    double checked, double check, checked everything, checked my medication, checked my medicines, checked my other medicines, checked my history, checked my records, checked my notes,
    knew the answer straight away, expert advice, gave good advice, steered me towards, steered us towards, talked me out of, pointed me in the right direction, recommended a better, really knows, knows her stuff, knows his stuff, knows their stuff, knew their products, knows the products, product knowledge, clearly knew, obviously knew, went straight to the problem, diagnosed it,
    spotted that, spotted it, spotted straight away,
    knowledgeable, knowledgeably, know, know his stuff, know her stuff, know their stuff,
    know what * doing, know what * talking about, know exactly, know the answer,
    know the answers, know straight away, know immediately, know the rules, know the product,
    know the products, know the system, know all about, know everything, know a lot, know loads,
    know their way around, know every, expert, experts, an expert, clued up, clued on, well informed,
    well trained, well versed, competent, competently, capable, skilled, skilful, skillful,
    experienced, qualified, diagnosed, diagnose, found the fault, found the problem,
    found the issue, spotted the problem, spotted the fault, spotted straight away,
    identified the problem, pinpointed, understood the problem,
    understood the issue, understood my problem, understood what i needed, understood what we needed,
    right advice, gave the right, recommended * right, recommended exactly, recommended just,
    on her advice, on his advice, on their advice, her advice, his advice, could answer, can answer,
    able to answer, answered every question, knew the answer, could tell me, could tell us,
    can tell you, knew what, on the ball, savvy, switched on, right first time, got it right,
    useful advice, sound advice, expertly, professional advice, thorough ~0.7, thoroughly ~0.7,
    meticulous, genius, whizz, wizard, clever,
    knows, knew her stuff, knew his stuff, knew their stuff, knew what he was doing,
    knew what she was doing, knew what they were doing, talented, trained, well qualified

    [knowledge: negative]
    has not got a clue, had not got a clue, amateur hour, not the sharpest,
    had to call someone ~0.7, had to phone someone ~0.7, had to ring someone ~0.7,
    keep asking, ask * colleague ~0.7, ask * manager ~0.6, ask * supervisor ~0.6,
    check with * colleague ~0.7, check with * supervisor ~0.6, fetch a supervisor ~0.6,
    fetching a supervisor ~0.6,
    not broken in the first place, nothing wrong with it in the first place, did not need replacing,
    did not need doing, did not need changing, had to explain to * how, had to explain * how,
    had to show * how, had to tell * how, had to ring someone to ask, had to phone someone to ask,
    had to call someone to ask, ring someone to ask, muppets, muppet, total muppets,
    missed the problem, missed the fault, missed something, wrong form, the wrong form,
    wrong forms, wrong regulation, wrong rule, wrong rules, quoted the wrong, nobody knows anything,
    we can not tell them, can not tell them where, do not know where anything,
    look like we do not know,
    seemed unsure, was unsure, were unsure, unsure what, unsure how, winging it, flustered ~0.6, no knowledge, little knowledge, limited knowledge, basic knowledge ~0.6,
    do not know how to, did not know how to, does not know how to, no training, nobody trains, no one trains,
    had to ask someone ~0.7, had to ask somebody ~0.7, had to ask a manager ~0.7, had to ask the manager ~0.7, had to ask someone else ~0.7,
    had to check with head office, had to ask head office, did not have the faintest, not the faintest, had not a clue, gave me wrong info, gave me the wrong info, wrong info, sent me to the wrong, sent us to the wrong, still learning, did not know the answer, could not give me an answer, could not give an answer, did not know what they were talking about, no product knowledge, knew less than me, knew less than i did, misinformation, misinformed me, misadvised, wrongly advised, told me the wrong, told us the wrong, gave incorrect,
    clueless, incompetent, incompetence, inexperienced, untrained, ill informed, misinformed,
    know nothing, knew nothing, knows nothing, knew absolutely nothing, know absolutely nothing,
    knows absolutely nothing, knew next to nothing, knows next to nothing, no idea, had no idea, have no idea, has no idea,
    not a clue, no clue, not have a clue, had not a clue, have not got a clue, without a clue,
    had to google, had to google it, googled it, googling, look * up, looked * up, looking * up,
    look it up, had to look it up, ask a colleague, asked a colleague, asks a colleague,
    ask another colleague, ask someone else, asked someone else, ask the manager, asked the manager,
    check with a colleague, checked with a colleague, check with the manager,
    keep checking, kept checking, had to keep checking, had to check with, wrong advice, bad advice, poor advice,
    incorrect advice, gave me the wrong, gave us the wrong, gave the wrong, gave me wrong, got it wrong,
    wrong information, incorrect information, wrong answer, wrong answers, different answers,
    different answer, different things, conflicting advice, contradictory advice,
    conflicting answers, made a mistake, made mistakes, guessing, guessed, guesswork,
    making it up, made it up, out of their depth, out of his depth, out of her depth, not trained,
    poorly trained, badly trained, needs more training, need more training, needed training,
    lack of knowledge, lack of training, read from a script, reading from a script,
    reads from a script, wrong medication, wrong prescription, wrong strength, wrong dose,
    wrong tablets, wrong part, wrong parts, misdiagnosed, misdiagnosis, wrong diagnosis, clueless,
    useless advice, amateurs, cowboys, cowboy, bodge, bodged, bodge job, botched job,
    does not know, did not know, could not answer, can not answer, could not tell me,
    no one knew, nobody knew, no one could answer, nobody could answer, had no clue,
    haven't a clue, have not a clue, did not seem to know, seemed to know nothing,
    did not understand, did not understand the problem, misunderstood,
    not a clue what

    [knowledge: positive-near]
    spot on, accurate, correct, helpful, sound, useful, expert, right, clear

    [knowledge: negative-near]
    wrong, incorrect, conflicting, contradictory, inaccurate, misleading

    # round 13: asking others for the answer; finding what others missed; never giving wrong advice
    [neutral]
    # customers asking for someone by name praise them; the reason that follows says for what
    keep asking for @name, keeps asking for @name, kept asking for @name, asking for @name by name, ask for @name by name, asked for @name by name, ask for him by name,
    ask for her by name, asking for him by name, asking for her by name

    [knowledge: negative]
    had to go and ask, had to ask * people, ask three different people, ask @number different people,
    asked @number different people, had to check with, had to ask someone, had to ask a colleague,
    did not seem to know, does not seem to know, did not appear to know, can not even unlock,
    told me something different, told us something different, a different answer each time,
    a different story each time, something different each time, gave * wrong advice, wrong dosage advice, wrong advice

    [knowledge: positive]
    never steered us wrong, never steered me wrong, never steer you wrong, steered us right,
    spotted the, spotted straight away, spotted it, found the fault that, found the problem that,
    found the * that, others missed, other practices missed, other garages missed, two other * missed,
    knew my history, know * inside out, knows * inside out, the only one who can actually,
    know there stuff, knew there stuff, knows there stuff, know their stuff, knew their stuff,
    knows their stuff, knew his stuff, knew her stuff, knows his stuff, knows her stuff

    # round 14: noticing what matters; wrong or conflicting information about a medicine, dose or rule;
    # knowing by heart; advice corrected by someone who knows
    [class: advice]
    pills, medication, medicine, medicines, dose, doses, dosage, dosages, tablets, drug, drugs, advice,
    information, info, answer, answers, instructions, prescription, diagnosis, figures, timetable, rules,
    directions, details

    [knowledge: positive]
    she was right, he was right, they were right, was absolutely right, noticed, spotted, picked up on, by heart, off by heart, knew * by name, knows * by name, new her stuff,
    new his stuff

    [knowledge: negative]
    wrong @advice, the wrong @advice, two different @advice, different @advice on, the wrong thing to do,
    exactly the wrong thing, reading off a script, read off a script, reads off a script, not how that works, not how it works, that is wrong, that was wrong,
    turns out that is wrong, turned out to be wrong, turns out they were wrong, was wrong about,
    were wrong about

    # round 15: knowledge shown by deeds and outcomes: looking it up, double-checking, being proved right;
    # having to go and ask a manager, insisting on what was wrong, the fault that was actually another
    [knowledge: positive]
    turned out to be true, turned out to be right, turned out * right, double check,
    knew exactly what to do, knew exactly what, knew what * was doing

    [knowledge: negative]
    had to go and ask, had to go and find, go and ask * manager, had to ask * manager, did not know either,
    insisted it was, insisted that it was, was actually the, it was actually, had never seen * before

    # round 16: knowing less than the customer, guessing, wrong items and someone else's order, coaching
    # that corrects technique, training as it shows in what staff know
    [knowledge: negative]
    knew less, knows less, know less, knew even less, knows even less, knew no more than,
    know no more than, knows no more than, no more idea than, no more clue than, less idea than,
    honestly guessing, just guessing, were guessing, was guessing, are guessing,
    making it up as, made it up as, sold me the wrong, given the wrong,
    handed me the wrong, fitted the wrong, ordered the wrong, wrong size, wrong model,
    wrong item, wrong medicine, wrong dosage,
    wrong pills, a different model, completely different model, somebody else,
    someone else bag, somebody else bag, someone else prescription, somebody else prescription,
    someone else medication, somebody else medication, another patient, another customer order,
    no proper training,
    needs training, need training, had no training,
    should train, train the staff, train their staff, train staff properly,

    [knowledge: positive]
    fixed my form, corrected my form, fixed my technique, corrected my technique, sorted my technique,
    sorted out my technique, sorted my form, tweaked my technique, tweaked my form, adjusted my form,
    corrected my posture, fixed my posture, picked up early, caught it early, spotted it early,
    found early signs, early signs of, properly trained, fully trained, highly trained,
    proper training, trained up,


    # round 16: knowing how to as seemed, coaching technique with a word between, stock advice
    [knowledge: positive]
    seem to know how to, seemed to know how to, seem to know what, seemed to know what,
    fixed my * form, corrected my * form, fixed my * technique, corrected my * technique,
    know it by heart, knew it by heart,

    [knowledge: negative]
    turn it off and on again, turned it off and on again, turn it off and back on, switch it off and on again,
    switched it off and on again, tried turning it off and on, out of date advice, outdated advice,
    out of date information, outdated information, out of date info,

    [knowledge: negative-near]
    out of date, outdated, obsolete, old fashioned,


    [knowledge: negative]
    have you tried turning it off, have you tried restarting, tried restarting it, try restarting it,
    just restart it, have you tried switching it off,


    [knowledge: negative]
    fits a * different model, fits a different model, for a * different model, for a different model,
    meant for a different, made for a different, fits another model, for another model,
    fits a different phone, for a different phone, for the wrong phone, for the wrong car,


    [knowledge: negative]
    had obviously never seen, had clearly never seen, never driven one, never worked on one,
    never worked on a, never fitted one, never fitted a,


    # round 16: finding the fault a visit was for
    [knowledge: positive]
    found the leak, tracked down the leak,
    traced the leak, located the leak, found where the leak, spotted the leak, pinpointed the problem,
    pinpointed the fault, pinpointed the leak, found the source of,


    [knowledge: negative]
    look * up on her phone, look * up on his phone, look * up on their phone, looked it up on her phone,
    looked it up on his phone, googled it on her phone, googled it on his phone,


    # round 16: being right, after "and he"/"and she" has opened the clause
    [knowledge: positive]
    was right ~0.8, were right ~0.8, was spot on, were spot on, was dead right,
    was totally right, were absolutely right, was proved right, were proved right, proved right,


    # Round 17: telling one thing from another (negated: "can't tell a lease from a freehold")
    [knowledge: positive]
    tell a * from a, tell an * from a, tell a * from an, know a * from a, knows a * from a,
    knew a * from a

    # Round 17: advice a second professional contradicts, or that turned out untrue
    [knowledge: negative]
    which the * said is completely wrong, which the * said was completely wrong, which the * said is wrong,
    which the * said was wrong, which the * says is wrong, which the * says is completely wrong,
    which the * told us was wrong, which the * told me was wrong, which turned out to be untrue,
    which turned out to be rubbish, which turned out to be nonsense, which was completely wrong,
    which was totally wrong, which was utter rubbish

    # 2026.12-10: advice given in the present; understanding a subject better than others do
    [knowledge: positive]
    tell * how to, tell * which * to, understood * better than, understand * better than,
    understands * better than
    """#
}
