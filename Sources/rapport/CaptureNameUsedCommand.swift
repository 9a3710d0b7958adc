import ArgumentParser
import RapportCapture
import RapportEvents

/// `rapport capture name-used`: the agent ticked "addressed the customer by name".
struct CaptureNameUsedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "name-used", abstract: "Capture rapport.interaction.name-used: the agent addressed the customer by name.")

    @OptionGroup var capture: CaptureOptions
    @OptionGroup var send: CaptureSendOptions

    @Option(help: "The customer's id (keeps the interaction's events in order).") var customerId: String
    @Option(help: "The interaction id.") var interaction: String

    func run() throws {
        try CaptureOneShot.run(capture, send) { desk, time throws(CaptureError) in
            let data = try CaptureArguments.data { () throws(EventValidationError) in try NameUsed(interactionID: interaction) }
            return try desk.customer(customerId).event(data, at: time)
        }
    }
}
