import ArgumentParser
import Logging

/// Sends logs to standard error at the chosen level.
enum LoggingSetup {
    static func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

/// `--log-level` takes exactly swift-log's levels; anything else (`warn`, `verbose`) is a usage
/// error listing them, never a silent `info`.
extension Logger.Level: @retroactive ExpressibleByArgument {}
