import ArgumentParser
import RapportEvents

/// `rapport alerts resolve ID --note TEXT`: publishes `rapport.alert.resolved`.
struct AlertsResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Resolve an alert: publish rapport.alert.resolved with a reason.",
        discussion: """
            Publishes {"alert": ID, "reason": NOTE, "by": MANAGER} from source /managers/MANAGER \
            and prints the bus's answer (the offset it was stored at). Exits 1 with the bus's \
            reason when the bus rejects it. The event carries --location when given.

            Examples:
              rapport alerts resolve 0193c7e2-alert --note "customer called back"
              rapport alerts resolve 0193c7e2-alert --note "duplicate of a-12" --by alice --location store-12
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
        Output.line(try AlertsPublisher.publish(data, manager: manager, location: alert.location, address: bus.address))
    }
}
