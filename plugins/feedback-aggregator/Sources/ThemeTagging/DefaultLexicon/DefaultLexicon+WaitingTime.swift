extension DefaultLexicon {
    /// Waiting time: queues, waits, speed of service, delays, turnaround, phone hold queues.
    static let waitingTime = #"""

    # ---------------------------------------------------------------- waiting-time

    # a length of time compared with the one promised in the comment
    [waiting-time: negative]
    been @overdue-time, @overdue-time later, took @overdue-time, after @overdue-time, over @overdue-time,
    more than @overdue-time, nearly @overdue-time, almost @overdue-time, @overdue-time on,
    @overdue-time and counting, @overdue-time and still,
    was @overdue-time, more @overdue-time, nearer @overdue-time, closer to @overdue-time

    [waiting-time: positive]
    in @kept-time, within @kept-time, took @kept-time, only took @kept-time, ready in @kept-time,
    done in @kept-time, back in @kept-time

    [waiting-time: aspects]
    take our order, take my order, to be served, to be seen, to be seated,
    wait, waiting, waiting time, wait time, waiting times, wait times, queue, queues, queuing,
    queueing, line, lines, delay, delays, turnaround, turnaround time, turn around, speed,
    response time, response times, on hold, hold music, hold time, hold times, held in a queue,
    phone queue, waiting list, wait list, backlog, lead time, queue times, times,
    drive through, drive through times, checkout, checkouts, service time, serving time, timing,
    appointment wait, delivery time, delivery times, journey time

    [waiting-time: problems]
    queue, queues, queuing, queueing, wait, waiting, delay, delays, hold up, hold ups, backlog,
    hanging around, standing around, waiting around, hanging about, line, lines

    [waiting-time: positive]
    in a tick, in two ticks, sharpish, in a trice, like lightning, timely, in a timely manner,
    timely manner,
    @service on the dot, arrived on the dot, turned up on the dot,
    before my parking ran out, before the parking ran out, before my parking expired,
    through after @short-time, answered after @short-time, after only @time, after just @time,
    had not even boiled, not even boiled, had not even finished,
    cut * from @time, down from @time, reduced * from @time, from @time to @short-time,
    from @time down to, down to @time, cut to @time, reduced to @time, brought down to @time,
    dropped to @time, fallen to @time, come round fast, comes round fast, arrived * early,
    turned up * early, @short-time early, before * boiled, before the kettle,
    before i had finished, before we had finished, before i could finish, before i had even,
    before we had even, had barely, had hardly,
    barely sat down, hardly sat down, barely got through the door, hardly got through the door, barely through the door,
    in a jiffy, in a flash, in a heartbeat, zippy, nippy ~0.7, pronto,
    @time early, @time earlier than promised, earlier than promised, barely had time to sit, hardly had time to sit, before we had even sat down, before i had even sat down, appointment the same week, seen the same week, within the week,
    done while i waited, done while you wait, fixed while i waited, while you wait,
    seen early, served early, seen before my appointment,
    in record time, lightning fast, super fast, super quick, really quick, done in no time, bang on time, right on time, dead on time, on schedule, ahead of time, arrived early, came early, the same day, within the hour, within the day, next day delivery, quick turnaround, fast turnaround, speedy turnaround, same day appointment, got an appointment the same day, seen on time, no hanging around, did not hang around, wasted no time, no waiting around, straight in, seen right away, dealt with quickly, sorted quickly, sorted in no time,
    get anyone on the phone, get someone on the phone, get anybody on the phone, get hold of anyone, get hold of someone,
    in under @time, in less than @time, under @short-time, less than @short-time,
    @service straight away, @service right away, @service immediately, @service instantly, @service promptly, @service quickly, @service * straight away, @service * right away, @service * immediately, answer the phone, pick up the phone, answer * phone, pick up * phone,
    quick, quickly, quicker, quickest, fast, faster, speedy, speedily, swift, swiftly, prompt,
    promptly, rapid, rapidly, efficient ~0.7, efficiently ~0.7, in no time, in no time at all,
    no time at all, within minutes,
    in minutes, on time, in good time, punctual, ahead of schedule, earlier than expected,
    sooner than expected, quicker than expected, faster than expected, same day, next day,
    that afternoon, that morning, that evening, the same afternoon, the same morning, the same day,
    in and out, walked straight in, went straight in, seen straight away, served straight away,
    seen immediately, served immediately, seen quickly, no waiting, barely waited, hardly waited,
    no wait, never waited, did not wait long, did not have to wait long, in @short-time,
    within @short-time, only @short-time, just @short-time, @short-time wait, waited @short-time ~0.5,
    took @short-time, only took @short-time, arrived within * @time, came within * @time,
    delivered within * @time, there within * @time, ready within * @time, back within * @time,
    fixed within * @time, done within * @time, replied within * @time, seen within * @time,
    answered within * @time, responded within * @time, before * finished, ready when promised,
    ready on time, ready when they said, ready ~0.5, get through on the phone, got through on the phone,
    get through to anyone, get through to someone, get through to a person, got hold of ~0.5,
    get hold of ~0.5, answered straight away, picked up straight away,
    answered quickly, always a free, plenty of free, flew by,
    moved quickly, moving quickly, moved fast, kept moving, service was quick, speedy service,
    fast service, quick service, whizzed through, zipped through, sailed through, no delay,
    without delay, without waiting, without a wait

    [waiting-time: negative]
    a month of sundays, till the cows come home, until the cows come home,
    take @long-time to reply, take @long-time to respond, take @long-time to get a reply,
    take them @long-time to reply, take them @long-time to respond,
    call back tomorrow ~0.7, ring back tomorrow ~0.7, ring tomorrow ~0.7, call back later ~0.7,
    try again tomorrow ~0.7, ring back later ~0.7,
    too much time, took a lot of time, takes a lot of time, taking a lot of time,
    take them @long-time, take us @long-time, take me @long-time, take him @long-time,
    take her @long-time,
    arrived after @long-time, came after @long-time, came out after @long-time,
    turned up after @long-time, @service after @long-time, answered after @long-time,
    got through after @long-time, no one came to take, nobody came to take, no one came over,
    nobody came over,
    until my parking ran out, till my parking ran out, until the parking ran out, parking had run out,
    parking had expired,
    still be stood, still be standing, still be waiting, still be sat, fight to get seen,
    fight to get an appointment, fight for an appointment, battle to get an appointment, days running,
    weeks running, go away for @long-time, away for @long-time,
    parking ticket ran out, meter ran out, @long-time * stood, @long-time * standing,
    @long-time * queuing, @long-time * queueing,
    not @service until, was not @service until, were not @service until, not * @service until,
    @long-time after my, @long-time after the, @long-time past my, @long-time to get,
    @long-time to be @service, @long-time to see, @long-time for an appointment, @long-time for a,
    @long-time for the, @long-time before anyone, @long-time before someone, @long-time before i was,
    @long-time before we were, queuing out, queueing out, queue out, queued out, queue back to,
    queues back to, queue * back to, queuing into, queueing into, queue into, queue stretched,
    queues stretched, queue stretching, queue snaking, queue snaked, drag on, drags on, still stood,
    still standing there, still sat there, still sitting there, still stood there,
    open a second, open another till, open more tills, one person on, only one person on,
    one person * on the, only one member of staff, only one on, ages to, forever to, an age to,
    before anyone came, before anybody came, before anyone took, before anybody took, before someone came, sat there like lemons, stood there like lemons, sat like lemons, stood like lemons,
    dawdle, dawdled, dawdling, dawdlers, interminable, glacial, at a snails pace, hours and hours, lengthy wait, lengthy waits, overrun,
    ran * behind, running * behind, @long-time behind, @long-time late, not ready until, was not ready until, did not get * back until, not back until, could not get served, can not get served, could not get anyone to serve,
    have to queue, had to queue, having to queue, have to wait ages,
    on hold since, waiting since, been waiting since, queuing since, queueing since, after @long-time on hold, after @long-time in the queue, after @long-time waiting,
    took an age, an age, ages and ages, all day, all morning, all afternoon, all evening, hours on end, half the day, half a day, still no sign of, did not turn up, turned up late, late again, running behind, overran, ran over, kept us hanging, kept me hanging, twiddling our thumbs, twiddling my thumbs, nobody came to serve, no one came to serve, nobody served us, waited to be served, waiting to be served, waited to be seated, waiting to be seated, took their sweet time, slow turnaround, no appointments for, could not get an appointment, can not get an appointment, waiting list, on the waiting list, months on the waiting list, weeks on the waiting list, only one till, one till open, only two tills, not enough tills, tills closed, not enough staff on, self checkouts * broken, self checkouts * break down, self checkouts * out of order, sat around, stood around for, hung around, waited around, waiting forever, took days, took weeks, took months, weeks to, months to, days to get,
    finally @service ~0.5, finally got ~0.5, finally turned up ~0.5, finally arrived ~0.5, finally answered ~0.5, finally got through ~0.5, when we finally ~0.5, when i finally ~0.5, finally seen ~0.5, finally served ~0.5,
    take more than @time ~0.7, wait more than @time ~0.7, have to wait more than @time ~0.7, delay ~0.7, delays ~0.7, delayed ~0.7,
    spent * @long-time,
    slow, slowly, slower, slowest, sluggish, snail pace, snails pace, at a snail, late, later than,
    delayed, overdue, behind schedule, running late, ran late, ages, forever, an eternity, eternity,
    took ages, took forever, took too long, took so long, took a long time, taken so long,
    taken that long, taking so long, taking forever, takes ages, takes forever, took a while ~0.7,
    waited ages, waited forever, waited hours, waited days, waited weeks, wait ages, for ages,
    for hours, for days, for weeks, hours later, days later, weeks later, months later,
    took @long-time, taken @long-time, takes @long-time, taking @long-time, waited @long-time,
    wait * @long-time, waiting * @long-time, @long-time wait, @long-time queue, @long-time on hold,
    on hold for, hold for @long-time, queued * @long-time, queuing * @long-time, queue * @long-time,
    @long-time in the queue, @long-time in a queue, @long-time in line, stood * @long-time,
    standing * @long-time, sat * @long-time, sitting * @long-time, stuck * @long-time,
    left * @long-time, kept * @long-time, ignore * @long-time, ignored * @long-time,
    nearly @long-time, almost @long-time, over @long-time, more than @long-time,
    @stressed-time ~0.8, had to wait, have to wait, having to wait, made to wait, made us wait,
    made me wait, kept waiting, kept * waiting, left waiting, left * waiting, left hanging,
    left standing, left sitting, keep * waiting, waited and waited, still waiting, been waiting,
    put on hold ~0.6, on hold again, there so long, here so long, in there so long,
    there for ages, there too long, been here ages, been there ages, too long, so long, way too long,
    too slow, by the time, cold by the time, eventually ~0.5, at last ~0.5,
    still not fixed, still not sorted, still not done, still not repaired, still not resolved,
    supposed to be ready, meant to be ready, was not ready, still not ready, never arrived,
    still has not arrived, still not arrived, yet to arrive, still no sign, no sign of, not turned up,
    going back and forth, back and forth, queue built up, queue builds up, queues build up,
    queue out the door, queue round the block, queue outside, queue down the street,
    queuing round the block, queueing round the block, missed our train ~0.5, missed my train ~0.5, missed my bus ~0.5,
    took their time, taking their time, took his time, took her time, dragged on, dragging on,
    crawled, crawling, painfully slow, hanging on the phone, on the phone for @long-time,
    waiting for ages, queue was huge, massive queue, huge queue, enormous queue, long queue,
    long queues, long wait, long waits, long delay, long delays

    [waiting-time: positive-near]
    straight away, right away, immediately, instantly, at once, in seconds,
    short, shorter, shortest, small, smaller, moving, down, way down, gone down, come down,
    came down, reduced, halved, cut, dropped, fallen, minimal, tiny, non existent, manageable,
    reasonable, acceptable, better, improved, faster, quicker, no time

    [waiting-time: negative-near]
    excessive,
    after @long-time,
    for @long-time, @long-time, hang up, hung up, gave up, give up, walked out, walk out,
    long, longer, longest, endless, never ending, huge, massive, enormous, big, built up,
    building up, gone up, went up, go up, going up, doubled, tripled, increased, risen, rising,
    growing, crawling, dragged, dragging, longer than,
    out the door, round the block, stretched, not moving, did not move, static

    # round 13: lists one joins are not waits; the whole of a part of the day; one counter open;
    # time spent listening to hold music; a queue just to get in
    [neutral]
    on a waiting list, waiting list for, name on the waiting list,
    on a wait list, on the wait list

    [waiting-time: negative]
    past the date they promised, past the promised date, past the date, after the promised date,
    the entire afternoon, the entire morning, the entire day, the entire evening, the whole afternoon,
    the whole morning, the whole day, for ever, waited for ever, queued for ever,
    @long-time listening to, @long-time of hold music, @long-time on hold,
    only one window open, only 1 window open, only one till open, only 1 till open, only one counter open,
    one till open, one window open, only one desk open, only one checkout open,
    a queue to get in, queue to get in, another queue, queue for ages, queue for a lane, queue reaches,
    queue reached, queue goes back, queue went back

    # round 14: a wait that did not take long (a problem negated); people ahead of the customer;
    # ending up in a queue; being put on hold again and again; the day promised
    [waiting-time: aspects]
    how long it took, how long it takes, how long it is taking, how long they took, how long it all took

    [waiting-time: problems]
    take long, took long, taking long, takes long, hang around, hang about, person in front of,
    people in front of, anyone in front of, nobody in front of

    [waiting-time: negative]
    kept putting * on hold, keep putting * on hold, kept putting me on hold, put on hold again,
    end up queuing, ends up queuing, ended up queuing, end up queueing, end up waiting, ends up waiting,
    ended up waiting, nobody came for, no one came for, nobody came out for, no one came out for,
    nobody came over for, no one came over for, still not @service, still was not @service,
    still had not been @service, not @service till, was not @service till, were not @service till,
    not * @service till, still nothing on, still nothing by, spent my lunch break, spent my whole lunch break,
    spent my entire lunch break, spent half my lunch break, spent most of my lunch break, still has not been @service, still not made up, on hold with * since,
    one person serving, only one person serving, one person working, only one person working,
    only one member of staff serving, @number attempts to get through, gave up and went home, gave up and left, gave up waiting, gave up queuing

    [waiting-time: positive]
    on the day promised, on the promised day, on the day they promised, on the day they said,
    when they said they would, saw us within, saw me within, saw him within, saw her within

    # round 15: a wait still counting; a queue reaching past a landmark; later than planned; not ready
    # till gone an hour; answered on the first ring; out within a time
    [waiting-time: negative]
    @time and counting, queueing past, queuing past, queued past, queue past, queue * past the,
    later than planned, later than booked, later than agreed, later than arranged

    [waiting-time: positive]
    first ring, on the first ring, second ring, on the second ring

    [waiting-time: negative]
    till gone, until gone, not ready till, was not ready till, were not ready till

    [waiting-time: positive]
    out within * @time

    # round 16: comparisons of length ("took longer than the appointment"), a length of time for a task or for
    # something that should take less, sitting or standing there for a long time, places in a queue, lines
    # engaged, hard to get through, queues out of the door, turnaround given as a length of time after a
    # verb of completion, being squeezed in
    [waiting-time: negative]
    took longer than, takes longer than, take longer than, taking longer than, taken longer than,
    took more time than, takes more time than, took twice as long, takes twice as long, twice as long as,
    three times as long, took longer to, takes longer to,
    @long-time to change, @long-time to fix, @long-time to do, @long-time to sort, @long-time to process,
    @long-time to swap, @long-time to replace, @long-time to check, @long-time to book, @long-time to renew,
    @long-time to open, @long-time to print, @long-time to find, @long-time to answer, @long-time to collect,
    @long-time to issue, @long-time to hand over, @long-time just to, @long-time to make, @long-time to ring,
    @long-time to pour, @long-time to serve, @long-time to post, @long-time to return,
    for something that should take, for something that should only take, for a job that should take,
    for a job that should only take, what should have taken, should have taken @short-time,
    that should take @short-time, should only take, an extra @long-time,
    sat there @long-time, sat there for @long-time, stood there @long-time, stood there for @long-time,
    sitting there @long-time, sitting there for @long-time, standing there @long-time,
    standing there for @long-time, there @long-time, there for @long-time, been there @long-time,
    in reception for @long-time, in the lobby for @long-time, in the waiting room for @long-time,
    sit in reception for, sat in reception for, sitting in reception for, in the lobby till,
    in reception till, in the waiting room till, sitting in the lobby, sat in the lobby,
    @ordinal in the queue, @ordinal in line, @ordinal in the phone queue, number @number in the queue,
    @number people ahead, @number people in front, @number in front of me,
    engaged tone, always engaged, constantly engaged, permanently engaged, line is engaged,
    line was engaged, line engaged, phone is engaged, phone was engaged, either engaged, just engaged,
    engaged all morning, engaged all day, the line is engaged, number engaged,
    hard to get through, difficult to get through, impossible to get through, never get through,
    struggle to get through, struggled to get through, hard to get hold of, impossible to get hold of,
    difficult to get hold of, near impossible to get through, a nightmare to get through,
    queue * out the door, queue * out of the door, queue * onto the pavement, queue * down the street,
    queue * round the block, queue * out into, queues * out the door, line * out the door,
    line * round the block, goes out the door, went out the door, goes right out the door,
    out into the street, out onto the pavement, onto the pavement,
    appointments are @time out, @time out for appointments, booked up for @time, fully booked for @time,
    no appointments for @time, next appointment is in @time, next available appointment, earliest appointment,
    have to book @time ahead, have to book days ahead, have to book weeks ahead, book weeks in advance,
    waiting for their keys, waiting for our keys, waiting for my keys, waiting for the room,
    rooms are not ready, room was not ready, room was not ready until, room not ready,

    [waiting-time: positive]
    back with me in @time ~0.8, back to me in @time ~0.8, arrived in @time ~0.6, delivered in @time ~0.6,
    done in @time ~0.7, fixed in @time ~0.7, sorted in @time ~0.7, repaired in @time ~0.7,
    replaced in @time ~0.7, ready in @time ~0.6, opened in @time ~0.7, processed in @time ~0.7,
    approved in @time ~0.7, installed in @time ~0.7, came through in @time ~0.6, fitted in @time ~0.7,
    turned round in @time ~0.7, turned around in @time ~0.7, replaced within @time, fitted within @time,
    had it opened in @time, had it done in @time, had it sorted in @time, had it fixed in @time,
    had it ready in @time, was done in a day, done in a day, done within a day, done in a morning,
    done in an afternoon, squeezed me in, squeezed us in, squeezed him in, squeezed her in, fitted me in,
    fitted us in, fit me in, fit us in, managed to fit me in, managed to fit us in, got me in the same,
    got me in that, got us in the same, got us in that, seen that day, saw me that day, saw us that day,
    in half the time, in a fraction of the time, in no time flat, in next to no time,

    [class: ordinal]
    fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth,
    sixteenth, seventeenth, eighteenth, nineteenth, twentieth, thirtieth, fortieth, fiftieth,


    # round 16: the best part of a long time, standing behind someone, ringing for a long time, a few
    # minutes to get served, never rammed, "always a * free"
    [waiting-time: negative]
    the better part of @long-time ~0.8, there the best part of,
    stuck behind, standing behind, stood behind, queued behind, queuing behind, waiting behind,
    waited behind, ringing for @long-time, rang for @long-time, calling for @long-time,
    phoning for @long-time, holding for @long-time,
    @time to get served, @time to be served, @time to get seen, @time to be seen, can take @time to get,
    it can take @time,

    [waiting-time: problems]
    rammed, crowds, crowded, overcrowded, overcrowding, heaving, packed out,

    [waiting-time: positive]
    always a * free, always * free, rack free, machine free, bench free,


    # round 16: a queue that does not move, time less than expected, waiting with words between
    # ("waited in the cold for twenty minutes"), time on hold, phones nobody answers
    [waiting-time: negative]
    barely moved, hardly moved, did not move, never moved, not moving, was not moving, did not budge,
    not budging, did not shift, at a standstill, standstill, at a crawl, crawled along,
    inched forward, inching forward, inched along, inching along,
    waited * for @long-time, waiting * for @long-time, queued * for @long-time, queuing * for @long-time,
    stood * for @long-time, sat * for @long-time, another @long-time on hold,
    another @long-time in the queue, another @long-time waiting,
    nobody picked up, no one picked up, nobody answered, no one answered, nobody answers, no one answers,
    nobody picks up, no one picks up, never picks up, never picked up, rang out, rings out,
    rang and rang, rings and rings, just rang out, went unanswered, goes unanswered,

    [waiting-time: positive]
    took less time than, takes less time than, took less time, less time than expected,
    less time than i expected, less time than we expected, less time than i thought,
    shorter than expected, shorter than i expected, shorter than we expected, shorter than i thought,


    [waiting-time: negative]
    how long it took, how long it takes, how long they took, how long we waited, how long i waited,
    how long we had to wait, how long i had to wait,


    [waiting-time: positive]
    did not take * long, does not take * long, never takes * long, never took * long, did not take long,
    does not take long, never takes long, never took long,


    # round 16: time spent waiting named as a noun ("the hour I spent sat there")
    [waiting-time: negative]
    hour we spent sat, hour we spent sitting, hour we spent waiting, hour i spent sat, hour i spent sitting,
    hour i spent waiting, hours we spent sat, hours we spent waiting, hours i spent waiting,
    hours i spent on hold, hour i spent on hold, hour spent waiting, hours spent waiting, hours spent on hold,
    hour spent on hold, hour spent queuing, hours spent queuing, @time spent waiting, @time spent on hold,
    @time spent queuing, @time we spent waiting, @time i spent waiting, @time i spent on hold,
    @time we spent sat, @time i spent sat,


    # round 16: a length of time and still nothing
    [waiting-time: negative]
    @long-time and still no, @long-time and still nothing, @long-time and still waiting, @long-time later and still,
    still no food, still no drinks, still not served, still waiting for our food, still waiting for our drinks,


    [waiting-time: negative]
    finished his * call before ~0.8, finished her * call before ~0.8, finished their * call before ~0.8,
    finished his conversation before ~0.8, finished her conversation before ~0.8,
    finished their conversation before ~0.8, finished chatting before ~0.8,


    [waiting-time: negative]
    queued longer, queuing longer, queueing longer, waited longer, waiting longer, stood longer, sat longer,
    spent longer * than, spent more time * than, on hold longer, in the queue longer, in the waiting room longer,


    # Round 17: turnaround told as being back in use, calls answered within a few rings, a task done "flat"
    [waiting-time: positive]
    back on the road in @time, back on the road within @time, back on the road the same day,
    back on the road same day, back up and running in @time, up and running in @time,
    up and running within @time, in @time flat,
    on the first ring, first ring, second ring, on the second ring, in @number rings, within @number rings,
    after @number rings, in a couple of rings, within a couple of rings, in two rings, in three rings,
    within two rings, within three rings, in one ring

    # Round 17: bags and cases last or first off the belt
    [waiting-time: negative]
    last off the belt, last bags off, last bag off, last ones off the belt, last off the carousel,
    last to come off, last onto the belt, last on the carousel
    [waiting-time: positive]
    first off the belt, first bags off, first bag off, first off the carousel, first to come off

    # Round 17: a delay told as "a full nineteen hours later"
    [waiting-time: negative]
    @stressed-time later, @stressed-time late

    [waiting-time: negative]
    last @number off the belt, last @number off, the last @number off

    # 2026.12-10: done in the time of an errand
    [waiting-time: positive]
    while i nipped, done while i nipped, while i popped, done while i popped
    """#
}
