import Testing

/// Commitments in their grammatical forms, written and as speech recognition gives them, with
/// the deadline words each holds.
@Suite("Commitments") struct CommitmentDetectorTests {
    static let writtenCases: [CommitmentCase] = [
        .commits("I'll ring you back this afternoon with the quote.", due: "this afternoon"),
        .commits("We will courier the documents to you by Thursday.", due: "by Thursday"),
        .commits("Our technician is going to come out on Monday.", due: "on Monday"),
        .commits("We shall dispatch the goods on 3 March.", due: "on 3 March"),
        .commits("Your replacement card will be posted within 5 working days.", due: "within 5 working days"),
        .commits("You'll receive a confirmation email within the hour.", due: "within the hour"),
        .commits("You will be contacted by our claims team tomorrow.", due: "tomorrow"),
        .commits("I promise we'll have it fixed by Monday.", due: "by Monday"),
        .commits("Rest assured, the engineer will call before noon.", due: "before noon"),
        .commits("Consider it done."),
        .commits("I've escalated it to my supervisor, who will call you by Friday.", due: "by Friday"),
        .commits("Mike will have the car ready by 6pm.", due: "by 6pm"),
        .commits("Expect an email from us by end of day.", due: "by end of day"),
        .commits("You can expect a call from the surgery tomorrow.", due: "tomorrow"),
        .commits("By Friday, we'll have the new bumper fitted.", due: "By Friday"),
        .commits("Before we shut I'll put the forms in the post.", due: "Before we shut"),
        .commits("I've booked the cab; it'll be outside in 15 minutes.", due: "in 15 minutes"),
        .commits("We'll have it ready for you the day after tomorrow.", due: "the day after tomorrow"),
        .commits("The parcel will be with you by the 12th, you have my word.", due: "by the 12th"),
        .commits("I'll look into the charge and let you know.", due: nil),
        .commits("Someone will be with you shortly.", due: "shortly"),
        .commits("We will call you as soon as it arrives."),
    ]

    static let refusalOrPastWithUndertakingCases: [CommitmentCase] = [
        .commits("I can't do a refund today, but I will post the cheque tomorrow.", due: "tomorrow"),
        .commits("Unfortunately we don't stock that model, but I'll order one in by next Tuesday.", due: "by next Tuesday"),
        .commits("I've logged the fault and an engineer will be out within 48 hours.", due: "within 48 hours"),
        .commits("The delivery was delayed, sorry. We'll redeliver tomorrow.", due: "tomorrow"),
        .commits("I can't promise it'll be today, but I'll definitely have it by Friday.", due: "by Friday"),
    ]

    static let transcribedCases: [CommitmentCase] = [
        .commits("ill have the forms ready for you by four pm tomorrow", due: "by four pm tomorrow"),
        .commits("youll get the refund within five working days", due: "within five working days"),
        .commits("ok madam i will personally call you tomorrow itself", due: "tomorrow"),
        .commits("yeah no worries ill chase the lab and ring you back in an hour", due: "in an hour"),
        .commits("we are going to replace the screen free of charge by the twenty first", due: "by the twenty first"),
        .commits("im gonna send it over first thing tomorrow", due: "first thing tomorrow"),
        .commits("well call you back in ten minutes", due: "in ten minutes"),
        .commits("so ill get the statement posted out by end of day", due: "by end of day"),
        .commits("um the new card will go out second class tomorrow", due: "tomorrow"),
        .commits("we will deliver the sofa on the twenty third of june", due: "on the twenty third of june"),
        .commits("the nurse is going to ring you back within forty eight hours", due: "within forty eight hours"),
        .commits("expect a text from us when the car is ready"),
        .commits("we will update you as soon as we can", due: "as soon as we can"),
    ]

    @Test(arguments: writtenCases) func written(_ row: CommitmentCase) { row.check() }
    @Test(arguments: refusalOrPastWithUndertakingCases) func refusalOrPastWithUndertaking(_ row: CommitmentCase) { row.check() }
    @Test(arguments: transcribedCases) func transcribed(_ row: CommitmentCase) { row.check() }
}
