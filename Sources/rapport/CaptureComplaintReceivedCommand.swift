import ArgumentParser
import RapportCapture
import RapportEvents

/// `rapport capture complaint-received`: a customer complained.
struct CaptureComplaintReceivedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaint-received", abstract: "Capture rapport.complaint.received: a customer complained.")

    @OptionGroup var capture: CaptureOptions
    @OptionGroup var send: CaptureSendOptions

    @Option(help: "The complaint id. Default: a new ULID (printed with --json).") var complaint: String?
    @Option(help: "The customer's id.") var customerId: String
    @Option(help: "The customer's name.") var customerName: String
    @Option(help: "The interaction it arose in.") var interaction: String?
    @Option(help: "The complaint in the customer's words.") var text: String
    @Option(help: "How serious: low, normal or high.") var severity: ComplaintSeverity?

    func run() throws {
        try CaptureOneShot.run(capture, send) { desk, time throws(CaptureError) in
            let data = try CaptureArguments.data { () throws(EventValidationError) in
                try ComplaintReceived(complaintID: complaint ?? desk.ids.next().description,
                                      customer: .init(id: customerId, name: customerName), interactionID: interaction,
                                      text: text, severity: severity)
            }
            return try desk.event(data, at: time)
        }
    }
}
