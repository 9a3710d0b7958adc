import Testing
import ThemeTagging

/// Round 15 (lexicon 2026.12-5): judgements carried by comparisons, denials, deeds and outcomes. Each row
/// is an invented sentence (none is from the labelled set) standing for a rule of English or a class of
/// wording, not for a sentence. These are the lexicon's readings, tested without the learned reader, which
/// weighs the words alone and can give waiting time to a sentence about times of day that the lexicon leaves
/// untagged on purpose ("booked between 8 and 12, turned up at 11.58"; the plugin README names it under "The
/// learned reader").
@Suite("Compared wording")
struct ComparedWordingTests {
    let tagger = Shared.lexiconTagger

    @Test("Times of day and amounts compared", arguments: [
        ("Reserved a table for 7, we were seated at 7.50.", "waiting-time-"),
        ("Appointment at 2pm, I was seen at 3.15.", "waiting-time-"),
        ("Appointment at 9, seen at 9.05.", "{}"),
        ("The room wasn't ready till gone 5.", "waiting-time-"),
        ("The garage quoted £180. The final bill was £180.", "price+"),
        ("They quoted £60 and charged £95.", "price-"),
        ("Can't believe they charge £6 for a coffee.", "price-"),
    ])
    func compared(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("2026.12-9: days and times of day against the ones promised, booked or timetabled", arguments: [
        ("The plumber said Thursday and turned up the following Tuesday.", "waiting-time-"),
        ("Promised for Friday and it was delivered on Friday.", "waiting-time+"),
        ("Kitchen booked to be fitted on Monday, fitters started Wednesday.", "waiting-time-"),
        ("Booked a table for Friday and went back on Sunday for lunch.", "{}"),
        ("Ready by Friday, they told me. Ready the following Wednesday, in the end.", "waiting-time-"),
        ("Called in at 10:01 for my 10:00 check-up.", "waiting-time+"),
        ("The 18.05 left at 18.50 again.", "waiting-time-"),
        ("Engineer booked between 8 and 12, turned up at 11.58.", "{}"),
        ("Scored it 4.5, booked for 4, served at 4.", "waiting-time+"),
        ("Ordered at 6, the curry was at the door by 6:20.", "waiting-time+"),
        ("We checked in at twenty past two and the room was ready at quarter to four.", "waiting-time-"),
        ("Rang the helpline at 9:00, got through at 9:50.", "waiting-time-"),
        ("Delivery slot from 7 till 6, the van came at ten past six.", "waiting-time-"),
        ("Between 2 and 4, they said. The van came at 3:10.", "{}"),
        // Guards: the clock goes round ("10pm ... by 1am" is three hours); a booked time starts no span;
        // leaving, head-counts and return visits are no arrivals; arriving early is not late.
        ("Ordered at 10pm and it was at the door by 1am.", "{}"),
        ("Appointment booked for 2pm, seen at 12.30 because they had a cancellation.", "{}"),
        ("We came in at 6 and 8 of us were served in ten minutes, brilliant.", "waiting-time+"),
        ("Came in at 10 and left at 11 with the car fixed.", "product-quality+"),
        ("Booked for 11 but I got there at 9.45 as I was early.", "{}"),
        ("We booked for Saturday and loved it. Came back on Tuesday for lunch, also great.", "{}"),
        ("Booked for Monday, it was done Monday but then I came back Friday for the keys.", "waiting-time+"),
        // 2026.12-10: the day promised is the one after the promise, not a later one in its sentence; with
        // nothing promised, days are read as a span from the first one named.
        ("They said Wednesday and it came on Friday.", "waiting-time-"),
        ("Reported the leak on the 3rd and it was fixed on the 4th.", "waiting-time+"),
        ("Ordered Monday, it arrived Wednesday.", "waiting-time+"),
        ("Handed it in on the 2nd, got it back on the 23rd.", "waiting-time-"),
        ("Ordered on the Monday and it came on the Friday.", "{}"),
        ("We go every Monday and the food comes out by Tuesday.", "{}"),
        ("The 1st engineer was useless, the 2nd one fixed it.", "product-quality+ staff-attitude-"),
    ])
    func daysAndTimes(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("2026.12-10: a score on a scale judges what it is given to", arguments: [
        ("Pizza 9/10, driver 3/10.", "product-quality+ staff-attitude-"),
        ("Breakfast: 4/10.", "product-quality-"),
        ("Gave the haircut 2 out of 10.", "product-quality-"),
        ("Receptionist ten out of ten, so welcoming.", "staff-attitude+"),
        ("Cleanliness 1 star, staff 5 stars.", "cleanliness- staff-attitude+"),
        ("Zero stars for the toilets.", "cleanliness-"),
        ("Bathroom 5/10 at best.", "cleanliness-"),
        ("Food 11/10, would come back.", "product-quality+"),
        // A heading's colon parts nothing: "Food: cold" is "food cold".
        ("Starters: cold. Waiter: lovely.", "product-quality- staff-attitude+"),
        // Guards: a count is no score, a date is no score, a grade of hotel judges nothing, and a score
        // given to nothing in particular judges no theme.
        ("9 out of 10 times the coffee is cold.", "product-quality-"),
        ("I rang them on 2/10 about my order.", "{}"),
        ("The staff booked me in for 3/10 and fitted it 9/10.", "{}"),
        ("We stayed in a 4 star hotel near the station.", "{}"),
        ("Left them a 1 star review.", "{}"),
        ("10/10 would come again.", "{}"),
        ("Open 24/7 which is handy.", "{}"),
    ])
    func ratings(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("2026.12-9: this business's amount against a rival's or the estimate", arguments: [
        ("The dealer wanted £450 for the clutch; this lot did it for £300.", "price+"),
        ("The main dealer charges £90 an hour and this lot charge £60.", "price+"),
        ("It came to £95, well under the £140 estimate.", "price+"),
        ("The same shopping costs £80 at the supermarket and £95 here.", "price-"),
        // 2026.12-10: the amount a quoting word gives is the one the bill is read against.
        ("The builder quoted £2,000 and the invoice said £2,600.", "price-"),
        ("Quoted me £300 on the phone, charged £250 in the end.", "price+"),
        ("Quoted £280 for the job and £40 for parts.", "{}"),
        ("It was £150 here against £300 at the main dealer.", "price+"),
    ])
    func againstRivals(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Denials: elliptical, of reported speech, and failures to tell", arguments: [
        ("The staff were lovely, the toilets were not.", "cleanliness- staff-attitude+"),
        ("The rooms were tidy, but the staff were not.", "cleanliness+ staff-attitude-"),
        ("Service was ok, prices were not.", "price-"),
        ("The rep said the fitting was included. It wasn't.", "knowledge-"),
        ("The assistant said the charger wouldn't work with my phone. It does.", "knowledge-"),
        ("The fitter told me the warranty covered it; it doesn't, and I paid for the repair myself.", "knowledge-"),
        ("The fitter said the old bracket wouldn't take the weight. It didn't.", "{}"),
        ("They said the fitting was included, no extra charge. It wasn't.", "knowledge-"),
        ("I said I would come back for it. I didn't.", "{}"),
        ("The manager said he would call me back, but he didn't.", "communication-"),
        ("They said they would ring when it was ready, and they did.", "communication+"),
        // What staff said, then what really was.
        ("The fitter said we needed a new boiler. A second opinion found a loose valve.", "knowledge-"),
        ("The agent told us the flat came with parking. Turns out it doesn't.", "knowledge-"),
        ("My friend said I'd love it, and it turned out to be a great night.", "{}"),
        ("I said I'd manage on my own, and it turned out I couldn't.", "{}"),
        ("I loved the place. It wasn't cheap though.", "price-"),
        ("Nobody rang to say the engineer was running late.", "communication- waiting-time-"),
        ("Nobody told us about the delay.", "communication- waiting-time-"),
        ("I've emailed about the delay three times and still no answer.", "communication-"),
        ("I emailed about the price twice, no reply.", "communication-"),
        ("The texts about the delay were brilliant, every half hour.", "communication+"),
    ])
    func denials(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("A length of time against the one promised", arguments: [
        ("Promised the blinds in ten days. Six weeks on, nothing.", "waiting-time-"),
        ("They said 20 minutes. It was more like an hour.", "waiting-time-"),
        ("It's been 3 weeks, they said 5 days.", "waiting-time-"),
        ("Quoted three weeks for the alterations and they were ready in two weeks.", "waiting-time+"),
        ("The estimate was two hours for the whole job and he was back in forty minutes.", "waiting-time+"),
        ("Quoted a fortnight for the alterations, done in a week.", "waiting-time+"),
        // Not a promise, or not a length of the wait: "never", "ago", a chase on the way.
        ("I will never wait 3 hours again. Last time it took 40 minutes.", "{}"),
        ("They said it would take a week. I rang after 3 days to ask how it was going.", "{}"),
    ])
    func promisedTimes(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Deeds and outcomes as classes", arguments: [
        ("The waitress rolled her eyes and wandered off.", "staff-attitude-"),
        ("She fetched my coat without me asking, bless her.", "staff-attitude+"),
        ("The plumber put dust sheets down and took the old pipes away with him.", "cleanliness+"),
        ("The chemist double checked with my doctor, and she turned out to be right.", "knowledge+"),
        ("They rang me back within the hour.", "communication+"),
        ("The bathroom could do with some attention.", "cleanliness-"),
        ("The grill was making a grinding noise after a week.", "product-quality-"),
        ("The work came in under the estimate.", "price+"),
        ("No record of my call, and still no confirmation email.", "communication-"),
    ])
    func deeds(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Round 16: lengths compared, lengths for a task, prices for minutes, the speed of a skill", arguments: [
        ("The registration took longer than the appointment itself.", "waiting-time-"),
        ("We queued longer than the film lasted.", "waiting-time-"),
        ("It took less time than I'd feared.", "waiting-time+"),
        ("£120 for an inspection that took five minutes.", "price-"),
        ("The optician spotted the problem in seconds.", "knowledge+"),
        ("We sat there an extra half hour.", "waiting-time-"),
        ("I was stood there the best part of twenty five minutes.", "waiting-time-"),
        ("The line at the post office didn't budge for twenty minutes.", "waiting-time-"),
        ("Garage had the car back with me in a day.", "waiting-time+"),
        ("I found the same hotel £40 cheaper online.", "price-"),
        ("Can't complain for £30 a head.", "price+"),
        ("Not bad for a tenner.", "price+"),
    ])
    func roundSixteenComparisons(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }
}
