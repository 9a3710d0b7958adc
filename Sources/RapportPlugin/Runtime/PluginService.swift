import Logging
import ServiceLifecycle

/// A plugin instance as a swift-service-lifecycle `Service`: runs until graceful shutdown or
/// task cancellation, then finishes its batch, publishes its outbox and leaves its group.
public struct PluginService: Service {
    let runtime: PluginRuntime

    /// An instance of the plugin `name` handling events with `router`, keeping state in `store`.
    public init(plugin: PluginIdentity, router: PluginRouter, store: PluginStore, options: PluginOptions,
                clock: any PluginClock = SystemPluginClock(), logger: Logger) {
        runtime = PluginRuntime(plugin: plugin, router: router, store: store, options: options, clock: clock, logger: logger)
    }

    public func run() async throws {
        let runtime = runtime
        try await withTaskCancellationOrGracefulShutdownHandler {
            try await runtime.run()
        } onCancelOrGracefulShutdown: {
            runtime.stop()
        }
    }
}
