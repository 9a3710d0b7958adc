import ArgumentParser
import RapportCapture
import RapportEvents

/// `rapport capture utterance`: one turn of speech in an interaction.
struct CaptureUtteranceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "utterance", abstract: "Capture rapport.interaction.utterance: one turn of speech.")

    @OptionGroup var capture: CaptureOptions
    @OptionGroup var send: CaptureSendOptions

    @Option(help: "The customer's id (keeps the interaction's events in order).") var customerId: String
    @Option(help: "The interaction id.") var interaction: String
    @Option(help: "Who spoke: agent or customer.") var speaker: Speaker
    @Option(help: "What was said.") var text: String
    @Option(help: "Milliseconds from the start of the interaction.") var offsetMs: Int?

    func run() throws {
        try CaptureOneShot.run(capture, send) { desk, time throws(CaptureError) in
            let data = try CaptureArguments.data { () throws(EventValidationError) in
                try Utterance(interactionID: interaction, speaker: speaker, text: text, offsetMilliseconds: offsetMs)
            }
            return try desk.customer(customerId).event(data, at: time)
        }
    }
}
