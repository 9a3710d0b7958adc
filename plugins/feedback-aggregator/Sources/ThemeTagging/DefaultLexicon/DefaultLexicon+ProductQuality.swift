extension DefaultLexicon {
    /// Product quality: the goods, the food, or the outcome of the service itself; durability.
    static let productQuality = #"""

    # ---------------------------------------------------------------- product-quality

    [class: facility]
    machine, screens,
    lift, lifts, elevator, escalator, door, doors, gate, barrier, light, lights, streetlight,
    streetlights, dryer, dryers, till, tills, checkout, checkouts, kiosk, kiosks, ramp, heating,
    radiator, lock, locker, lockers, meter, meters, atm, cashpoint, website, app, system, systems,
    machines, printer, toilet, toilets, vending, tannoy, phones, lines

    [product-quality: aspects]
    battery, battery life, picture quality, sound quality, screen, performance, suction,
    quantity, portion size, portion sizes,
    grub, scran, nosh, lamb, beef, pork, salmon, prawns, pie, pies, risotto, omelette, toast, waffles, pancakes, kebab, stew, lasagne, fry up, roast dinner, own brand,
    condition,
    food,
    meal, meals, dish, dishes, dinner, lunch, breakfast, brunch, supper, starter, starters,
    main, mains, main course, dessert, desserts, pudding, puddings, portion, portions, drink,
    drinks, coffee, coffees, tea, latte, cappuccino, espresso, flat white, hot chocolate, beer,
    beers, ale, wine, cocktail, cocktails, pint, pints, sandwich, sandwiches, burger, burgers,
    chips, fries, pizza, pizzas, pasta, steak, roast, carbonara, curry, soup, salad, bread,
    sourdough, cake, cakes, pastry, pastries, croissant, croissants, scone, scones, biscuit,
    biscuits, chicken, fish, eggs, bacon, sausage, sausages, sauce, sauces, gravy, yorkshire,
    yorkshire puddings, veg, vegetables, fruit, produce, meat, cheese, sushi, noodles, rice,
    ice cream, chocolate, sweets, snacks, cuisine, cooking, flavour, flavours, taste, menu items,
    product, products, item, items, goods, range, quality, standard, standards, build quality,
    workmanship, work, job, the job, repair, repairs, the repair, fix, the fix, haircut, hair cut,
    cut, colour, style, treatment, treatments, massage, manicure, nails, facial, room, rooms,
    hotel room, bed, beds, mattress, pillow, pillows, wifi, wi fi, internet, broadband,
    connection, signal, tv, car, engine, brakes, clutch, gears, tyres, boiler, washing machine,
    dishwasher, fridge, freezer, oven, cooker, appliance, kettle, laptop, phone handset, handset,
    sofa, cushion, cushions, furniture, chair, wardrobe, kitchen units, handle, lid,
    jacket, coat, shoes, trainers, boots, clothes, clothing, dress, shirt, jeans, trousers,
    outcome, result, results, bin collection, installation, fitting, decorating,
    paintwork, paint job, plumbing, wiring, finish, material, fabric, equipment, glasses, lenses,
    frames, prescription glasses, hearing aid, dentures, filling, crown, operation, procedure,
    flowers, bouquet, order, machine, servicing, valet, car wash, cleaning service, the work,
    their work, his work, her work, what they did, the product, the goods, coffee machine,
    drinks machine

    [product-quality: positive]
    up to the mark,
    quality there, the quality there, baked on site, made on site, made fresh, baked fresh,
    made in house, cooked fresh, freshly prepared,
    fit properly, fits properly, fitted properly, fit correctly, works properly, work properly,
    working properly, worked properly, quality is there, the quality is there, quality was there,
    still going, keep going, keeps going, kept going, never given me a moment, not a moment of trouble,
    hardly get any returns, hardly any returns, no returns, happy as anything, eating again,
    back to normal, back on its feet, back on her feet, back on his feet, as right as rain,
    right as rain,
    up to scratch, up to standard, up to par, well put together, rock solid, lasted for years, lasted years, still works, still working,
    quality shows, the quality shows, you can tell the quality, looks brand new, like brand new,
    perfect condition, good condition, great condition, mint condition, excellent condition, immaculate condition,
    done properly, done right, done well, a proper job, proper job, job done, done to a high standard, high standard, lovely job,
    tasted amazing, tasted great, tasted lovely, tasted delicious, tasted fantastic, tasted gorgeous, cooked perfectly, works fine, working fine, does what it should, did what it should, repair held, held up well, stood up well, still going strong, going strong, comfortable beds, comfy beds, comfortable bed, comfy bed, slept well, good night's sleep, great night's sleep, hot water, powerful shower, great shower,
    fix the problem, fix the issue, fix the fault, sort the problem, sort out the problem, solve the problem, resolve the problem, resolve the issue, sorted the problem, sorted out the problem, solved the problem, fixed the problem, fixed the issue,
    do everything * need, does everything, did the trick, does the trick, worked wonders, works wonders, cleared up ~0.7, cleared it up,
    delicious, deliciously, tasty, yummy, scrumptious, flavoursome, flavourful, full of flavour,
    mouth watering, cooked to perfection, perfectly cooked, well cooked, freshly made,
    freshly cooked, freshly baked, homemade, home made, hearty, generous portions, moreish,
    melt in the mouth, melted in the mouth, sturdy, well made, well built, durable, long lasting,
    lasts, lasted, will last, hard wearing, hardwearing, reliable, reliably, works perfectly,
    works well, works great, worked perfectly, working perfectly, does the job, did the job,
    does what it says, fit for purpose, good as new, like new, as good as new, drives like new,
    runs like new, runs like a dream, drives like a dream, runs smoothly, runs perfectly,
    perfect since, fine since, been fine, been perfect, been great since, no problems since,
    no issues since, not missed a beat, held perfectly, has held, fixed * first time,
    first time fix, fixed first time, fixed, fixed it, repaired, mended, good as gold, top quality,
    high quality, top notch quality, excellent quality, superb quality, quality product,
    well finished, beautifully made, lovely fit, fits perfectly, fits well,
    tastes of something, actually tastes of something, full of taste, sell out by, sold out by,
    sells out, coming back for seconds, back for seconds, second helpings,
    crispy ~0.7, crisp ~0.7, fluffy ~0.7, juicy ~0.7, tender ~0.7, succulent, piping hot,
    well presented, beautifully presented, presentation, without fail, never fails, never failed,
    never a problem with, tidy job, neat job, a tidy job, a neat job,
    good job, great job, brilliant job, fantastic job, excellent job, superb job, lovely job,
    smashing job, spot on job, cracking job, first class job, top job, good work, great work,
    excellent work, quality work, quality workmanship, thorough job, clean job, professional job,
    solid, solidly built, built to last, made to last

    [product-quality: negative]
    ropey, duff, kaput, on the blink, on its last legs, clapped out, busted, janky, not up to the mark,
    below the mark,
    lost suction, lost its shape, lost its colour, lost its color, lost shape, keep slipping ~0.7,
    keeps slipping ~0.7, slipping down ~0.6, uneven ~0.7,
    came away within, came away after, sole came away, pinched ~0.7, pinches ~0.7,
    a lemon, a total lemon, very less, less in quantity, quantity was less, less quantity,
    did not hold ~0.8, has not held ~0.8, never held ~0.8, died within @time,
    broke within @time, broken within @time, failed within @time, failed after @time, packed in,
    gave up the ghost, keeps freezing, kept freezing, freezes, kept crashing,
    take back loads, taking back loads, loads of returns, lots of returns, so many returns,
    keep coming back, kept coming back, keeps coming back, sent back, sending * back with,
    send * back with,
    drips, dripping, dripped, drip, when it feels like it, when it wants to, when it wants,
    only works sometimes, works * sometimes, hit and miss, hit or miss, the same fault, same fault,
    same fault again, same issue again, same problem, with the same fault, burn mark, burn marks,
    scorch mark, scorch marks, scorched, streaked, streaky, left streaks,
    give me a headache, gave me a headache, gives me a headache, given me a headache,
    should last longer, expected it to last, would last longer,
    wobbled, wobbly, wobbles, rickety, lasted a whole, lasted all of, lasted a grand total of,
    subpar, sub par, below par, below standard, undrinkable, arrived broken, came broken, arrived damaged,
    wonky, lopsided, crooked, came away from, gave me blisters, microwaved, reheated,
    kept breaking, keeps breaking, kept failing, keeps failing, kept falling off, keeps falling off, kept falling apart, had to send it back ~0.6, had to send * back ~0.6, had to return it ~0.6, poor condition, bad condition, terrible condition, awful condition, damaged condition,
    lasted @long-time, only lasted @time, stopped charging, stopped holding charge, will not charge, not charging, stopped turning on, will not turn on, would not turn on, broke after @time, died after @time, stopped working after,
    stodgy, problem came back, same problem again, fault came back, still not working, lumpy mattress, lumpy bed, hard bed, thin walls, could hear everything, no hot water, shower was cold, cold shower, room was freezing, freezing room, heating did not work, air con did not work, aircon did not work, slept badly, did not sleep, could not sleep, leaking, damp patch, mouldy bread, mouldy food, fell to pieces, in pieces, smashed, shattered, bent, warped, faded, shrunk, shrank, bobbled, frayed, peeling, came unstuck, faulty goods, dead on arrival, doa,
    lasted less than, only lasted, lasted only,
    disappointing food,
    broken, broke, breaks, broke down, breaks down, broken down, snapped, cracked, chipped, dented,
    scratched, scratches, scuffed, torn, a rip in, rip in, a tear in, tear in, hole in, holes in,
    leaked, leaking, leaks, leaky, leak, faulty, fault with, defective, damaged, damage, dodgy,
    flimsy, cheap @material, cheaply made, badly made, poorly made, poor quality, low quality,
    bad quality, terrible quality, cheap quality, feels cheap, felt cheap, looks cheap,
    looked cheap, fell apart, falling apart, came apart, coming apart, came off, fell off,
    stopped working, stop working, does not work, did not work, not working, will not work,
    would not work, never worked, won't start, would not start, broke after, packed up,
    died after, gave up, conked out, junk, tat, crap quality, rattle, rattling, rattles, squeal,
    squeals, squealing, squeak, squeaks, squeaking, grinding, grinding noise, clunking, clunk,
    knocking noise, noise, noises, noisy, drops out, keeps dropping, kept dropping, cuts out,
    keeps cutting out, cut out, intermittent, unreliable, wrong colour, wrong size, wrong item,
    wrong order, missing parts, missing part, burnt, burned, overcooked, over cooked, undercooked,
    under cooked, raw in the middle, lukewarm, tepid, soggy, stale, bland, tasteless,
    flavourless, no flavour, no taste, oily, chewy, rubbery, watery, too salty, inedible,
    gone off, out of date, expired, tasted of, tastes of, tasted like, tastes like,
    tasted awful, tasted horrible, tasted disgusting, food poisoning, made me ill, made me sick,
    tired looking, shabby, tatty, run down, rundown, needs updating,
    needs refurbishing, needs a refurb, past its best, seen better days, falling to bits,
    fell to bits, not fit for purpose, did not last, never lasted, lasted a week, lasted a month,
    lasted a day, small portions, tiny portions, stingy portions, meagre portions, mediocre food,
    never fixed, still broken, still faulty, botched, shoddy, shoddy work, poor workmanship, bad workmanship,
    sloppy work, bodged, messed up my, ruined, ruined my, destroyed, spoilt, spoiled
    slow wifi, wifi was slow, keeps crashing, crashed, crashes, buggy, glitchy, laggy,
    overdone, underdone, cold food, food was cold, bone dry, too dry, hard as a rock

    [product-quality: positive-near]
    fresh,
    hot, warm, solid, sturdy, strong, crisp, tender, quiet, smooth, reliable, spacious,
    comfortable, generous, filling, flavourful, rich

    [product-quality: negative-near]
    wrong, incorrect, missing, incomplete,
    cold, old, tired, dated, worn, dry, tough, hard, thin, weak, tiny, noisy, uncomfortable,
    loud, off, raw, limited, cramped, pokey, poky, greasy, salty, bland,
    patchy, intermittent, drops, dropping, dropped out

    [neutral]
    # a broken lift or self-checkout is the premises, not the goods or the service outcome
    @facility * broken, @facility * broke, @facility * broke down, @facility * breaks down,
    @facility * break down, @facility * out of order, @facility * not working, @facility * faulty,
    broken @facility, faulty @facility, out of order, @facility * down, nice one, thanks, cheers,
    thank you, ta, many thanks, thanks again, cheers lads, cheers guys

    # round 13: things that do not start, shake, freeze, crash, jam or die; food and the best of its kind
    [product-quality: negative]
    would not start, will not start, would not even start, did not start, wouldn't start,
    been shaking, started shaking, shaking since, freeze every, freezes every, froze every,
    crash mid, crashes mid, they crash, keeps crashing, jammed, jams, died at, died after, died within,
    fried the, fried my, went mouldy, mouldy underneath, came out orange, came out green,
    came out the wrong colour, not up to much, only lasted, barely lasted, lasted barely, lasted less than, swimming in grease, swimming in oil, dripping in grease,
    dripping with grease

    [product-quality: positive]
    best loaf, the best * in town, best * they have had, best * we have had,
    best * i have had, still warm, to die for, passed first time, passed first go,
    can read the paper again, been a miracle, a miracle, lasted well over @time, lasted over @time,
    lasted more than @time, lasted nearly @time, lasted almost @time, lasted @stressed-time

    [neutral]
    # 'the old X' is the one being replaced, not a judgement of it
    the old, old tyres, the old ones

    [product-quality: aspects]
    pasty, pasties, custard slices, buns, loaf, loaves, rolls, strawberries, cut

    # round 14: the thing works the first time or as well; arrives whole; goes off; buffers or drops;
    # warning lights and bald tyres; a vehicle that drives well
    [product-quality: positive]
    worked first time, worked first go, works first time, worked * first go, works just as well, work just as well,
    worked just as well, in one piece, drove beautifully, drives beautifully, drove like a dream,
    a dream to drive, never buffers, never drops, never dropped

    [product-quality: aspects]
    class, classes, session, sessions, lesson, lessons, locker, lockers, treadmill,
    treadmills, kit, eye test, hearing test, check up, checkup, varifocals, contact lenses, milk, ham,
    yoghurt, yogurt, butter, juice, avocado, avocados, bananas, apples, mince

    # a bad smell or mould beside the food is the food gone off, not the premises ("the chicken smelled
    # off"); with no food word beside it, the same words judge cleanliness
    [product-quality: negative-near]
    slimy, rancid, curdled, mushy, gone off, went off, limp, grey, smell @bad-smell, @bad-smell smell,
    smells a bit @bad-smell, smelled a bit @bad-smell, mouldy, moldy, mould, mold

    [product-quality: negative]
    sitting out all day, sat out all day, left out all day, left sitting out

    [product-quality: negative]
    buffers, buffering, keeps buffering, keeps dropping, kept dropping, drops out, dropping out,
    @number attempts to fix, @number attempts to get * right, @number attempts to repair,
    @number goes to fix, @number goes to get * right, @number visits to fix, several attempts to fix,
    dropped connection, connection keeps dropping, connection drops, logs me out, logged me out, kicks me out, warning light, bald, already grey,
    gone grey, out of date, past its date, falling apart ~0.7

    # round 15: outcomes as asked for; things coming away; noises of a faulty machine; a bed compared
    # with a hard surface; all brand new
    [product-quality: positive]
    did exactly what i asked, exactly what i asked for, exactly what i wanted

    [product-quality: negative]
    like sleeping on a bench, like sleeping on a park bench, like sleeping on a rock, like sleeping on rocks, like sleeping on the floor, like sleeping on concrete, like sleeping on a plank, like sleeping on bricks, coming away from, came away from, came away in my hand, grinding noise,
    rattling noise, clunking noise, squeaking noise, making a noise, makes a noise, making the same noise,
    making a funny noise, making a strange noise

    [product-quality: positive]
    all brand new, is brand new, are brand new, was brand new, were brand new

    # round 16: goods broken in transit, water pressure, hair colour gone wrong, an outcome that hurt,
    # feeling renewed after a service, a service like a lottery, coverage and signal, "worth the wait"
    # (the labelling convention: it praises what was waited for)
    [product-quality: negative]
    arrived in bits, came in bits, inside was in bits, in bits inside, arrived in pieces,
    smashed to bits, smashed to pieces, drop kicked, broken in transit,
    damaged in transit, barely a trickle, a trickle, just a trickle, freezing and off,
    brassy, went orange, turned orange, green tinge, patchy colour,
    butchered, not what i asked for, nothing like the picture, nothing like what i asked,
    came out with a bob, bled for, bleeding for, still bleeding, sore for @time, swollen for,
    a lottery, no signal, powdered eggs, powdered egg,

    [product-quality: positive]
    like a new man, like a new woman, like a new person, feel like new, worth the wait, well worth the wait,
    worth waiting for,

    [product-quality: aspects]
    fade, fades, skin fade, trim, blow dry, balayage, highlights, coverage, network coverage,


    # round 16: durability failures within a time ("the strap came off within a week"), a hypothetical breakage,
    # warning lights, a parcel lost, a cut called sharp, hair like straw, recovery to an old self, a result
    # that looks natural, modern kit
    [product-quality: negative]
    popped out within, fell out within, fell off within, came off within,
    came loose within, came apart within, broke within, snapped within, stopped working within,
    failed within, engine light, engine management light, light came on,
    lights came on, light came back on, parcel was lost, parcel got lost, lost my parcel, lost the parcel,
    lost in the post, lost in transit, parcel went missing, parcel has gone missing, parcel is missing,
    item went missing, like straw,

    [product-quality: positive]
    sharp cut, sharp fade, sharp haircut, looking sharp, looks sharp, back to his old self,
    back to her old self, back to their old self, back to his usual self, back to her usual self,
    back to full health, looks so natural, look so natural,
    looks natural, looks completely natural, so natural that, can not tell the difference,
    could not tell the difference,

    [product-quality: positive-near]
    modern,


    [product-quality: positive]
    that nobody can tell ~0.8, that no one can tell ~0.8, that you can not tell ~0.8,
    that you would never know ~0.8,


    # round 16: sagging, creaking and leaking things
    [product-quality: negative]
    parcel is lost, parcel has been lost, order is lost, order was lost, order got lost, lost my order,
    lost our order, sags, sagging, saggy, sagged, lumpy, creaky, creaks, squeaky,


    [product-quality: negative]
    broke the next day, broke the same day, stopped working the next day, died the next day,
    broke the first day, failed the next day, broke the day after, stopped working the day after,
    died the day after,


    # round 16: damage as it arrives
    [product-quality: negative]
    crushed, squashed, battered, bashed in, caved in, in @number pieces, in two pieces,
    in three pieces, torn open, ripped open, split open,


    # round 16: lasting only a short time; parcels and orders lost; fixtures of a room
    [product-quality: negative]
    lasted a whole day, lasted a whole week,
    lasted two days, lasted a fortnight, lasted just,
    lose * parcel, lose * parcels, lose * order, lose * orders,
    lose * package, lose * packages, lose * luggage, lose * suitcase,

    [product-quality: aspects]
    heating, radiator, radiators, air conditioning, aircon, hot water,


    [product-quality: aspects]
    my hair, her hair, his hair, their hair, hair looks, hair looked, hair colour,


    # round 16: the fault a visit was for is not the work's quality; slow devices and connections
    [neutral]
    fixed the leak, fix the leak, repaired the leak, sorted the leak, fixed a leak, fix a leak, for a leak,
    about a leak, after a leak, with a leak, had a leak, have a leak,

    [product-quality: negative]
    computers are slow, computer is slow, computers were slow, computer was slow, laptop is slow,
    wifi is slow, internet is slow, broadband is slow, connection is slow, slow internet,
    slow broadband, slow connection, slow computers, slow computer,

    [product-quality: aspects]
    computer, computers, printer, printers,


    [product-quality: negative]
    computers * slow, computer * slow, wifi * slow, internet * slow, connection * slow, broadband * slow,
    laptop * slow, signal * weak, wifi * patchy, wifi * dropped,


    # Round 17: an emptied plate, a stain removed, condition as "nick", a treatment that worked, lasting minutes
    [product-quality: aspects]
    legroom
    [product-quality: positive]
    licked the plate clean, licked the bowl clean, licked the tray clean, licked the box clean,
    licked * clean, plate licked clean, plates licked clean, wiped the plate clean,
    got the stain out, got the * stain out, got the stains out, got * stains out, got the mark out,
    stain came out, stains came out, good as new,
    in good nick, in great nick, in decent nick, in top nick, in lovely nick, in fine nick,
    back playing, back to playing, back on my feet, back to full fitness, pain has gone, pain is gone,
    no more pain, did the trick, done the trick, worked wonders, worked like a charm,
    the treatment worked, the exercises worked, the cream worked, the tablets worked,
    the medication worked, the physio worked
    [product-quality: negative]
    in bad nick, in poor nick, in rough nick, in a poor condition, in poor condition, in bad condition,
    lasted @short-time
    [neutral]
    business class, economy class, first class lounge, premium economy

    # Round 17: work done the wrong way round, or that had to be redone; a wound that went bad
    [product-quality: negative]
    on backwards, put on backwards, fitted backwards, fitted * backwards, put * on backwards,
    fitted it the wrong way round, fitted them the wrong way round, fitted * the wrong way,
    installed * the wrong way, had to be redone, had to be done again, had to have it redone,
    had to have them redone, needed redoing, needed doing again, had to be re done,
    got infected, became infected, went septic, done too tight

    # Round 17: a pet or plant bought dead or dying
    [product-quality: negative]
    dead within @time, was dead within, were dead within, dead within a week, dead within a month,
    dead within days

    # 2026.12-10: other forms of failing goods ("falls apart", "breaking down"); worn thin; chewy and soggy likened
    [product-quality: negative]
    falls apart, fall apart, falls to pieces, coming off, coming away, threadbare, like shoe leather,
    like old boots, tough as old boots, like rubber, was mush, were mush, turned to mush, gone to mush,
    breaking down, always breaking, forever breaking, constantly breaking, splitting, flaking,
    flaking off, peeling off, packing up, packs up, keeps packing up
    """#
}
