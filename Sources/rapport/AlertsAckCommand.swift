import ArgumentParser
import RapportEvents

/// `rapport alerts ack ID`: publishes `rapport.alert.acknowledged`.
struct AlertsAckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "Acknowledge an alert: publish rapport.alert.acknowledged.",
        discussion: """
            Publishes {"alert": ID, "by": MANAGER} from source /managers/MANAGER and prints the \
            bus's answer (the offset it was stored at). Exits 65 with the bus's reason when the \
            bus rejects it. With --json it prints {"type", "id", "source", "result": \
            {"status", "offset"}}. The event carries the alert's location: --location, else the location \
            of the alert as raised, looked up in the last 90 days of the log (a manager key may only \
            act for its own locations).

            Examples:
              rapport alerts ack 0193c7e2-alert
              rapport alerts ack 0193c7e2-alert --by alice --location store-12

            \(ExitStatus.help(.failure, .rejected, .unavailable, .noPermission))
            """
    )

    @OptionGroup var bus: ClientOptions
    @OptionGroup var alert: AlertsManagerOptions

    func run() throws {
        let manager = try alert.manager()
        let data: AlertAcknowledged
        do { data = try AlertAcknowledged(alertID: alert.alertID, managerID: manager) } catch {
            throw ValidationError("\(error)")
        }
        Output.line(try AlertsPublisher.publish(data, manager: manager, location: try alert.location ?? AlertLocationLookup.location(of: alert.alertID, bus: bus), bus: bus, json: alert.json))
    }
}
