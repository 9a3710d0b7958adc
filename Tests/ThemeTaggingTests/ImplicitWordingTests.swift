import Testing
import ThemeTagging

@Suite("Implicit wording")
struct ImplicitWordingTests {
    let tagger = Shared.tagger

    @Test("Durations, knowing, prices and mess judge a theme without naming it", arguments: [
        ("Waited ages for a table.", "waiting-time-"),
        ("We were there forever.", "waiting-time-"),
        ("Sat in reception for an hour and a half.", "waiting-time-"),
        ("Served within five minutes.", "waiting-time+"),
        ("She knew exactly which part I needed.", "knowledge+"),
        ("The lad didn't know the first thing about laptops.", "knowledge-"),
        ("What a rip-off.", "price-"),
        ("£12 for a sandwich.", "price-"),
        ("The floor was covered in crumbs.", "cleanliness-"),
        ("The tea was stone cold and tasteless.", "product-quality-"),
        ("I had to chase them three times for an answer.", "communication-"),
        ("They remembered my name from last time.", "staff-attitude+"),
    ])
    func tags(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Broader implicit wording: early and late, feelings, diagnosis, reminders, wear", arguments: [
        ("The parcel turned up three days early.", "waiting-time+"),
        ("My check-up ran forty minutes behind.", "waiting-time-"),
        ("The staff made me feel so welcome.", "staff-attitude+"),
        ("They made us feel really stupid for asking.", "staff-attitude-"),
        ("The locksmith got to the bottom of the problem.", "knowledge+"),
        ("He knew the range inside out.", "knowledge+"),
        ("Half the new team don't know how to use the till.", "knowledge-"),
        ("Got an email to remind me of the booking.", "communication+"),
        ("The instructions made no sense.", "communication-"),
        ("The toilets need more attention.", "cleanliness-"),
        ("The coat has lasted three winters.", "product-quality+"),
        ("Cost pennies.", "price+"),
        ("The table was wobbly.", "product-quality-"),
        ("We'd barely sat down when the drinks arrived.", "waiting-time+"),
        ("Nobody said the lift was out.", "communication-"),
    ])
    func broaderImplicitWording(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Round 13 classes: asking others, finding what others missed, smells, cheaper elsewhere, dying devices, calls to check", arguments: [
        ("The assistant had to go and ask her manager about the warranty.", "knowledge-"),
        ("The optician spotted it straight away.", "knowledge+"),
        ("Our GP has never steered us wrong.", "knowledge+"),
        ("You could smell the drains from the waiting area.", "cleanliness-"),
        ("The corridor smelt of fresh paint and polish.", "cleanliness+"),
        ("The same boots are half the price at the market.", "price-"),
        ("A £4 fee just to pay by card.", "price-"),
        ("The final invoice was exactly what they quoted.", "price+"),
        ("The lawnmower wouldn't start after a week.", "product-quality-"),
        ("The printer freezes every morning.", "product-quality-"),
        ("My trainers lasted over a year of daily running.", "product-quality+"),
        ("The surgery rang me that evening just to check on my knee.", "communication+"),
        ("I found out from my neighbour that the road was closing.", "communication-"),
        ("The guard snapped at my kids for touching the display.", "staff-attitude-"),
        ("The pharmacy never runs late.", "waiting-time+"),
        ("It took the entire morning to get my prescription.", "waiting-time-"),
        ("Only one till open on a Saturday.", "waiting-time-"),
        ("We're on a waiting list for a council flat.", "{}"),
        ("I lost my temper with the printer, not the staff's fault.", "{}"),
    ])
    func round13Classes(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Round 16 classes: manner towards someone, deeds, wrong items, reactions to a bill, outcomes", arguments: [
        ("The nurse was wonderful with my nervous son.", "staff-attitude+"),
        ("The pharmacist was short with my elderly mum.", "staff-attitude-"),
        ("The cashier chatted to her colleague the whole time I was paying.", "staff-attitude-"),
        ("The porter barely glanced at us.", "staff-attitude-"),
        ("The guard followed me round the shop like I was a thief.", "staff-attitude-"),
        ("The trainee knew less about the tablet than my gran does.", "knowledge-"),
        ("They sold me a charger for the wrong model.", "knowledge-"),
        ("The instructor corrected my swimming technique in one lesson.", "knowledge+"),
        ("The bill was a nasty shock.", "price-"),
        ("The jacket cost me a pretty penny.", "price-"),
        ("The vase arrived in bits.", "product-quality-"),
        ("The shower in our room was barely a trickle.", "product-quality-"),
        ("My cat is back to her old self after the op.", "product-quality+"),
        ("The changing rooms were like a swamp.", "cleanliness-"),
        ("The carpets have been shampooed and the place smells of nothing.", "cleanliness+"),
        ("Nobody picked up the phone all morning.", "waiting-time-"),
        ("I'm on the desk and customers tell me the phone line is always engaged.", "waiting-time-"),
        ("They squeezed me in on the same afternoon.", "waiting-time+"),
        ("The waiter brought crayons for the kids without us asking.", "staff-attitude+"),
        ("He couldn't get rid of us fast enough.", "staff-attitude-"),
        ("The mechanic had clearly never seen an electric car before.", "knowledge-"),
        ("Her hair looks amazing after the colour.", "product-quality+"),
        ("The hotel wifi is slow and the lounge computers are slow too.", "product-quality-"),
        ("The food has improved since the new chef started.", "product-quality+"),
        ("The tailor said the jacket needed taking in at the shoulders, and he was right.", "knowledge+"),
        ("Nobody could tell me which form was right.", "knowledge-"),
    ])
    func roundSixteenClasses(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Round 17 classes: turnaround as back in use, rings, money saved, telling one thing from another, indiscretion, hurrying, outcomes, contact the moment", arguments: [
        ("Had the van back on the road within the hour.", "waiting-time+"),
        ("The printer was up and running in ten minutes.", "waiting-time+"),
        ("They swapped both batteries in half an hour flat.", "waiting-time+"),
        ("Rang the surgery and they answered within three rings.", "waiting-time+"),
        ("Switching broadband through them saved us hundreds.", "price+"),
        ("The shirt came back torn and they still charged full price.", "price- product-quality-"),
        ("The new lad can't tell a sirloin from a rump.", "knowledge-"),
        ("The nurse read out my weight so the whole ward could hear.", "staff-attitude-"),
        ("The cashier told me to hurry up.", "staff-attitude-"),
        ("He made me feel like I was a burden for asking.", "staff-attitude-"),
        ("The hire car had been valeted.", "cleanliness+"),
        ("They got the red wine stain out of my rug.", "product-quality+"),
        ("My bike's in decent nick after the service.", "product-quality+"),
        ("The new charger lasted five minutes.", "product-quality-"),
        ("The cream did the trick.", "product-quality+"),
        ("The piercing got infected.", "product-quality-"),
        ("The kids licked their plates clean.", "product-quality+"),
        ("The vet phoned me the moment the op was over.", "communication+"),
        ("The builder texted us after every visit.", "communication+"),
        ("The kitchen was crawling with ants.", "cleanliness-"),
        ("The changing room smelt of stale sweat.", "cleanliness-"),
        ("Nobody told us why the train had stopped.", "communication-"),
        ("Still no text about my prescription after a week.", "communication-"),
        ("Their complaints line is a black hole.", "communication-"),
        ("The assistant followed us round like we were thieves.", "staff-attitude-"),
        ("The salesman kept pushing the warranty even after I said no.", "staff-attitude-"),
        ("We landed a full six hours late.", "waiting-time-"),
        ("She did knock a tenner off the bill.", "price+"),
        ("Half the seedlings were dead within a week.", "product-quality-"),
        ("The chemist said to take it with food, which the GP said was wrong.", "knowledge-"),
        ("He said the part was in stock, which turned out to be untrue.", "knowledge-"),
        ("The assistant served the man behind me like I was invisible.", "staff-attitude-"),
    ])
    func roundSeventeenClasses(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("2026.12-10: advice given is knowledge, its lack knowledge lacking, showing how communication; other wording", arguments: [
        ("She showed me how to use the inhaler properly.", "communication+"),
        ("The lad at the hardware shop told me how to bleed the radiators.", "knowledge+"),
        ("The decorator told me which filler to use.", "knowledge+"),
        ("Nobody could tell a customer which charger fits.", "knowledge-"),
        ("Nobody could tell me how to reset it.", "knowledge-"),
        // Other 2026.12-10 wording: failing goods in other forms, coldness towards people, a bill under
        // budget, a verb of disliking judging its object, letters nobody can make head nor tail of.
        ("The handle falls apart if you look at it.", "product-quality-"),
        ("The waitress was cold with us from the start.", "staff-attitude-"),
        ("The bill was less than we had budgeted.", "price+"),
        ("Everyone resented the new parking charge.", "price-"),
        ("Everyone loved the chef's pies.", "product-quality+"),
        ("The waitress noticed I had left most of it.", "staff-attitude+"),
        ("They called the toilets a disgrace.", "cleanliness-"),
        ("Several called the staff rude.", "staff-attitude-"),
        ("The mechanic noticed the brake pads were worn.", "knowledge+"),
        ("Their letters? Can't make head nor tail of them.", "communication-"),
        ("Battery done while I nipped to the bank.", "waiting-time+"),
    ])
    func adviceGiven(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }
}
