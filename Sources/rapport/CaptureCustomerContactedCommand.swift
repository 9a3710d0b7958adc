import ArgumentParser
import RapportCapture
import RapportEvents

/// `rapport capture customer-contacted`: someone contacted a customer, e.g. to follow up.
struct CaptureCustomerContactedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer-contacted", abstract: "Capture rapport.customer.contacted: a customer was contacted (a follow-up).")

    @OptionGroup var capture: CaptureOptions
    @OptionGroup var send: CaptureSendOptions

    @Option(help: "The customer's id.") var customerId: String
    @Option(help: "The promise followed up.") var promise: String?
    @Option(help: "The source of the feedback event followed up (with --feedback-id).") var feedbackSource: String?
    @Option(help: "The id of the feedback event followed up (with --feedback-source).") var feedbackId: String?
    @Option(help: "The complaint followed up.") var complaint: String?
    @Option(help: "How: front-desk, phone, chat, email or other.") var channel: Channel
    @Option(help: "A note, e.g. \"left a voicemail\".") var note: String?

    func validate() throws {
        guard (feedbackSource == nil) == (feedbackId == nil) else {
            throw ValidationError("--feedback-source and --feedback-id go together: they name the feedback event followed up")
        }
    }

    func run() throws {
        try CaptureOneShot.run(capture, send) { desk, time throws(CaptureError) in
            let feedback = feedbackSource.flatMap { source in feedbackId.map { EventReference(source: source, id: $0) } }
            let data = try CaptureArguments.data { () throws(EventValidationError) in
                try CustomerContacted(customerID: customerId, promiseID: promise, feedback: feedback, complaintID: complaint,
                                      channel: channel, note: note)
            }
            return try desk.event(data, at: time)
        }
    }
}
