import ComplaintAlerts
import Foundation
import RapportPlugin

// Settings come from the environment (plugin.yaml lists them): escalate_after in seconds.
let escalate = ProcessInfo.processInfo.environment["COMPLAINT_ALERTS_ESCALATE_AFTER_SECONDS"].flatMap(Int.init) ?? 4 * 3_600
await PluginApp(name: ComplaintAlerts.name, publishes: ComplaintAlerts.publishes,
                router: ComplaintAlerts.router(escalateAfter: .seconds(escalate)), migrations: ComplaintAlerts.migrations).runAsMain()
