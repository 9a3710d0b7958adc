import ArgumentParser
import RapportCapture
import RapportEvents

/// `rapport capture interaction-ended`: the interaction is over.
struct CaptureInteractionEndedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interaction-ended", abstract: "Capture rapport.interaction.ended: the interaction is over.")

    @OptionGroup var capture: CaptureOptions
    @OptionGroup var send: CaptureSendOptions

    @Option(help: "The customer's id (keeps the interaction's events in order).") var customerId: String
    @Option(help: "The interaction id.") var interaction: String
    @Option(help: "How it ended, in free text.") var outcome: String?

    func run() throws {
        try CaptureOneShot.run(capture, send) { desk, time throws(CaptureError) in
            let data = try CaptureArguments.data { () throws(EventValidationError) in
                try InteractionEnded(interactionID: interaction, outcome: outcome)
            }
            return try desk.customer(customerId).event(data, at: time)
        }
    }
}
