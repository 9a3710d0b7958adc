extension DefaultLexicon {
    /// Communication: being kept informed, called back, clear explanations, updates, listening.
    static let communication = #"""

    # ---------------------------------------------------------------- communication

    [communication: aspects]
    app, apps, website, portal, order status, status updates,
    communication, communications, comms, update, updates, information, info, explanation,
    explanations, letter, letters, email, emails, e mail, e mails, text, texts, text message,
    text messages, message, messages, voicemail, voicemails, phone call, phone calls, callback,
    callbacks, call back, follow up, response, responses, reply, replies, instructions,
    warning, warnings, notification, notifications, phone menu, phone menus, menu options,
    automated system, automated message, paperwork, leaflet, leaflets, contact, correspondence,
    terms and conditions, small print, wording, wordings, language, website information,
    confirmation, confirmation email, tracking, tracking information, rang, phoned, called,
    emailed, chased, listening

    [communication: needs]
    answer emails, answers emails, answering emails, answered emails, answer my emails,
    answering my emails, answered my emails, answer our emails, reply to emails, replying to emails,
    replies to emails, reply to my emails, respond to emails, responding to emails, answer letters,
    tell you, tells you, told you, get back to them, got back to them, get back to you, got back to you,
    tells them, told them,
    say what, said what, say when, said when, say how, said how, say where, said where, explain what, tell me what, tell us what, told me what, told us what,
    called, rang, phoned, contacted, emailed, told, informed, could * say, could say,
    update, updates, information, info, explanation, communication, contact, follow up, warning,
    word, news, confirmation, call, phone call, calls, callback, call back, reply, replies,
    response, responses, tell me, tell us, told me, tell anyone, tell them, told us, told anyone,
    mention, mentioned, warn, warned, warn us, warn me, inform, informed, inform us, inform me,
    let me know, let us know, contact me, contact us, contacted me, contacted us, notify, notified,
    explain, explained, answer my question, heard back, heard anything, heard from, hear back,
    hear from, get back to me, get back to us, got back to me, got back to us, ring me, ring us,
    call me, call us, rang me, rang us, called me, called us, email me, emailed me, emailed us,
    text me, texted me, say why, said why, tell me why, told me why, tell us why, told us why,
    been told, was told, were told, offer to find out,
    offered to find out, find out for me, keep me informed, keep us informed, keep me updated,
    keep us updated, kept me informed, kept us informed

    [communication: positive]
    showed * how to, show * how to,
    straight answer, a straight answer, straight talking,
    let me know * was ready, let us know * was ready, let me know * is ready, to say * was ready,
    to say * is ready, gave me a price before, gave us a price before, checked with me before,
    checked with us before, asked before going ahead, before going ahead, before doing anything ~0.6,
    before starting work ~0.6,
    revert, reverted, revert back, reverted back, informed * in advance, warned * in advance,
    let * know in advance, notified * in advance, well in advance, advance notice, plenty of notice,
    plenty of warning, good notice,
    send * text, send * email, send * message,
    send * update, send * reminder,
    rang * to say, called * to say, phoned * to say, texted * to say, emailed * to say, rang * to let,
    called * to let, phoned * to let,
    told exactly, told * exactly, tell * exactly, tells * exactly, wrote * down, wrote it down,
    write * down, written down, drew me a diagram, drew a diagram, drew * diagram, draw * diagram,
    showed me a picture, texted a photo, sent a photo, sent photos, sent me a photo, sent us a photo,
    texted * photo, rang when, called when, phoned when, texted to confirm, text to confirm,
    rang to confirm, called to confirm, emailed to confirm, texted me to confirm, emailed a summary,
    sent a summary, sent me a summary, text alerts, text alert, text reminders, alerts, so i could see,
    so i would understand, so i could understand, so we could understand, can actually hear,
    could actually hear, can hear us, could hear us,
    could tell me when, could tell us when, could tell me where, could tell us where, to remind me, to remind us, reminded me about, reminded us about, clear about what, clear about how, clear about when, clear on what, clear on how,
    texted to say, text to say, texted when, text when, called ahead, rang ahead, rang to say, called to say, phoned to say, emailed to say, sent a text, sent me a text, sent us a text, let us know when, let me know when,
    gave me a heads up, gave us a heads up, heads up, kept informed, kept updated, kept posted, let me know straight away, let us know straight away, let me know when, explained things, explained things clearly, easy to talk to, good listener, listened carefully, listened to my, listened to our, listened to what, answered every, returned my call, returned my calls, called me straight back, rang straight back, replied straight away, replied quickly, quick reply, quick response, prompt reply, prompt response, fast response,
    go through the options, go through all the options, talk through the options, explained the options, go through everything, went through everything,
    explained, explain, explaining, explains, explanation, clear explanation, clearly explained,
    explained clearly, explained everything, explained it all, in plain english, plain english,
    talked me through, talked us through, talk * through, walked me through, walked us through,
    went through * with me, went through * with us, go through * with me, go through * with us,
    gone through * with me, gone through * with us, go through * with my, go through * with our,
    kept * informed, kept * updated, kept * posted, kept * in the loop, keep * informed,
    keep * updated, keep * posted, in the loop, updated me, updated us, updated ~0.7,
    let me know, let us know, told me straight, told us straight,
    told me exactly, told us exactly, told me what, told us what, said exactly, was upfront,
    upfront, honest with, honest about, open and honest, transparent, came clean, come clean,
    rang back, rang me back, rang us back, called back, called me back, called us back,
    phoned back, phoned me back, call * back, ring * back, got back to me, got back to us,
    get back to me, came back to me, replied, replied quickly, responded, responsive,
    answered my questions, answered all my questions, answered our questions, answer * questions,
    answered * questions, took time to explain, listened, listen, listens, listener,
    actually listened, heard me out, took on board, took it on board, understood what i,
    left knowing, knowing exactly what, knew what was happening, knew what to expect,
    know what to expect, know what is happening, know what was happening, what was going on,
    made sense, easy to understand, understandable, communicated, communicative, good communication,
    great communication, excellent communication, kept in touch, stayed in touch, in touch,
    followed up, follow up call, checked back, reminder, reminders, text reminder,
    confirmation email, sent * confirmation, sent a confirmation, confirmed, warned us, warned me,
    told us in advance, let us know in advance, gave us notice, informative, helpful information,
    useful information, clear information, clear instructions, easy to follow, contacted me,
    contacted us, got in touch, were in touch, hear us, hear me, could hear, can hear, can * hear,
    understanding what, understanding why, i understood, we understood,
    explained why, explained what, explained how, demonstrated,
    put my mind at rest, put our minds at rest, reassured me ~0.5, speak to a human,
    speak to a person, talk to a person, talk to a human, speak to someone, real person,
    let me know, updates ~0.5, update ~0.3

    [communication: negative]
    got the runaround, the runaround, the run around, gave me the runaround, went round the houses,
    could not get a straight answer, can not get a straight answer, no straight answer, no joy ~0.6,
    take @long-time to reply, take @long-time to respond, take @long-time to get a reply,
    take @long-time to get a callback, take @long-time to get a call back, take @long-time to call back,
    take @long-time to get back to, take them @long-time to reply, take them @long-time to respond,
    take them @long-time to get back to, take them @long-time to call back,
    i did not understand, we did not understand, i could not understand, we could not understand,
    could not understand a word, did not understand a word,
    asked * times before,
    before anyone told, before anybody told, before someone told, if anyone had told,
    if someone had told, if anybody had told, if anyone had said, if someone had said,
    if anyone had mentioned, if someone had mentioned, if they had told, if they had said,
    if they had warned, had they told us, tell * after we had paid, told * after we had paid,
    told * after i had paid, after the fact, without asking ~0.7, emailed twice, emailed @number times,
    rang @number times ~0.7, called @number times ~0.7, phoned @number times ~0.7, emailed * times,
    @long-time to get a callback, @long-time for a callback, @long-time for a call back,
    @long-time to get a call back, @long-time for a reply, @long-time to reply,
    @long-time to get a reply, @long-time to respond, @long-time to hear back,
    @long-time for a response,
    still do not know, still does not know, i still do not know, we still do not know,
    still have no idea, still no idea, never found out, never did find out, found out * from,
    find out * from, finding out * from, found out on, found out via, learned from, learnt from,
    heard it from, heard from a friend, from twitter, on twitter, from facebook, on facebook,
    should have said, should have told, should have mentioned, should have warned,
    someone should have said, someone should have told, nobody tells, no one tells, nobody ever tells,
    in a language a normal person, language * normal person, not in plain english,
    over my head, went over my head, gone over my head, talked in riddles, talks in riddles,
    zero replies, no replies, zero response, zero responses, not a single reply, not one reply,
    automated reply, one automated reply, an automated reply,
    nobody said, no one said, nobody said anything, no one said anything, nobody thought to, no one thought to,
    unresponsive, uncommunicative, uncontactable, unreachable, ghosted, ghosting, left on read,
    made no sense, makes no sense, make no sense,
    passed me around, passed us around, passed * around, passed * from, bounced between, bounced around, pushed from pillar to post,
    had to repeat, had to repeat myself, repeat * times, complaint was ignored, complaint ignored, complaints ignored, ignored my complaint, ignored our complaint, complaint went unanswered,
    nobody answers emails, no one answers emails, never answer emails, left a message, left messages, left several messages, left voicemails, left a voicemail, no one calls back, nobody calls back, never call back, never rang back, never called me back, did not keep me informed, did not keep us informed, no heads up, without a heads up, out of date information, wrong information on, website said, website says, the website was wrong, told one thing, told one thing then another, told different things, different stories,
    wait * for a reply, wait * for a response, wait * for a call back, wait * for a callback, wait * for an answer, wait * for an update, wait * for news, waited * for a reply, waited * for a response, waited * for a call back,
    jargon, full of jargon, gobbledygook, confused, confusion, baffling, baffled,
    misleading, mislead, misled, mixed messages, conflicting information, contradicted,
    contradictory, contradicting, different story, different stories, different dates,
    different times, different information, different excuse, different excuses,
    different delivery dates, kept in the dark, left in the dark, in the dark, out of the loop,
    no idea what was going on, no idea what was happening, i had no idea, we had no idea,
    i did not know, we did not know, had to chase, chase, chasing, chased, chased up, chasing up,
    keep chasing, kept chasing, had to ring, had to keep ringing, kept ringing, had to call back,
    had to keep calling, had to phone, had to email, ignored my email, ignored my emails,
    ignored my calls, ignored my messages, ignored my letters, emails ignored, emails went unanswered,
    unanswered, went unanswered, never heard back, heard nothing, heard nothing back, silence,
    radio silence, no response, no reply, never replied, never responded, never returned my call,
    never returned my calls, never rang back, never called back, never got back to me,
    never got back, no one called, no one rang, nobody called, nobody rang, failed to call,
    failed to inform, failed to tell, failed to mention, forgot to tell, forgot to mention,
    did not bother to tell, without telling, without telling us, without telling me,
    without warning, without any warning, no warning, without notice, no notice, out of the blue,
    found out myself, had to find out, found out from, lack of communication, poor communication,
    bad communication, terrible communication, communication was poor, non existent communication,
    had to explain * to, had to explain, have to explain, having to explain, repeat myself,
    repeating myself, explain * again, explain my * again, explain * all over again,
    started from scratch, start from scratch, automated, robotic voice, press 1, press one,
    could not speak to a human, never got to speak, mumbled, mumbling, could not understand,
    hard to understand, impossible to understand, difficult to understand, unclear, vague,
    badly explained, poorly explained, not explained, never explained, no explanation,
    without explanation, without any explanation, nobody explained, no one explained,
    nobody could explain, no one could explain, could not explain, can not explain,
    nobody could say, no one could say, could not say why, nobody told, no one told, never told,
    not told, was not told, were not told, nobody mentioned, no one mentioned, never mentioned,
    nobody warned, no one warned, not warned, not informed, never informed, nobody informed,
    nobody contacted, no one contacted, never contacted, no phone call, no call, no calls,
    no updates, no update, no information, no info, no contact, no follow up, no confirmation,
    not once did anyone tell, did not listen, does not listen, never listen, never listened,
    not listening, would not listen, wouldn't listen, talked over me, talked over us,
    spoke over me, interrupted, kept interrupting, not understanding, came out not understanding,
    ring back confused, rang back confused, call back confused, promised to call, promised a call,
    promised to ring, promised to phone, said they would call, said they would ring,
    said they would phone, will definitely ring, will call you back, would call back,
    still waiting for * call, still waiting for * reply,
    still waiting for * response, still waiting for * callback, still waiting for * email,
    still waiting for * update, still waiting for * news, still waiting to hear,
    waiting for a call back, waiting for a callback, waiting for a reply, waiting for a response,
    waiting to hear back, fobbed off, passed from pillar to post, pillar to post,
    passed around, passed from one, kept being transferred, transferred, transferred again,
    nobody knew what was going on, nobody knows what is going on, no one knows anything,
    nobody knew anything about my, not clear, unclear letters,
    confusing letters, confusing letter, letter had the wrong, letters were wrong, wrong letter,
    wrong address on, wrong clinic, wrong date on, wrong time on, cancelled without,
    found out when, only found out, turned up to find, when i turned up,
    when we turned up, got nowhere, getting nowhere, went round in circles, going round in circles,
    round in circles

    [communication: positive-near]
    clear, clearly, quick, prompt, helpful, informative, constant, detailed, thorough,
    simple, plain, easy

    [communication: negative-near]
    different things, different answers,
    confusing, unclear, vague, wrong, conflicting, contradictory, late, slow, rare, rude,
    patronising, threatening, misleading, incorrect, full of jargon

    # round 13: calls to say something is ready or to check; never left wondering; reminders and
    # announcements; finding out from someone else; not allowed to tell
    [communication: positive]
    rang me the minute, rang the minute, rang me to check, rang us to check, rang * just to check, rang me * just to check, rang us * just to check,
    called * just to check, phoned * just to check, never left us wondering, never left me wondering, not left wondering,
    reminder texts, reminder text, text reminders, gave announcements, announcements every,
    regular announcements, texting about, tell you the date, explain any delay, explain the delay, explained the delay,
    explaining the delay,
    felt so well informed, felt well informed, kept well informed, in a way * could follow, explained exactly

    [neutral]
    # missed appointments, and a form's question, are not judgements
    no shows, no show, how clean was, how clean is, how clean were

    [communication: negative]
    found out from my neighbour, found out from a neighbour, found out from the, found out * from my,
    found out when, heard it from, not allowed to tell, are not allowed to tell, never rang,
    promised to ring * never did, promised to call * never did, then nobody turned up,
    nobody turned up

    # round 14: contact made as soon as something happens; replies straight and honest; clear about
    # things; updates not heard; announcements not made
    [class: contact]
    texted, emailed, rang, phoned, called, messaged, notified, rung

    [communication: positive]
    @contact me to confirm, @contact us to confirm, @contact me the day before, @contact us the day before,
    @contact me when, @contact us when, @contact me as soon as, @contact us as soon as,
    @contact me the second, @contact us the second, @contact him personally, @contact her personally,
    @contact me personally, @contact us personally, @contact me to let me know, @contact us to let us know,
    reminding me of, reminded me of my, reminded me about, sent a reminder, sent me a reminder,
    got a reminder, text reminder, reminder text, emailed a photo, sent a photo, straight answer, straight answers, honest answer, clear about,
    went through how to, talked * through, talk * through, @contact to say, @contact to let * know,
    wrote the @advice, wrote down the @advice, wrote * @advice on,

    [communication: negative]
    found out on facebook, found out on twitter, found out online, found out via, found out through,
    found out * on facebook, found out * on twitter, found out * online, heard about it on,
    broken promise, broken promises, clear as mud, spoke so fast, spoke too fast, talked too fast,
    talks too fast, speaks too fast, spoke very fast, talking so fast, spoke so quickly, spoke too quickly,
    answered none of, replied to none of, kept transferring me, kept transferring us, transferred me around,
    passed around, passed from department to department, had to call @number times, had to ring @number times, had to phone @number times,
    had to email @number times, had to chase @number times, had to chase them @number times,
    to translate them, to translate it, had to translate, needed translating

    [class: case]
    parcel, order, delivery, appointment, claim, case, repair, prescription, refund, application, booking,
    package, results, complaint, account

    [communication: positive]
    could tell me * my @case, could tell us * our @case, could tell me * our @case, could tell me what * my @case,
    could tell me when my @case, could tell me where my @case

    [communication: needs]
    hear a peep, heard a peep, a peep out of, announcements, announcement, heard whether, heard if, heard back, heard anything, heard a thing,
    heard from them, heard from anyone

    # round 15: updates by text or email saying so, summaries sent, checking the customer understood,
    # calling after every visit; no record of a call, no confirmation, no answer, having to chase, contact
    # repeated a number of times, terms nowhere in the contract
    [communication: positive]
    got a text * saying, got an email * saying, text saying, email saying, text to say, call to say,
    emailed me a summary, sent me a summary, explains what, explained what the, checked * understood,
    made sure * understood, ring me after every, rings me after every, call me after every

    [communication: negative]
    no record of, has no record, had no record, still no confirmation, no confirmation email,
    nowhere in the contract, not in the contract, nowhere on the website, took @number emails,
    took three emails, @number emails to get, had to chase

    [communication: negative]
    still have not had an answer, still not had an answer, still no answer, still had no answer,
    @contact @number times, @contact twice

    # round 15: a call-back within the hour or the same day is communication, not a wait; calling to say,
    # tell, explain or warn
    [communication: positive]
    @contact me back the same day, @contact us back the same day, @contact me the same day,
    @contact us the same day, @contact me within the hour, @contact us within the hour,
    @contact me back within, @contact me within, @contact us within, @contact * when they said they would,
    text me when they said they would, text me when they said, call me when they said they would

    [communication: positive]
    @contact to say, @contact to tell, @contact to let * know, @contact to explain, @contact to warn

    # round 16: updates at every stage, habitual texts and calls, notes nobody read, rhetorical questions
    # about listening, a status that was wrong, told after the fact, asking before doing extra work, being
    # told the same promise each time
    [communication: positive]
    texted * at every stage, emailed * at every stage, updated * at every stage, texted * at each stage,
    emailed * at each stage, updated * at each stage, rang * at every stage, called * at every stage,
    texted * every step, emailed * every step, updated * every step, kept * updated every step,
    they text me when, they text you when, they text us when, they email me when, they email you when,
    they ring me when, they ring you when, they call you when, they call me when, they phone you when,
    texts me when, texts you when, rings me when, rings you when, emails me when, emails you when,
    always text, always texts, always ring, always rings, always email, always emails,
    rang me before, called me before, rang before doing, rang me first, called me first,
    checked with me first, asked me first, asked before doing, ring them before,
    ring before doing, rang for approval, called for approval, cleared everything up, cleared it all up,
    cleared things up, explain what they are doing, explained what they were doing, explain what they do,

    [communication: negative]
    nobody read them, nobody read it, no one read them, no one read it, nobody had read, no one had read,
    did not read my, never read my, ignored my notes, ignored my request, ignored my requests,
    ignored the notes, did not read the notes, did she hear a, did he hear a, did they hear a,
    did she even hear, did he even hear, did they even listen, did she even listen, did he even listen,
    did anyone listen, did anyone even listen, was anyone listening, is anyone listening,
    does anyone listen, does anyone read, said delivered, says delivered, showing delivered,
    showed delivered, marked as delivered, marked delivered, shows delivered, showed as delivered,
    said it was delivered, says it was delivered, said it had been delivered,
    only told us after, only told us when, only found out when, only found out after,
    only mentioned it after, only mentioned it when, found out the cost after, only told us by email after,
    told us after, found out about * when, found out about * after, finding out about * when,
    mention * after * already, mentioned * after * already, every time i rang, each time i rang,
    every time i called, each time i called, every time i phoned, kept being told, kept getting told,
    without ringing, without calling first, without asking first, without checking with me,
    without checking with us, without consulting, extras i had never agreed, extras i never agreed,
    never agreed to, had not agreed to, without my permission, without our permission,
    without my consent, baffle, baffles, bewildering, incomprehensible, hard to follow,
    difficult to follow, impossible to follow, need a solicitor to read,


    # round 16: notice given or not before a change; signs are premises, not communication
    [communication: needs]
    notice, any notice, any warning,

    [neutral]
    confusing signs, confusing signage, signs are confusing, signs were confusing, signage is confusing,
    signage was confusing, went round in circles,


    # round 16: letting someone know is telling them ("nobody lets us know")
    [communication: needs]
    let them know, let you know, let people know, let customers know,
    let anyone know, let residents know, let patients know,


    [neutral]
    know my * was ready, know my * is ready, know it was ready, know it is ready, say my * was ready,
    say it was ready, say it is ready, say my * is ready, tell me * was ready, tell me it was ready,


    # round 16: a reply or update long after asking; finding out from social media or the news
    [communication: negative]
    @long-time after i asked, @long-time after i rang, @long-time after i emailed, @long-time after i called,
    @long-time after i complained, @long-time after asking, @long-time after i chased,
    found out * from facebook, found out * from social media,
    found out * on social media, found out * from the news, found out * on the news,
    found out * from twitter, from facebook that, on facebook that,
    on social media that,


    # round 16: explaining what went wrong (the explanation judges telling, not the fault)
    [communication: positive]
    explained what had gone wrong, explained what went wrong, explain what went wrong,
    explain what had gone wrong, explained what was wrong, explain what was wrong,
    told me what had gone wrong, told me what went wrong, told me what was wrong, showed me what was wrong,
    showed me what had gone wrong,


    # Round 17: contact the moment something happened, after every step, and regular reports
    [communication: positive]
    @contact me the moment, @contact us the moment, @contact me * the moment, @contact us * the moment,
    @contact my * the moment, @contact my * as soon as, @contact after every, @contact me after every,
    @contact us after every, @contact me twice on, @contact us twice on,
    an email every, a text every, emails every, texts every, a weekly email, a weekly update,
    weekly updates, an update every, updates every

    # Round 17: reasons given (negated: "nobody told us why"), messages about the customer's own case that never
    # came ("still no email about my refund"), a line where requests vanish, letters that finally make sense,
    # letters with the wrong details
    [communication: positive]
    told us why, told me why, tell us why, tell me why, telling us why, telling me why, explained why,
    to explain why, and explained why, finally make sense, finally makes sense, actually makes sense now
    [communication: needs]
    email about my, email about our, text about my, text about our, call about my, call about our,
    letter about my, letter about our, word about my, word about our, update about my, update about our
    [communication: negative]
    a black hole, like a black hole, into a black hole, letter gave the wrong, letter had the wrong,
    letter said the wrong, letter with the wrong, sent to the wrong address, sent me the wrong letter

    # 2026.12-10: going through each thing; confirmations; letters nobody can make head nor tail of (always
    # negated). Not "rang to check": most often the customer rang.
    [communication: positive]
    went through every, went through each,
    step by step ~0.7, confirmed by text, confirmed by email, make head nor tail, make head or tail

    # 2026.12-10: an explanation of nothing
    [communication: negative]
    explained nothing, explained absolutely nothing, told us nothing, told me nothing
    """#
}
