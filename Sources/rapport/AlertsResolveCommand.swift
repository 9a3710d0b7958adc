import ArgumentParser
import RapportEvents

/// `rapport alerts resolve ID --note TEXT`: publishes `rapport.alert.resolved`.
struct AlertsResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Resolve an alert: publish rapport.alert.resolved with a reason.",
        discussion: """
            Publishes {"alert": ID, "reason": NOTE, "by": MANAGER} from source /managers/MANAGER \
            and prints the bus's answer (the offset it was stored at). Exits 65 with the bus's \
            reason when the bus rejects it. With --json it prints {"type", "id", "source", \
            "result": {"status", "offset"}}. The event carries the alert's location: --location, else the \
            location of the alert as raised, looked up in the last 90 days of the log.

            Examples:
              rapport alerts resolve 0193c7e2-alert --note "customer called back"
              rapport alerts resolve 0193c7e2-alert --note "duplicate of a-12" --by alice --location store-12

            \(ExitStatus.help(.failure, .rejected, .unavailable, .noPermission))
            """
    )

    @OptionGroup var bus: ClientOptions
    @OptionGroup var alert: AlertsManagerOptions

    @Option(name: .long, help: "Why it no longer needs action (data.reason).")
    var note: String

    func run() throws {
        let manager = try alert.manager()
        let data: AlertResolved
        do { data = try AlertResolved(alertID: alert.alertID, reason: note, managerID: manager) } catch {
            throw ValidationError("\(error)")
        }
        Output.line(try AlertsPublisher.publish(data, manager: manager, location: try alert.location ?? AlertLocationLookup.location(of: alert.alertID, bus: bus), bus: bus, json: alert.json))
    }
}
