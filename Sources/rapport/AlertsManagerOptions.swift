import ArgumentParser
import Foundation

/// Options of `rapport alerts ack` and `resolve`: the alert, who acts, and its location.
struct AlertsManagerOptions: ParsableArguments {
    @Argument(help: "The alert's id (data.alert of its rapport.alert.raised event, the [id] in `rapport alerts`).")
    var alertID: String

    @Option(name: .long, help: "The manager's id; the event's source is /managers/<by>. Default: $USER.")
    var by: String?

    @Option(name: .long, help: "The alert's location id, copied onto the event so location views see it (and a manager key may publish it). Default: the location of the alert as raised (looked up in the last 90 days of the log).")
    var location: String?

    @Flag(name: .long, help: "Print the bus's answer as one JSON object.")
    var json = false

    func validate() throws {
        if alertID.isEmpty { throw ValidationError("the alert id must not be empty") }
        _ = try manager()
        if location?.isEmpty == true { throw ValidationError("--location must not be empty") }
    }

    /// `--by`, else `$USER`.
    func manager() throws -> String {
        let manager = by ?? ProcessInfo.processInfo.environment["USER"] ?? ""
        if manager.isEmpty { throw ValidationError("give --by MANAGER: $USER is not set") }
        return manager
    }
}
