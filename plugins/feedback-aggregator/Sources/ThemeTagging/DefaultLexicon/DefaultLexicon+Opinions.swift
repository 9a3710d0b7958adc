extension DefaultLexicon {
    /// General opinions: they judge the aspect they describe and, with no aspect, nothing.
    static let opinions = #"""

    # ---------------------------------------------------------------- general opinions
    # These judge whatever aspect they describe: "great haircut" is product-quality positive,
    # "the staff were lovely" is staff-attitude positive, "great service!" judges no theme.

    [opinions: positive]
    boss ~0.6, canny ~0.6, belter, a belter, cracker, a cracker, champion ~0.7, quality ~0.6, a doddle,
    slaps, slapped, bussin, goated,
    to die for, out of this world, next level, on point, on another level, second to none, a cut above,
    top drawer, the business, the bomb,
    could not have asked for a better, could not ask for a better, could not have asked for better,
    could not wish for a better, could not have wished for a better,
    never had a better, never had better, deluxe, luxurious, luxury, vibes, a vibe, fire, 🔥, 😋, 🤤, 💪,
    🙏, no complaints at all,
    no problem with, no problems with, had no problem with, had no problems with, nobody had a problem with, no one had a problem with, nobody had any problem with, no issue with, no issues with, as good as it was, as good as it used to be, what it used to be,
    a breath of fresh air, breath of fresh air, could not be easier, could not have been easier,
    could not have been nicer, could not have been kinder, could not have been friendlier, could not have been better, could not have been lovelier, could not be nicer, could not be kinder, could not be friendlier, could not be more helpful,
    loved, loving,
    special ~0.8, exactly how i wanted, exactly what i wanted, exactly what i asked for, just how i wanted, just what i asked for, as requested,
    oh @praise, fair ~0.8,
    good, great, excellent, brilliant, fantastic, amazing, awesome, wonderful, lovely, nice,
    superb, outstanding, exceptional, fabulous, terrific, marvellous, marvelous, splendid, super,
    perfect, perfectly, ideal, impressive, impressed, pleasing, pleased, happy, happier, delighted,
    thrilled, satisfied, satisfying, enjoyable, enjoyed, enjoy, love, adore, adored, liked, beautiful,
    beautifully, gorgeous, stunning, lush, ace, cracking, smashing, top notch, top class, first class,
    first rate, world class, spot on, bang on, decent, fine ~0.5, ok ~0.3,
    okay ~0.3, alright ~0.3, all right ~0.3, better, best, the best, superior, incredible,
    phenomenal, sublime, divine, heavenly, magic, magical, class, classy, legendary, epic, cool,
    sweet, pleasant, pleasantly, welcome, reassuring, refreshing, comfortable, comfy, cosy, cozy,
    smooth, smoothly, seamless, easy ~0.7, easily ~0.7, straightforward ~0.7, painless, flawless,
    faultless, thanks for, thank you for, cheers for, ta for, thanks to, grateful, appreciated,
    appreciate, kudos,
    credit to, a credit, a pleasure, pleasure, delight, a delight, treat, a treat,
    winner, a winner,
    banging, belting, mint, tip top, a1, top, tops, chuffed, buzzing, over the moon,
    glowing, praise, praised, compliment, compliments, complimented, rave, raved, impeccable, exemplary, stellar, fine ~0.5, finest,
    generous, proper ~0.6, wow ~0.6, incredible, unreal ~0.8, dreamy, heaven,
    brilliantly, wonderfully, superbly, excellently, nicely, fantastically, greatly,
    well done, worked a treat, a treat, can not fault, could not fault,
    no complaints, nothing to complain about, could not ask for more, can not complain,
    could not complain, 👍, 👌, 😊, 😀, 😃, 😄, 🙂, ❤, 💯, 👏, 🙌, 😍, 🥰, ⭐, 🌟, 💎, 🥇, 😁, 🤩, 💕,
    🎉, ☺

    [opinions: negative]
    sketchy ~0.6,
    was mid, is mid, so mid, kinda mid, pretty mid, bit mid, trash, absolute trash, is pants, was pants,
    are pants, were pants, absolute pants, total pants, a bit pants,
    is not on, was not on, just not on, not on, not acceptable, out of order ~0.7, 😬, 🥴, 😑, 😐 ~0.5, 🤢,
    needs attention, need attention, needs more attention, need more attention, needed attention,
    taking the mick, taking the mickey, taking the piss, having a laugh,
    a shock ~0.8, nothing special, nothing to write home about, nothing to shout about,
    mind ~0.6,
    bad, badly, poor, poorly, terrible, awful, horrible, horrendous, horrid, dreadful, appalling,
    atrocious, abysmal, shocking, shockingly, disgraceful, disgrace, a disgrace, disgusting, gross,
    vile, nasty, rubbish, crap, crappy, shit, shite, shoddy, naff, useless, hopeless, pathetic,
    woeful, lousy, rotten, substandard, sub standard, unacceptable, ridiculous, ludicrous,
    outrageous, absurd, insane, silly ~0.7, crazy ~0.8, joke, a joke, a complete joke, laughable,
    shambles, a shambles, shambolic, farce, a farce, nightmare, a nightmare, disaster, a disaster,
    disastrous, fiasco, chaos, chaotic, disorganised, disorganized, inept, amateurish, amateur,
    disappointing, disappointed, disappointment, a disappointment, let down, let me down,
    let us down, letdown, underwhelming, underwhelmed, unimpressed, unimpressive, frustrating,
    frustrated, frustration, annoying, annoyed, irritating, irritated, infuriating, infuriated,
    angry, furious, fuming, livid, upset, upsetting, unhappy, dissatisfied, fed up, sick of,
    tired of, meh, so so ~0.6, average ~0.5, mediocre, forgettable, worst, the worst, worse,
    inferior, dire, grim, bleak, sad, sadly ~0.5, shame, a shame, shame about, pity, a pity,
    regret, regretted, complain, complained, complaint, complaints, complaining, moan, moaned,
    moaning, problem, problems, issue ~0.6, issues ~0.6, trouble ~0.6, hassle,
    fuss ~0.6, fail, failed, failure,
    failing, struggle, struggled, difficult ~0.7, impossible, avoid, stay away, waste, wasted,
    waste of time, cut off, cancelled ~0.7, canceled ~0.7, lost ~0.6, missing ~0.6, gone downhill,
    downhill, deteriorated, declined, sucks, sucked, hate, hated, loathe, dislike, disliked,
    scandalous, criminal, unbelievable ~0.5, embarrassing, embarrassed, ashamed, shameful,
    disrespect, neglected, neglect, uncomfortable, unpleasant, unpleasantly, horrific, horrifying,
    terrifying, distressing, distressed, stressful, stressed, a hassle, hard work, ordeal,
    an ordeal, never again, never happened, did not happen, never came, never turned up,
    no show, not good enough, rubbish ~1, wtf, ffs, smh, gutted, livid, raging, cheesed off,
    pissed off, hacked off, brassed off, rotten, grotty ~0.5, poorer, poorest, weak ~0.6, sloppy,
    careless, carelessly, negligent, negligence, pointless, waste of space, a waste of space,
    more than i can say for ~1.5, more than can be said for ~1.5, more than you can say for ~1.5,
    let down by, shouted at, shouting at, yelled at, yelling at, screamed at, contradicted,
    contradicts, contradictory, got wrong, went wrong, messed up, mess up, cock up,
    balls up, screwed up, botched, bungled, 👎, 😡, 😠, 🤬, 😤, 😞, 😢, 😭, 🤮, 💩, 😩, 😫, 😖, 😣

    # round 14: colloquial "mad" words for a situation
    [opinions: negative]
    mental ~0.8, bonkers ~0.7

    [opinions: positive]
    never had a problem with, never had any problems with, never had an issue with,
    never had any issues with, made up for it, made up for that, more than made up for,
    can not go wrong, you can not go wrong

    # round 15: a thing that could do with attention; worth the trip
    [opinions: negative]
    some attention, a bit of attention, some tlc, a bit of tlc, needs attention

    [opinions: positive]
    worth the trip, worth the journey, worth the drive, worth a visit, worth the visit

    # round 16: people and things that save the day
    [opinions: positive]
    lifeline, a lifeline, lifesaver, a lifesaver, life saver, a life saver,


    [opinions: negative]
    unbearable, unbearably, intolerable, insufferable,


    # round 16: "nothing to write home about" and its negated praise
    [opinions: negative]
    nothing to rave about,

    [opinions: positive]
    anything to write home about, something to write home about,


    [opinions: positive]


    # round 16: change for the better as praise of its aspect ("the food has improved since the refit")
    [opinions: positive]
    much improved, has improved, have improved, had improved, is improving, really improved,
    improved a lot, improved no end, better than ever, better than it used to be, come on leaps and bounds,


    [opinions: negative]
    😱, 😳,

    # a score judges what it is given to: "food 10/10", "2 stars for the service", "the room, 3 out of 10"
    [opinions: positive]
    @high-rating

    [opinions: negative]
    @middling-rating ~0.5, @low-rating

    # 2026.12-10: slick things; resenting; a bit much
    [opinions: positive]
    slick ~0.8

    [opinions: negative]
    resent, resented, resenting, begrudge, begrudged, a bit much ~0.7
    """#
}
