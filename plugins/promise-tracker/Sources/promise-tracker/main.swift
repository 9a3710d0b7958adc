import Foundation
import PromiseTrackerPlugin
import RapportPlugin

// Settings come from the environment `rapport up` gives it (plugin.yaml lists them); the
// locations' calendars from the site's rapport.yaml (RAPPORT_CONFIG).
let environment = ProcessInfo.processInfo.environment
do {
    let settings = try PromiseTrackerSettings.from(environment: environment)
    let locations = try PromiseTrackerSettings.locations(configurationPath: environment["RAPPORT_CONFIG"],
                                                         dataDirectory: environment["RAPPORT_DATA_DIR"])
    await PluginApp(name: PromiseTracker.name, publishes: PromiseTracker.publishes,
                    router: PromiseTracker.router(settings: settings, locations: locations),
                    migrations: PromiseTracker.migrations).runAsMain()
} catch {
    FileHandle.standardError.write(Data("promise-tracker: \(error)\n".utf8))
    exit(1)
}
