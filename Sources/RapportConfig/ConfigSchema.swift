import Foundation

/// The keys `rapport.yaml` knows, section by section: the one list the reader checks every
/// mapping against, and searches when a key is unknown where it is written (to say where it
/// belongs, or which known key is close).
///
/// A path is dotted from the root (`log.retention`); `*` stands for a name the user chooses
/// (a location id, a plugin name).
enum ConfigSchema {
    /// The known keys of each mapping, by the mapping's path.
    static let sections: [(path: String, keys: [String])] = [
        ("", ["data_dir", "endpoints", "limits", "dedup", "log", "groups", "curve", "host", "locations", "plugins", "metrics"]),
        ("endpoints", ["ingest", "live"]),
        ("limits", ["max_event_bytes", "max_uncommitted_bytes"]),
        ("dedup", ["window"]),
        ("log", ["segment_bytes", "retention"]),
        ("log.retention", ["max_age", "max_bytes"]),
        ("groups", ["ack_timeout", "max_deliveries", "heartbeat", "max_groups"]),
        ("curve", ["secret_key_file", "authorized_keys_file", "allow_any_client", "keys_file", "on_ipc"]),
        ("host", ["cpu_latency_us"]),
        ("locations.*", ["time_zone", "hours", "holidays", "special_hours", "date_order"]),
        ("plugins.*", ["enabled", "instances", "settings"]),
        ("metrics", ["listen", "allow_remote", "spools"]),
        // plugin.yaml (PluginManifest): a plugin's manifest, its own file.
        ("manifest", ["name", "description", "command", "group", "instances", "subscriptions", "publishes", "settings"]),
        ("manifest.settings.*", ["type", "default", "description", "optional"]),
        // capture.yaml (CaptureConfiguration): its one section, `capture:`.
        ("capture", ["spool", "location", "desk", "agent", "source", "bus", "limits", "send"]),
        ("capture.bus", ["data_dir", "ingest", "server_key", "client_key_file"]),
        ("capture.limits", ["max_pending_events", "max_spool_bytes"]),
        ("capture.send", ["timeout", "batch", "answer_timeout", "retry_max"]),
    ]

    /// The known keys of the mapping at `pattern` (a path with `*` for chosen names).
    static func keys(of pattern: String) -> [String] {
        sections.first { $0.path == pattern }?.keys ?? []
    }

    /// Every known key as a full pattern (`log.retention.max_age`, `locations.*.hours`).
    static let allPaths: [String] = sections.flatMap { section in
        section.keys.map { section.path.isEmpty ? $0 : section.path + "." + $0 }
    }

    /// A pattern for people: `*` under `locations` is `<location>`, under `plugins` `<plugin>`.
    static func readable(_ pattern: String) -> String {
        pattern.replacingOccurrences(of: "locations.*", with: "locations.<location>")
            .replacingOccurrences(of: "plugins.*", with: "plugins.<plugin>")
    }
}
