import Foundation
import NameUsagePlugin
import RapportPlugin

// Settings come from the environment (plugin.yaml lists them; rapport up sets NAME_USAGE_<KEY>
// and RAPPORT_CONFIG); a bad value stops the plugin with a message naming it.
let settings: NameUsageSettings
do {
    settings = try NameUsageSettings(environment: ProcessInfo.processInfo.environment)
} catch {
    FileHandle.standardError.write(Data("\(NameUsagePlugin.name): \(error)\n".utf8))
    exit(1)
}
await PluginApp(name: NameUsagePlugin.name, publishes: NameUsagePlugin.publishes,
                router: NameUsagePlugin.router(settings: settings), migrations: NameUsagePlugin.migrations).runAsMain()
