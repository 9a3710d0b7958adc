import Testing

/// Each kind of non-commitment, written and as speech recognition gives it.
@Suite("Non-commitments") struct NonCommitmentTests {
    static let questionsCases: [CommitmentCase] = [
        .not("Would you like me to call you tomorrow?", .noUndertaking),
        .not("Shall I send it to your home address?", .noUndertaking),
        .not("Will you be in tomorrow?", .noUndertaking),
        .not("So you'll have the car back by Friday?", .question),
        .not("shall we book you in for friday", .noUndertaking),
        .not("do you want me to email you the invoice by five", .noUndertaking),
        .not("what time should i call you tomorrow", .noUndertaking),
        .not("how about i call you on monday", .noUndertaking),
        .not("would it help if we will deliver it on saturday", .question),
        .not("is it ok if we will come round at ten tomorrow", .question),
    ]

    static let conditionalsCases: [CommitmentCase] = [
        .not("If the parts arrive tomorrow, we'll fit them on Friday.", .conditional),
        .not("We'll refund you if the item is faulty.", .conditional),
        .not("Unless we hear otherwise, we'll proceed on Monday.", .conditional),
        .not("Should the payment bounce, I'll call you straight away.", .conditional),
        .not("In that case we'll replace it free of charge.", .conditional),
        .not("I can't do it now, but if you leave it with us we'll fix it by Friday.", .conditional),
        .not("if youre not happy well refund you", .conditional),
        .not("provided you bring the receipt well exchange it", .conditional),
        .not("we will deliver it on monday assuming the road is open", .conditional),
        .not("as long as the part comes in well have it done by thursday", .conditional),
    ]

    static let refusalsCases: [CommitmentCase] = [
        .not("We won't be able to deliver until next week.", .refusal),
        .not("I'm sorry, we're not going to be able to fix that here.", .refusal),
        .not("I'm afraid we won't have it till Monday.", .refusal),
        .not("we will not be refunding the deposit", .refusal),
        .not("no we wont be able to do it today", .refusal),
        .not("sorry we cant take card payments", .noUndertaking),
    ]

    static let pastCases: [CommitmentCase] = [
        .not("We sent the parcel yesterday.", .noUndertaking),
        .not("I was going to call you yesterday but we got busy.", .noUndertaking),
        .not("I told you last week I'd call you back.", .noUndertaking),
        .not("i already emailed it to you this morning", .noUndertaking),
        .not("we fixed the brakes last week and tested them", .noUndertaking),
    ]

    static let customerPlansCases: [CommitmentCase] = [
        .not("So you'll pop in on Thursday with your passport.", .customerPlan),
        .not("So you'll get the car serviced before the trip.", .customerPlan),
        .not("You'll need to bring your ID.", .customerPlan),
        .not("You'll have to fill in this form by Friday.", .customerPlan),
        .not("so youll come back on friday", .customerPlan),
        .not("ok so you are going to call the bank tomorrow", .customerPlan),
    ]

    static let policiesCases: [CommitmentCase] = [
        .not("Refunds will be processed within 5 working days.", .policy),
        .not("Our engineers will always call before they visit.", .policy),
        .not("Every order will be checked before dispatch.", .policy),
        .not("Customers who book online will get a discount.", .policy),
        .not("We normally deliver within three working days.", .noUndertaking),
        .not("we will usually get back to you within a day", .policy),
    ]

    static let hedgesCases: [CommitmentCase] = [
        .not("I'll try to get it to you by Friday.", .hedge),
        .not("We'll do our best to have it ready by Monday.", .hedge),
        .not("We'll probably have it by Friday.", .hedge),
        .not("Hopefully we'll have the results tomorrow.", .hedge),
        .not("I think we'll have it by Thursday.", .hedge),
        .not("I'll see if I can get you an earlier slot.", .hedge),
        .not("We'll have it by Tuesday, but don't hold me to that.", .hedge),
        .not("We can't guarantee it'll arrive before Christmas.", .hedge),
        .not("i will try and get someone out tomorrow", .hedge),
        .not("well aim to get it back to you next week", .hedge),
        .not("we'll be hoping to have the results by friday", .hedge),
    ]

    static let informationCases: [CommitmentCase] = [
        .not("The shop will be closed on Monday for the bank holiday.", .information),
        .not("We'll be open until 8 on Thursday.", .information),
        .not("There will be a small charge for the callout.", .information),
        .not("It'll cost about two hundred dollars.", .information),
        .not("It will take about three days.", .information),
        .not("We'll need your signature on this form.", .information),
        .not("Your appointment is at 3pm on Friday.", .noUndertaking),
        .not("the branch is closed on sundays", .noUndertaking),
    ]

    static let thirdPartyCases: [CommitmentCase] = [
        .not("The courier said they'd deliver it tomorrow.", .noUndertaking),
        .not("The manufacturer told us they will replace the unit next week.", .thirdParty),
        .not("According to the warehouse, it will be dispatched on Friday.", .thirdParty),
        .not("They'll deliver it on Friday, the supplier said.", .thirdParty),
        .not("my manager said he will call you tomorrow", .thirdParty),
        .not("the insurance company says it will take ten days", .thirdParty),
    ]

    @Test(arguments: questionsCases) func questions(_ row: CommitmentCase) { row.check() }
    @Test(arguments: conditionalsCases) func conditionals(_ row: CommitmentCase) { row.check() }
    @Test(arguments: refusalsCases) func refusals(_ row: CommitmentCase) { row.check() }
    @Test(arguments: pastCases) func past(_ row: CommitmentCase) { row.check() }
    @Test(arguments: customerPlansCases) func customerPlans(_ row: CommitmentCase) { row.check() }
    @Test(arguments: policiesCases) func policies(_ row: CommitmentCase) { row.check() }
    @Test(arguments: hedgesCases) func hedges(_ row: CommitmentCase) { row.check() }
    @Test(arguments: informationCases) func information(_ row: CommitmentCase) { row.check() }
    @Test(arguments: thirdPartyCases) func thirdParty(_ row: CommitmentCase) { row.check() }
}
