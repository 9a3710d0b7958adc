import ArgumentParser
import RapportCapture
import RapportEvents

/// `rapport capture complaint-resolved`: a complaint was dealt with.
struct CaptureComplaintResolvedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaint-resolved", abstract: "Capture rapport.complaint.resolved: a complaint was dealt with.")

    @OptionGroup var capture: CaptureOptions
    @OptionGroup var send: CaptureSendOptions

    @Option(help: "The customer's id (keeps the complaint's events in order).") var customerId: String
    @Option(help: "The complaint id.") var complaint: String
    @Option(help: "What was done.") var resolution: String
    @Option(help: "Whether the customer said they were satisfied: true or false.") var customerSatisfied: Bool?

    func run() throws {
        try CaptureOneShot.run(capture, send) { desk, time throws(CaptureError) in
            let data = try CaptureArguments.data { () throws(EventValidationError) in
                try ComplaintResolved(complaintID: complaint, resolution: resolution, customerSatisfied: customerSatisfied)
            }
            return try desk.customer(customerId).event(data, at: time)
        }
    }
}
