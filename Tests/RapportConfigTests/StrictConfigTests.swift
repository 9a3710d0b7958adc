import RapportConfig
import Testing

/// Every kind of error the strict reader reports, each at its line and column.
@Suite("rapport.yaml: strict reading")
struct StrictConfigTests {
    /// The errors of `yaml` read as `rapport.yaml` with data directory `/d`.
    static func errors(_ yaml: String) -> [ConfigError] {
        RapportConfigFile.read(yaml, source: "rapport.yaml", dataDirectory: "/d").errors
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let yaml: String
        let key: String
        let line: Int
        let column: Int
        let says: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown key, with a suggestion", yaml: "log:\n  retenion:\n    max_age: 90d\n",
             key: "log.retenion", line: 2, column: 3, says: "unknown key; did you mean 'retention'?"),
        Case(name: "unknown key deeper, with a suggestion", yaml: "log:\n  retention:\n    max-age: 90d\n",
             key: "log.retention.max-age", line: 3, column: 5, says: "did you mean 'max_age'?"),
        Case(name: "unknown key, nothing close: the known keys", yaml: "groups:\n  colour: blue\n",
             key: "groups.colour", line: 2, column: 3, says: "known here: ack_timeout, max_deliveries, heartbeat, max_groups"),
        Case(name: "misplaced: retention at the top level", yaml: "data_dir: /d\nretention:\n  max_age: 90d\n",
             key: "retention", line: 2, column: 1, says: "'retention' belongs under 'log' (log.retention)"),
        Case(name: "misplaced: retention under groups", yaml: "groups:\n  ack_timeout: 30s\n  retention: {max_age: 90d}\n",
             key: "groups.retention", line: 3, column: 3, says: "belongs under 'log' (log.retention)"),
        Case(name: "misplaced: max_age under log", yaml: "log:\n  max_age: 90d\n",
             key: "log.max_age", line: 2, column: 3, says: "belongs under 'log.retention'"),
        Case(name: "misplaced: a bus key under a location", yaml: "locations:\n  s1:\n    time_zone: UTC\n    heartbeat: 1s\n",
             key: "locations.s1.heartbeat", line: 4, column: 5, says: "belongs under 'groups'"),
        Case(name: "duplicate key", yaml: "groups:\n  ack_timeout: 30s\n  max_groups: 10\n  ack_timeout: 1m\n",
             key: "groups.ack_timeout", line: 4, column: 3, says: "duplicate key; it is already set at line 2"),
        Case(name: "duplicate section", yaml: "log:\n  segment_bytes: 1048576\nlog:\n  retention: {max_age: 1d}\n",
             key: "log", line: 3, column: 1, says: "duplicate key"),
        Case(name: "wrong type: text for a number", yaml: "groups:\n  max_deliveries: many\n",
             key: "groups.max_deliveries", line: 2, column: 19, says: "must be a whole number, got 'many'"),
        Case(name: "wrong type: a value for a section", yaml: "log:\n  retention: 90d\n",
             key: "log.retention", line: 2, column: 14, says: "must be a mapping (max_age:, max_bytes:), got '90d'"),
        Case(name: "wrong type: a list for a bool", yaml: "curve:\n  allow_any_client: [yes]\n",
             key: "curve.allow_any_client", line: 2, column: 21, says: "must be true or false, got a list"),
        Case(name: "no value", yaml: "dedup:\n  window:\n",
             key: "dedup.window", line: 2, column: 10, says: "got nothing; write a value, or remove the key to use the default"),
        Case(name: "bad duration", yaml: "dedup:\n  window: a week\n",
             key: "dedup.window", line: 2, column: 11, says: "\"a week\" is not a duration; write e.g. 500ms, 30s"),
        Case(name: "bad size", yaml: "log:\n  segment_bytes: 64 MB\n",
             key: "log.segment_bytes", line: 2, column: 18, says: "\"64 MB\" is not a size"),
        Case(name: "out of range", yaml: "groups: {max_deliveries: 0}\n",
             key: "groups.max_deliveries", line: 1, column: 26, says: "must be at least 1, got 0"),
        Case(name: "bad YAML: unclosed bracket", yaml: "data_dir: /d\nendpoints: {ingest: ipc:///x\n",
             key: "", line: 3, column: 1, says: "not valid configuration YAML"),
        Case(name: "bad YAML: a tab in the indentation", yaml: "log:\n\tsegment_bytes: 1048576\n",
             key: "", line: 2, column: 1, says: "found character that cannot start any token"),
        Case(name: "not a mapping at the top", yaml: "- data_dir\n",
             key: "", line: 1, column: 1, says: "must be a mapping"),
        Case(name: "bad time zone, with a suggestion", yaml: "locations:\n  store-12:\n    time_zone: Europe/Londn\n",
             key: "locations.store-12.time_zone", line: 3, column: 16, says: "'Europe/Londn' is not a known time zone; did you mean 'Europe/London'?"),
        Case(name: "missing time zone", yaml: "locations:\n  store-12:\n    hours: {mon: [09:00-17:00]}\n",
             key: "locations.store-12.time_zone", line: 2, column: 3, says: "is required"),
        Case(name: "bad span: hour 25", yaml: "locations:\n  s:\n    time_zone: UTC\n    hours:\n      mon: [\"09:00-25:00\"]\n",
             key: "locations.s.hours.mon[0]", line: 5, column: 13, says: "'25:00' is not a time"),
        Case(name: "bad span: minute 60", yaml: "locations:\n  s:\n    time_zone: UTC\n    hours:\n      tue: [09:60-17:00]\n",
             key: "locations.s.hours.tue[0]", line: 5, column: 13, says: "'09:60' is not a time"),
        Case(name: "bad span: not a span", yaml: "locations:\n  s:\n    time_zone: UTC\n    hours:\n      wed:\n        - 9 to 5\n",
             key: "locations.s.hours.wed[0]", line: 6, column: 11, says: "not a span; write opening and closing time as HH:MM-HH:MM"),
        Case(name: "bad span: empty", yaml: "locations:\n  s:\n    time_zone: UTC\n    hours: {thu: [10:00-10:00]}\n",
             key: "locations.s.hours.thu[0]", line: 4, column: 19, says: "opens and closes at the same time"),
        Case(name: "bad weekday, with a suggestion", yaml: "locations:\n  s:\n    time_zone: UTC\n    hours:\n      mondy: []\n",
             key: "locations.s.hours.mondy", line: 5, column: 7, says: "is not a weekday; did you mean 'monday'?"),
        Case(name: "a weekday twice", yaml: "locations:\n  s:\n    time_zone: UTC\n    hours:\n      mon: []\n      monday: [09:00-12:00]\n",
             key: "locations.s.hours.monday", line: 6, column: 7, says: "monday is already given as 'mon' at line 5"),
        Case(name: "bad date: no such day", yaml: "locations:\n  s:\n    time_zone: UTC\n    holidays: [2026-12-25, 2026-02-30]\n",
             key: "locations.s.holidays[1]", line: 4, column: 28, says: "'2026-02-30' is not a date; write YYYY-MM-DD"),
        Case(name: "bad date: a special_hours key", yaml: "locations:\n  s:\n    time_zone: UTC\n    special_hours:\n      24/12/2026: []\n",
             key: "locations.s.special_hours.24/12/2026", line: 5, column: 7, says: "'24/12/2026' is not a date"),
        Case(name: "bad date order", yaml: "locations:\n  s:\n    time_zone: UTC\n    date_order: ymd\n",
             key: "locations.s.date_order", line: 4, column: 17, says: "'ymd' is not a date order; write dmy"),
        Case(name: "plugin: unknown key, with a suggestion", yaml: "plugins:\n  promises:\n    enable: false\n",
             key: "plugins.promises.enable", line: 3, column: 5, says: "did you mean 'enabled'?"),
        Case(name: "plugin: instances below 1", yaml: "plugins:\n  promises: {instances: 0}\n",
             key: "plugins.promises.instances", line: 2, column: 25, says: "must be at least 1, got 0"),
        Case(name: "plugin: settings not a mapping", yaml: "plugins:\n  promises:\n    settings: [a, b]\n",
             key: "plugins.promises.settings", line: 3, column: 15, says: "must be a mapping"),
        Case(name: "plugin: duplicate key inside settings", yaml: "plugins:\n  promises:\n    settings:\n      a: 1\n      a: 2\n",
             key: "plugins.promises.settings.a", line: 5, column: 7, says: "duplicate key"),
    ]

    @Test("each error names the file, line, column and key, and says what to write", arguments: cases)
    func positioned(_ c: Case) throws {
        let found = Self.errors(c.yaml)
        let error = try #require(found.first, "no error for \(c.yaml)")
        #expect(found.count == 1, "\(found)")
        #expect(error.key == c.key)
        #expect(error.line == c.line && error.column == c.column, "at \(error.line ?? 0):\(error.column ?? 0)")
        #expect(error.message.contains(c.says), "\(error.message)")
        let prefix = "rapport.yaml:\(c.line):\(c.column): " + (c.key.isEmpty ? "" : c.key + ": ")
        #expect(error.description.hasPrefix(prefix), "\(error.description)")
    }

    @Test("the example of the brief, word for word")
    func example() {
        let yaml = "data_dir: /d\ngroups:\n  ack_timeout: 30s\nlog:\n  segment_bytes: 1048576\n  retention:\n    max_age: 90d\n  retenion: 90d\n"
        #expect(Self.errors(yaml).map(\.description) == ["rapport.yaml:8:3: log.retenion: unknown key; did you mean 'retention'?"])
    }

    @Test("all errors are collected, in file order")
    func several() {
        let yaml = """
        dedup: {window: soon}
        groups:
          ack_timout: 30s
          max_groups: lots
        locations:
          s: {time_zone: Mars/Olympus}
        """
        let found = Self.errors(yaml)
        #expect(found.map(\.key) == ["dedup.window", "groups.ack_timout", "groups.max_groups", "locations.s.time_zone"])
        #expect(found.allSatisfy { $0.line != nil && $0.column != nil })
    }

    @Test("rules across settings keep their message, naming the key (no one place to point at)")
    func crossField() throws {
        let found = Self.errors("endpoints: {ingest: tcp://0.0.0.0:7400}\n")
        let error = try #require(found.first)
        #expect(error.key == "endpoints.ingest")
        #expect(error.description.hasPrefix("rapport.yaml: endpoints.ingest: tcp://0.0.0.0:7400 is on tcp, which needs CurveZMQ"))
    }

    @Test("YAML that does not parse says where the construct began")
    func yamlContext() throws {
        let error = try #require(Self.errors("data_dir: [1, 2").first)
        // libyaml notices the missing ']' at the end of the input, the start of line 2.
        #expect(error.line == 2 && error.column == 1, "\(error)")
        #expect(error.message.contains("while parsing a flow sequence that starts at line 1, column 11"), "\(error.message)")
    }

    @Test("an empty section (all its keys commented out) is fine; an empty file needs --data-dir")
    func emptySections() {
        #expect(Self.errors("host:\n  # cpu_latency_us: 0\ncurve:\n").isEmpty)
        #expect(RapportConfigFile.read("# nothing\n", source: "r.yaml").errors.map(\.key) == ["data_dir"])
    }
}
