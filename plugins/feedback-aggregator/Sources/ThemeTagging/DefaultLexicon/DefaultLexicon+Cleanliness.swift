extension DefaultLexicon {
    /// Cleanliness: clean, dirty or tidy premises, toilets, tables, hygiene, smell.
    static let cleanliness = #"""

    # ---------------------------------------------------------------- cleanliness

    [cleanliness: aspects]
    toilet, toilets, loo, loos, bathroom, bathrooms, restroom, restrooms, washroom, washrooms, gents,
    ladies toilets, ladies loos, lavatory, lavatories, wc, changing room, changing rooms,
    shower, showers, shower curtain, shower room, floor, floors, flooring, carpet, carpets, table,
    tables, seats, surfaces, counter, counters, kitchen, premises, hygiene, cleanliness, cleaning,
    the cleaning, windows, sink, sinks, plughole, bath, bathtub, tiles, grout, walls, bins, bin,
    stockroom, storeroom, aisles, aisle, shelves, corridors, corridor, stairs, dining area,
    seating area, play area, changing area, baby change, trays, highchairs, high chairs, smell,
    smells, aroma, swimming pool

    [cleanliness: positive]
    been cleaner, be cleaner, was cleaner, were cleaner, much cleaner, lot cleaner, far cleaner,
    is cleaner, are cleaner, looked cleaner, looks cleaner, seen cleaner, way cleaner,
    eat * off the floor, eat * off the floors, eat off * floor, eat off * floors, never been cleaner,
    never looked cleaner, never seen it cleaner, cleaner than my own, cleaner than my,
    scrub * top to bottom, scrubbed * top to bottom, top to bottom every,
    cleaned top to bottom, smelled of nothing,
    sparkled, gleamed, dust free, not a spot of dirt, clean looking,
    clean and bright, fresh and clean, clean and fresh, clean as anything, clean throughout, spotless throughout, always spotless, kept spotless, kept tidy, very tidy, really tidy, nicely kept, beautifully kept, immaculately kept, well presented and clean, smells lovely, smelled amazing,
    clean, cleaner than, cleanest, cleanly, spotless, spotlessly, immaculate, immaculately,
    pristine, sparkling, sparkly, gleaming, shining, tidy, tidier, tidiest, tidily, neat,
    neat and tidy, well kept, well organised, well organized, orderly, hygienic, sanitary, sanitised,
    sanitized, disinfected, fresh smelling, smelt fresh, smelled fresh, smells fresh, smell fresh,
    smelt lovely, smelled lovely, smells lovely, smelt nice, smelled nice, smells nice, smelt great,
    smells great, smelt good, smells good, could eat off the floor, eat off the floor,
    eat off the floors, not a speck, not a speck of dust, not a mark, deep clean, deep cleaned,
    cleaned regularly, cleaned often, cleaned every, always clean, kept clean, kept * clean,
    keep * clean, hoovered, hoovered up, vacuumed, cleaned up after, clean up after, tidied up after,
    tidy up after, tidied up, wiped down, wiped, mopped, polished, scrubbed, smelt clean,
    smells clean, clean and tidy, lovely and clean, nice and clean, nice and tidy, squeaky clean,
    clean as a whistle, spick and span

    [cleanliness: negative]
    honking, scuzzy, humming ~0.6, grimey,
    not been emptied, never been emptied, not been hoovered, not been mopped, not been wiped,
    could have been cleaner, could be cleaner, could have been tidier, could be tidier,
    could do with being cleaner,
    go at * with bleach, take bleach to, take a mop to, needs bleach, needs a mop, need a mop,
    needs a hoover, could do with a hoover, could do with a mop, could do with some bleach,
    with bleach ~0.3, black mould, a funny smell,
    stinky, unkempt, dingy ~0.6, skanky, nasty smell, bad smell, horrible smell, awful smell, funny smell, odd smell, weird smell, foul smell, foul smelling, smelled foul, smelt foul,
    muddy, mud everywhere, mucky, muck, soiled, smudged, smudges, splattered,
    left a mess, left bits, left rubbish, left debris, left dust, all over the garden ~0.7, all over the house ~0.7, all over the drive ~0.7,
    hair all over, hairs all over, dog hair, dog hairs, cat hair, pet hair, all over the floor ~0.7, all over the seats ~0.7, all over the tables ~0.7,
    damp, smelled damp, smelt damp, smells damp,
    smelled of urine, smelt of urine, smelled of wee, smelt of wee, smell of urine, boxes everywhere, stuff everywhere, rubbish lying around, litter lying around, bins not emptied, filthy dirty, caked in, crusty, grim toilets, toilets were grim, dirty toilets, unclean toilets, sticky menus, dirty menus, fingerprints, smeared, smears, mouse, rat droppings,
    dirty, dirtier, dirtiest, dirt, filthy, filth, grubby, grimy, grime, grotty, manky, minging,
    rank, unhygienic, unsanitary, unclean, messy, mess, a mess, in a mess, squalid, sticky,
    stained, stains, stain, mould, mouldy, moldy, mold, mildew, smelly, smelt of, smelled of,
    smells of, smell of, smelt like, smelled like, smells like, smell like, stank, stink, stinks,
    stinking, stunk, reeked, reeks, reek, pong, pongs, whiff, whiffy, niffy, odour, odor, odours,
    musty, fusty, crumbs, crumb, hair in, hairs in, hair on, hairs on, hair everywhere,
    hairs everywhere, litter, littered, litter everywhere, rubbish everywhere, rubbish on the floor,
    rubbish all over, overflowing, overflowing bin, overflowing bins, bins overflowing,
    bin overflowing, dust, dusty, cobwebs, cobweb, grease, greasy floor, greasy tables, bugs,
    cockroaches, cockroach, mice, mouse droppings, droppings, rats, rat, flies, fruit flies,
    vermin, pests, bed bugs, bedbugs, blood, vomit, urine, wee, poo, needs a clean, need a clean,
    needs a good clean, need a good clean, could do with a clean, in need of a clean, needs cleaning,
    need cleaning, needed cleaning, needs a wipe, not been cleaned, not cleaned, never cleaned,
    rarely cleaned, rarely wiped, not wiped, unwiped, never wiped, not emptied, unemptied, a state,
    a bit of a state, in a state, right state, the state of, the state, pigsty, pig sty, bombsite,
    bomb site, is a tip, was a tip, a right tip, an absolute tip, like a tip, a complete tip,
    a total tip, looks like a tip, a dump, dumping ground, disgusting toilets, blocked toilet,
    blocked toilets, toilets blocked, no soap, no loo roll, no toilet roll, no toilet paper,
    no paper towels, no hand towels, germs, germy, grubby looking, untidy, cluttered, clutter,
    scruffy ~0.7, sticky tables, sticky floor, sticky floors,
    covered in crumbs, wet dog, puddles, puddle, spillage, spillages, spilt, spilled ~0.5

    [cleanliness: needs]
    soap, loo roll, toilet roll, toilet paper, paper towels, hand towels, hand wash, sanitiser,
    sanitizer, cleaning

    [cleanliness: positive-near]
    shiny,
    fresh, clear, bright, airy

    [cleanliness: negative-near]
    greasy, grubby, smeared, stained,
    covered in, wet, blocked, flooded, soaking, sticky

    # round 13: smells that reach the customer; a cloth or mop not used; hygiene ratings; pleasant smells
    [cleanliness: negative]
    smell the bins, smelt the bins, could smell the, could smell it, smell of the bins, smelt of bins,
    smelt disgusting, smells disgusting, smelled disgusting, stank, stinks, stunk,
    not seen a cloth, has not seen a cloth, not seen a mop, not seen a hoover, not been changed since,
    has not been changed, hygiene rating of one, hygiene rating of 1, hygiene rating of zero,
    low hygiene rating, @low-rating hygiene, hygiene rating of two

    [cleanliness: positive]
    smelt of fresh, smells of fresh, smelled of fresh, smelling of fresh, smelt fresh, smells fresh,
    floor polish, smelt of polish

    # round 14: smells described by any word of a bad smell; mud brought in; eating off a clean surface
    [class: bad-smell]
    funky, funny, off, weird, odd, strange, musty, damp, bad, horrible, awful, rank, foul, sour, eggy,
    stale, fishy, sweaty, nasty

    [class: contaminant]
    fly, flies, insect, insects, bug, bugs, slug, slugs, maggot, maggots, plaster, fingernail, hair,
    hairs, cockroach, cockroaches, ant, ants, mouse, eyelash

    [cleanliness: negative]
    @contaminant in my, @contaminant in the, @contaminant in our, @contaminant floating in, @contaminant crawling, smell @bad-smell, @bad-smell smell, smells a bit @bad-smell, smelled a bit @bad-smell,
    a right state, right old state, out of toilet roll, out of loo roll, out of toilet paper, out of soap, out of paper towels,
    out of hand towels, ran out of toilet roll, ran out of soap, lipstick on, lipstick marks, trash everywhere, trash all over, garbage everywhere, garbage all over, trash on the floor,
    overflowing trash, left mud, mud all over, muddy footprints, muddy boots, tracked mud

    [cleanliness: positive]
    eat * off it, eat your dinner off, eat your lunch off, sparkles, sparkle, gleams, shines

    [cleanliness: aspects]
    cutlery, crockery, plate, plates, cup, cups, mug, mugs, knives, forks, spoons, tableware

    # round 15: tidying shown by deeds (dust sheets, packaging taken away, tables wiped); smelling worse;
    # a place that has been a tip; things strewn everywhere beside a cleanliness aspect
    [cleanliness: positive]
    wipe * tables, wiped * tables, wipe down, wiped down, dust sheets, took the packaging away,
    took * rubbish away, cleaned up after, washed inside and out, smells fresh, smelled fresh, smelt fresh

    [cleanliness: negative]
    smelling worse, smelled worse, smells worse, smelt worse

    [cleanliness: negative]
    been a tip, has been a tip, have been a tip

    [cleanliness: negative-near]
    everywhere

    # round 16: places likened to a swamp or a dump, the previous user's traces, linen not changed, chewing
    # gum, hands not washed between money and food, cleaning deeds, clean smells
    [cleanliness: negative]
    a swamp, like a swamp, swampy, a bombsite, a hovel, a cesspit, cesspit,
    a cesspool, in a right state, in a terrible state, in a shocking state, in a disgusting state,
    as the last person left them, as the last person left it, left by the last, from the last person,
    from the last guest, from the previous guest, previous guests, previous occupant,
    chewing gum ~0.8, gum trodden, trodden into, trodden in, gum on the floor,
    the same hand, same hand, same gloves, bare hands, bare handed, without gloves, without washing,
    hygiene is optional, hygiene optional, sweaty,

    [cleanliness: problems]
    chewing gum, graffiti, cobwebs, fag ends, cigarette ends, cigarette butts, dog mess, vomit,

    [cleanliness: positive]
    change the towels, change the sheets, change the bedding, fresh towels, clean towels, clean sheets,
    fresh sheets, empty the bins, towels changed, sheets changed,
    spruced up, spruce up, shampooed, a deep clean, steam cleaned, power washed,
    jet washed, dusted,
    smells of nothing, smelt of nothing, smell of nothing, smells of bleach,
    smell of bleach, smelt of bleach, smelled of bleach, smells of disinfectant, smell of disinfectant,
    smelt of disinfectant, smelled of disinfectant, smells of polish,


    # round 16: stale air and smoke, oily furniture, no cleaner
    [cleanliness: negative]
    stale smoke, stale air, stale sweat, stale cigarette, smelt stale, smells stale, stale smell,
    smelled stale,

    [cleanliness: negative-near]
    oily,

    [cleanliness: needs]
    cleaner, cleaners, cleaning staff,


    [cleanliness: negative]
    smelled musty, smelt musty, smells musty, musty smell, a musty, mildewy,


    # Round 17: valeting; "clean" asked about as a service, and "dirty great" as size, judge nothing
    [cleanliness: positive]
    valeted, fully valeted, freshly valeted, valeted inside and out, cleaned inside and out,
    been valeted, professionally cleaned
    [neutral]
    do you clean, can you clean, could you clean, would you clean, will you clean, do you dry clean,
    do you also clean, can you dry clean, dirty great, dirty big

    # Round 17: infestation ("crawling with"), stale smells in a room, litter left in a car
    [cleanliness: negative]
    crawling with, crawling w, swarming with, teeming with, crawling with flies, crawling with ants,
    smells of stale, smell of stale, smelled of stale, smelt of stale, smells stale, smelled stale,
    smelt stale, stale air, stale smell, a stale smell, smell of old, smells of old, smelled of old,
    smelt of old, crisps all over, crisps everywhere, crisps on the floor, crisps on the seats,
    crisps down the seats, crisps down the back,
    wrappers all over, wrappers everywhere, food wrappers
    """#
}
