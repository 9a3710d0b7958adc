import ArgumentParser
import RapportCapture
import RapportEvents

/// `rapport capture interaction-started`: an agent began serving a customer.
struct CaptureInteractionStartedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interaction-started", abstract: "Capture rapport.interaction.started: an agent began serving a customer.")

    @OptionGroup var capture: CaptureOptions
    @OptionGroup var send: CaptureSendOptions

    @Option(help: "The interaction id. Default: a new ULID (printed with --json).") var interaction: String?
    @Option(help: "How the customer came: front-desk, phone, chat, email or other.") var channel: Channel = .frontDesk
    @Option(help: "The customer's id.") var customerId: String
    @Option(help: "The customer's name as they give it, in any script.") var customerName: String
    @Option(help: "The name they want to be called, e.g. Bob.") var preferred: String?
    @Option(help: "Their title, e.g. Dr. or Mrs.") var title: String?
    @Option(help: "The agent's name (the agent's id is --agent / capture.agent).") var agentName: String

    func run() throws {
        try CaptureOneShot.run(capture, send) { desk, time throws(CaptureError) in
            guard let agent = desk.agent else {
                throw .invalidDesk("interaction-started names the agent: pass --agent or set capture.agent")
            }
            let data = try CaptureArguments.data { () throws(EventValidationError) in
                try InteractionStarted(
                    interactionID: interaction ?? desk.ids.next().description, channel: channel,
                    customer: .init(id: customerId, name: customerName, preferred: preferred, title: title),
                    agent: .init(id: agent, name: agentName))
            }
            return try desk.event(data, at: time)
        }
    }
}
