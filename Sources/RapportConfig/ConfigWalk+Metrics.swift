import Yams

/// The `metrics:` section: `listen`, `allow_remote` and `spools` (``MetricsConfiguration``).
extension ConfigWalk {
    /// Reads `root`'s `metrics:` section and records its entries; `nil` when there is none.
    mutating func readMetrics(_ root: ConfigMapping) -> MetricsConfiguration? {
        guard root["metrics"] != nil else { return nil }
        let metrics = section("metrics", of: root, pattern: "metrics")
        var config = MetricsConfiguration()
        if let f = metrics["allow_remote"], let v = boolean(f) { config.allowRemote = v }
        if let f = metrics["listen"], let written = text(f, expected: "an address and port such as 127.0.0.1:9464") {
            if let (host, port) = MetricsConfiguration.parseListen(written) {
                config.host = host
                config.port = port
                if !config.isLoopback && !config.allowRemote {
                    fail(f.path, at: f.position, """
                        \(written) is not a loopback address: anyone who reaches this host on port \(port) could read the \
                        metrics (plugin, group and spool names, event counts). Listen on 127.0.0.1, or set \
                        metrics.allow_remote: true and restrict the port with a firewall
                        """)
                }
            } else {
                fail(f.path, at: f.position, "\"\(written)\" is not an address and port; write e.g. 127.0.0.1:9464 or [::1]:9464 (port 1 to 65535)")
            }
        }
        if let f = metrics["spools"], let items = list(f, expected: "capture spool paths") {
            for (index, item) in items.enumerated() {
                guard case let .scalar(scalar) = item, !item.isNull, !scalar.string.isEmpty else {
                    fail("\(f.path)[\(index)]", at: item.position ?? f.position, "must be the path of a capture spool, got \(item.shown)")
                    continue
                }
                config.spools.append(scalar.string)
            }
        }
        for (key, value) in [("listen", ConfigValue.string(config.listen)), ("allow_remote", .bool(config.allowRemote)),
                             ("spools", .array(config.spools.map(ConfigValue.string)))] {
            entries.append(ConfigEntry(key: "metrics." + key, value: value, origin: origin(of: "metrics." + key)))
        }
        return config
    }
}
