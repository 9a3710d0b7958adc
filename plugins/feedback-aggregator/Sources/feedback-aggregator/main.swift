import FeedbackAggregatorPlugin
import Foundation
import RapportPlugin

// Settings come from the environment (plugin.yaml lists them); the location calendars (day,
// week and month boundaries) from the site configuration `rapport up` runs on (RAPPORT_CONFIG).
let environment = ProcessInfo.processInfo.environment
let settings: FeedbackSettings
do {
    settings = try FeedbackSettings.read(environment: environment, calendars: try SiteCalendars.read(environment: environment))
} catch {
    FileHandle.standardError.write(Data("\(FeedbackAggregatorPlugin.name): \(error)\n".utf8))
    exit(1)
}
if let mismatch = settings.tagger.modelMismatch {
    FileHandle.standardError.write(Data("\(FeedbackAggregatorPlugin.name): warning: \(mismatch)\n".utf8))
}
await PluginApp(name: FeedbackAggregatorPlugin.name, publishes: FeedbackAggregatorPlugin.publishes,
                router: FeedbackAggregatorPlugin.router(settings: settings), migrations: FeedbackAggregatorPlugin.migrations).runAsMain()
