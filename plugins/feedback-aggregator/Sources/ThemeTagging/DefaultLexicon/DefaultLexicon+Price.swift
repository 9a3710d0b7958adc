extension DefaultLexicon {
    /// Price: cost, value for money, fees, charges, expensive or cheap as a price, discounts.
    static let price = #"""

    # ---------------------------------------------------------------- price

    [class: material]
    bits, pieces,
    plastic, plastics, metal, material, materials, fabric, fabrics, cloth, wood, wooden, packaging,
    packing, build, construction, finish, stitching, parts, components, handle, handles, zip, zips,
    tat, knockoff, casing, case, frame, frames, lid, lids, strap, straps, sole, soles, fittings,
    screws, hinges, hinge, glue, paint, veneer, chipboard, cardboard, tin, foam, polyester, nylon,
    vinyl, leather, laminate, wrapping, hardware, kit, tools, toys, toy, gadget, gadgets, chain,
    buckle, buttons, button, thread, lining, rubbish, junk, imitation, copy, copies, fake, fakes,
    feel, look, looking, feeling, made, quality, workmanship, product, products, stuff, thing,
    things, item, items, goods, furniture, shoes, clothes, clothing, jacket, umbrella, charger,
    cable, cables, headphones, bag, bags, suitcase, sofa, chair, chairs, mattress, pillows, towels,
    sheets, carpet, tiles, taps, shelving, shelves, unit, units, appliances, appliance, batteries

    [price: aspects]
    @money per @time, @money a head, @money per head,
    @money each,
    for the price, for what we paid, for what i paid, for what you pay, for the money,
    price, prices, pricing, priced, cost, costs, costing, charge, charges, charging, fee, fees, bill,
    bills, invoice, quote, quoted, quotation, estimate, value, rates, rate, hourly rate, labour rate,
    tariff, fare, fares, deposit, delivery charge, call out charge, call out fee, clean up fee,
    cleaning fee, cleaning charge, booking fee, admin fee, admin charge, service charge, parking fine,
    a fine, @money fine, parking charge, parking charges, car park charges, subscription,
    membership fee, deal, offer, offers, discount, discounts, money, @money, expense,
    surcharge, markup, mark up, price point, the damage, monthly payment, payments, premium, extras,
    extra charges, hidden charges, vat

    [price: problems]
    extras, hidden extras, hidden charges, hidden fees, hidden costs, surprises, surprise charges,
    upsell, upselling, upsold, upsells, add ons, extra charges, extra fees, markup

    [price: positive]
    a snip, a real snip, a proper bargain,
    worth every * penny,
    economical, very economical,
    no fee, no fees, no booking fee, no call out fee, no call out charge, no extra fee, no extra fees,
    without a fee, no admin fee, @money cheaper, @money less, @money less than, half what, half of what,
    a fraction of what, less than half, less than i paid, less than we paid, cheaper than i paid,
    change from a @money, change from @money, change out of a @money, change out of @money,
    did not break the bank, not break the bank, what a bargain, price was spot on,
    pleasantly surprised by the price, pleasantly surprised by the bill,
    cost pennies, costs pennies, for pennies, for peanuts, next to nothing, for next to nothing, fraction of the cost,
    not bad for the price, good for the price, great for the price, money's worth, our money's worth, my money's worth, got our money's worth, lot for your money, lot for the money, free refills, free delivery, free parking, waived the fee, waived the charge, waived, gave us a voucher, gave me a voucher, price promise, good prices, cheap prices, bargain prices, on offer, special offer, great offer,
    great for the money, good for the money, good price, great price, best price, lowest price, cheaper than anywhere, cheapest around, cheapest in town, savings, great offers, good offers, great deals, price was right, very fair, reasonable prices,
    half the price, a fraction of the price, cheaper than elsewhere,
    dirt cheap,
    happy to pay ~0.3, happily pay ~0.3, gladly pay ~0.3, willing to pay ~0.3,
    cheap, cheaper, cheapest, cheaply, inexpensive, affordable, affordably, reasonably priced,
    well priced, fairly priced, keenly priced, competitively priced, value for money, good value,
    great value, excellent value, brilliant value, fantastic value, amazing value,
    superb value, bargain, a bargain, bargains, a steal, worth every penny, worth the money,
    worth it, well worth it, money well spent, good deal, great deal, fair price, fair prices,
    cheap as chips, cheap and cheerful, for free, free of charge, free, freebie, no charge,
    charged nothing, charged me nothing, charged us nothing, cost nothing, cost me nothing,
    did not charge, did not charge me, did not charge us, complimentary, on the house, discounted,
    gave * discount, got a discount, knocked * off, took * off the bill, off the bill, percent off,
    money off, price match, price matched, matched the quote, matched the price,
    matched what * quoted, stuck to the quote, as quoted, the quoted price, less than the quote,
    less than quoted, less than expected, under budget, under the quote, cheaper than,
    lower than expected, honoured the price, honoured * price, refunded the difference,
    worth paying, good prices, great prices,
    low prices, keen prices, fair charge, no extra cost, at no cost, no hidden, nothing hidden,
    did not mind paying, money saving, saved me money, saved us money, half price, two for one,
    buy one get one, loyalty discount, student discount, pensioner discount, budget friendly,
    pocket friendly, wallet friendly, bang for your buck, bang for the buck, worth the price,
    worth the cost, could not complain for, can not complain for

    [price: negative]
    cost a packet, costs a packet, upcharge, upcharged, upcharging, over the top prices,
    you would think for @money, you would expect for @money,
    💸 ~0.8,
    cheating customers, cheated us, cheated me, cheating people, got rinsed, rinsed me, rinsed us,
    rinse you, rinsing people,
    cost * fortune, costs * fortune, paid * fortune, charge * fortune, charged * fortune, double what,
    twice what, triple what, double the quote, twice the quote, charged * double,
    better value elsewhere, better value at, better deals elsewhere, better prices elsewhere,
    cheaper down the road, cheaper next door, why is * @money ~0.8, why are * @money ~0.8,
    how is * @money ~0.8, how can they charge, how can * charge, how do they justify, justify charging,
    justify the price, cost a lot ~0.7, costs a lot ~0.7, cost so much, cost too much, cost loads,
    cost much ~0.6,
    @money for basic, @money for a basic, think for @money, expect for @money,
    @money more, @money more for, @money more than, @money dearer, @money extra for,
    costs * @money more, paid * @money more, for @money * expected, for @money * expect,
    for @money * you would think, for @money * you would expect, for that price * expect,
    for that money * expect, at that price * expect, would have paid for, could have paid for,
    could buy, could have bought, second mortgage, a second mortgage, take out a mortgage,
    take out a loan, need a loan, sell my house, laugh when they hear what it costs, what it costs,
    see the price, saw the price, seen the price, saw the bill, see the bill, seen the bill,
    when the bill came, when i saw the bill, nearly fell over,
    overcharge, overcharges,
    remortgage, sell a kidney, a penny more than, charged * more than, more than the quote, more than quoted, more than we were quoted, more than i was quoted, above the quote, @money on top of ~0.7, @money on top ~0.7,
    did not match the till, different price at the till, charged more at the till, wrong price, price on the shelf was different,
    quoted @money * charged, quoted @money * charged us, charged more than quoted, charged more than the quote, charged us for * even though, charged me for * even though, charged for something, charged for things,
    pay for the name, paying for the name, paying for the brand, pay for the brand, pay for the label,
    twice the price, double the price, three times the price, costs the earth, cost the earth, cost a bomb, costs a bomb, a small fortune, spendy, cheaper elsewhere, cheaper online, cheaper at, can get it cheaper, could get it cheaper, paying more than, paid more than, an extra @money, another @money, costs an extra, cost an extra, @money extra, extra @money, how much, price gouging, gouging, ripping people off, ripping customers off, milking, cash cow, money pit,
    on the pricey side, on the expensive side, pricier than, more expensive than, dearer than, sneaky charge, sneaky charges, tacked on, added on a, charged for parking, charge for parking, charge for everything, charged for everything, pay for everything, nickel and dimed, cost more than expected, more than i expected to pay, too pricey, overpriced for, not worth the price, not worth paying,
    charged * @money just to, @money just to, @money just for, charge * @money just to,
    expensive, pricey, overpriced, costly, extortionate, extortion, exorbitant,
    rip off, rip offs, ripped off, ripping off, a rip off, daylight robbery, robbery,
    highway robbery, robbing, robbed, fleeced, fleecing, a con, a scam, a swindle,
    cost a fortune, costs a fortune, a fortune, an arm and a leg, arm and a leg, cleaned me out,
    cleaned us out, cleans you out, overcharged, over charged, overcharging, charged too much,
    charge too much, charging too much, charged extra, charging extra, unaffordable, can not afford,
    could not afford, out of my price range, out of our price range, priced out, pricing out,
    bit dear, a bit dear, too dear, very dear, quite dear, rather dear, so dear, pretty dear,
    is dear, was dear, are dear, were dear, dear for, extortionately, steeply priced, pricier,
    priciest, not cheap, hidden fees, hidden charges, hidden costs, extra charge, extra charges,
    surcharge, price hike, price hikes, price rise, price rises, price increase, price increases,
    prices rising, prices going up, prices gone up, prices have gone up, prices up, waste of money,
    a waste of money, money grabbing, money grab, cash grab, greedy, greed, paying this off,
    paying it off, paying * off until, eye watering, eye wateringly, made my eyes water,
    make your eyes water, break the bank, broke the bank, breaking the bank, got stung,
    paid through the nose, through the nose, steep, a lot of money ~0.5, a lot for, too much for,
    paid over the odds, over the odds, premium prices, inflated, inflated prices, not worth it,
    not worth the money, not value for money, poor value, bad value, terrible value,
    shocking prices, ridiculous prices, silly prices, crazy prices, insane prices, mind paying,
    paid extra ~0.3, pay extra ~0.3, charged me @money for ~0.6, charge you @money for ~0.6,
    charging @money for ~0.6, @money for a ~0.6, @money for one ~0.6, @money for two ~0.6,
    @money for that ~0.6, @money for this ~0.6, @money for just ~0.6, @money each ~0.3

    [price: positive-near]
    low, lower, lowest, reasonable, fair, competitive, sensible, down, come down, came down,
    gone down, reduced, dropped, cut, slashed, matched, honoured, less, spot on, acceptable

    [price: negative-near]
    excessive,
    crept up, creep up, creeping,
    high, higher, highest, steep, too much, silly, crazy, astronomical, inflated, gone up,
    went up, go up, going up, put up, shot up, creeping up, increased, risen, rising, doubled,
    tripled, hidden, extra, eye watering, eye wateringly, made my eyes water, made our eyes water,
    extortionate, crazy high, sky high, through the roof, more than expected, more than quoted,
    over budget, over the quote, higher than expected, higher than quoted

    # round 13: cheaper elsewhere judges this place's price; a charge just to do something; paying less
    # than before; the bill matching the quote; a charge put up; only a small amount
    [price: negative]
    half the price at, half the price down the road, half the price elsewhere, cheaper down the road,
    a lot cheaper at, much cheaper at, far cheaper at, cheaper at the, cheaper elsewhere,
    @money just to, @money * just to, fee just to, charge just to, @money to park,
    charge on a @money, @money delivery charge on, @money a carrier bag, @money a bag, @money for a bag,
    a week's wages, a week of wages, a month's wages, an arm and a leg,
    put * up to @money, put the prices up, put their prices up, put prices up, prices have gone silly,
    gone silly, prices have gone up, bargain of the century

    [price: positive]
    paid @number less, paid @money less, @number less than last year, less than last year,
    not a penny more, exactly what they quoted, exactly what was quoted, exactly as quoted,
    what they quoted, same as the quote, away for nothing, for nothing extra, did it for nothing,
    only @money, only @money each

    [neutral]
    price match form, a price match with, do a price match, is it cheaper, is it cheaper to

    # round 14: money saved; paying more than before or than the thing is worth; money wasted;
    # charges not made (a problem negated); the bill as quoted
    [price: problems]
    charging us, charging me, charging for, charging them

    [class: coin]
    penny, cent, dime, pound, euro, rupee, dollar, quid, buck

    [price: positive]
    worth every @coin, worth every single @coin, worth every last @coin, unbeatable prices,
    unbeatable price, unbeatable deal, saved * @money, saving * @money, save * @money, saves * @money, saved me a fortune, to the penny,
    exactly what * quoted, exactly as quoted, cheapest going, cheapest one going, the cheapest going,
    lowest of the

    [price: negative]
    cost more than, costs more than, costing more than, used to be @money, used to cost, went up by,
    gone up by, go up by, put up by, @money down the drain, money down the drain, down the drain ~0.8

    # round 15: prices kept to (under the estimate, nothing added on, not a penny more), goodwill credits,
    # "can't grumble" at a price; paid less elsewhere
    [price: positive]
    can not really grumble, can not grumble, not a penny more, under the estimate, came in under,
    under budget, below the quote, less than quoted, did not add anything on, nothing added on,
    goodwill credit, goodwill gesture, goodwill payment

    [price: negative]
    paid less * elsewhere, paid less privately, paid less at

    # round 15: prices compared as two amounts: a rise from one amount to a higher one; an amount
    # charged equal to the one quoted
    [price: negative]
    from @money to @higher-money, @money to @higher-money, went up to @higher-money, gone up to @higher-money

    [price: positive]
    @quoted-money

    # round 16: reactions to a bill ("a nasty shock", "my wallet hurts"), sums called tidy or
    # pretty, paying less than elsewhere or before, finding the same thing for less elsewhere, resenting
    # paying, paying more for less
    [price: negative]
    a tidy sum, tidy sum, a pretty penny, pretty penny, a small mortgage,
    rude awakening, wallet is still crying, wallet still crying, wallet is crying, wallet crying,
    wallet wept, wallet is weeping, wallet hurts, wallet is hurting, hurt my wallet, hurts the wallet,
    hurt the wallet, wallet took a hit, sticker shock, bill shock, nearly fainted, almost fainted,
    jaw dropped, resent paying, resented paying, resenting paying, begrudge paying, begrudged paying,
    pay more for less, paying more for less, paying more for a worse, pay more for a worse,
    more for a worse service, @money less on a comparison, @money less online, @money cheaper online,
    @money less elsewhere, @money cheaper elsewhere, found the same * cheaper, found it cheaper,
    found the same * for less, same room @money less, same thing @money less, cheaper on a comparison,
    cheaper on comparison,

    [price: negative-near]
    unreasonable, unreasonably, nasty shock, a nasty shock, nasty surprise, unpleasant surprise,
    a shock, sore point, a sore point, stings, stung, eyewatering, jaw dropping,
    made me wince, unfair, seen as unfair, hard to defend, went mad, go mad, goes mad,

    [price: positive]
    a good bit less than, a bit less than, less than i had paid, less than we had paid, less than at,
    cheaper than at, cheaper than the main, less than the main, @money under what,
    @money cheaper than, @money under the, under what the, less than half what,


    # round 16: a cheaper supplier or ingredient chosen by the business is not the customer's price
    [neutral]
    switched to a cheaper, switch to a cheaper, changed to a cheaper, moved to a cheaper, cheaper for us,
    cheaper for them, cheaper for the company, cheaper for the business, cheaper for head office,
    cheaper supplier, cheaper ingredients, cheaper stock,


    # round 16: a price for a job that took minutes is about the price, not the speed
    [price: negative]
    @money for * that took @short-time, @money for * which took @short-time, @money for * that took @time,
    @money for * which took @time,


    # round 16: incredulity at a price ("are they serious?", "having a laugh")
    [price: negative]
    @money for parking,

    [price: negative-near]
    are they serious, are you serious, having a laugh, you are having a laugh, are you having a laugh,
    taking the mick, taking the mickey, taking the piss, laughable, criminal,


    [price: positive]
    saves * a fortune, saved * a fortune, saving * a fortune, saves a fortune, save a fortune,
    save * a fortune,


    # round 16: an amount cheaper somewhere else, money well spent, what they want for something
    [price: negative]
    @money cheaper at, @money cheaper in, @money cheaper down the road, @money less at, @money cheaper from,
    want @money for, wanted @money for, asking @money for, they want @money, they wanted @money,
    they are asking @money, wanting @money for,

    [price: positive]
    @money well spent, well spent ~0.6,


    # round 16: praise for an amount ("can't complain for £49", "not bad for a tenner")
    [price: positive]
    can not complain for @money, could not complain for @money, can not complain at @money,
    can not grumble for @money, can not grumble at @money, not bad for @money, good for @money,
    great for @money, decent for @money, brilliant for @money, lovely for @money,
    can not go wrong for @money, can not argue with @money, can not argue at @money,


    # round 16: value named as a frame ("for the price, it was excellent")
    [price: aspects]
    considering the price, at that price, for that price, given the price,
    for what you paid, for that money,


    # Round 17: money saved as an amount, a rhetorical "where else", the full price charged for a failure
    [price: positive]
    saved us thousands, saved me thousands, saved us hundreds, saved me hundreds, saved us a fortune,
    saved me a fortune, saved us a packet, saved me a packet, saved me a bomb, saved us a bomb,
    saved us a small fortune, saved me a small fortune, saved me a few quid, saved us a few quid,
    where else can you get that, where else can you get this, where else would you get that,
    where else do you get that, where else could you get that, where else can you get it,
    where else can you get food like that for
    [price: negative]
    still wanted full price, still charged full price, still charged me full price, wanted full price,
    charged full price for, charged me full price for, still expected full price,
    charged full whack, still charged full whack

    [price: aspects]
    valeting fee, valeting charge, valet fee, valeting fees

    # Round 17: a charge knocked off
    [price: positive]
    knock the * charge off, knock the * fee off, knock * off the bill, knock * off the price,
    knock * off the total, did knock

    # 2026.12-9: this business's amount against a rival's or the estimate ("main dealer quoted £620, these
    # lads did it for £380"; "our rate is £165 an hour when the independent down the road charges £70")
    [price: positive]
    @cheaper-money
    [price: negative]
    @dearer-money

    # 2026.12-10: a bill under what the customer expected or budgeted
    [price: positive]
    less than * expected, less than * budgeted, under what * budgeted
    """#
}
