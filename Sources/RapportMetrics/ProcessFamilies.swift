import RapportSupervisor

/// The supervisor's processes: whether each runs and how often it was restarted.
enum ProcessFamilies {
    typealias Family = ScrapeRegistry.Family

    static let pluginUp = Family(name: "rapport_plugin_up", help: "1 while the plugin instance's process runs, else 0 (restarting, failed, stopped).")
    static let pluginRestarts = Family(name: "rapport_plugin_restarts_total", help: "Times the plugin instance was started again after it exited, since rapport up started.")
    static let pluginFailed = Family(name: "rapport_plugin_failed", help: "1 when the plugin instance crash-loops and is not started again until a reload.")
    static let busProcessUp = Family(name: "rapport_bus_process_up", help: "1 while the bus process of rapport up runs, else 0.")
    static let busRestarts = Family(name: "rapport_bus_restarts_total", help: "Times rapport up started the bus again after it exited.")

    /// Sets the series of each process.
    static func report(_ processes: [SupervisorStatus.Process], into series: ScrapeRegistry) {
        for process in processes {
            let running = process.state == "running" ? 1.0 : 0.0
            guard let (plugin, instance) = pluginInstance(process.id) else {
                series.gauge(busProcessUp, running)
                series.counter(busRestarts, total: UInt64(max(process.restarts, 0)))
                continue
            }
            let labels = [("plugin", plugin), ("instance", instance)]
            series.gauge(pluginUp, labels, running)
            series.counter(pluginRestarts, labels, total: UInt64(max(process.restarts, 0)))
            series.gauge(pluginFailed, labels, process.state == "failed" ? 1 : 0)
        }
    }

    /// `complaint-alerts#2` → (`complaint-alerts`, `2`); `nil` for the bus.
    static func pluginInstance(_ id: String) -> (String, String)? {
        guard let hash = id.lastIndex(of: "#") else { return nil }
        return (String(id[..<hash]), String(id[id.index(after: hash)...]))
    }
}
