import RapportPlugin

/// The name-usage checker's tables (portable SQL, times as integer milliseconds).
///
/// - `name_open`: one row per open interaction: the start's names, where and by whom, the
///   earliest desk time, the tick, when the end arrived and when the last event arrived.
/// - `name_utterances`: the open interactions' utterances, keyed by the event that brought
///   them (`source` and `id`), so a second delivery is kept once.
/// - `name_checks`: one row per decided interaction (the verdict, its month and location):
///   the figures and `rapport report names` read it, and events about a decided interaction
///   are ignored by it.
/// - `name_rate_alerts`: per location, the current `name.below-target` episode and whether its
///   alert is open; the instant its rolling rate was last judged as of (`as_of_ms`) and when its
///   re-check timer (`rate:<location>`) is due (`next_check_ms`, `NULL`: none pending).
enum NameUsageSchema {
    static let migrations = [
        PluginMigration("create-name-usage", statements: [
            """
            CREATE TABLE name_open (
                interaction TEXT PRIMARY KEY,
                customer_name TEXT, preferred TEXT, title TEXT, agent_name TEXT,
                started_ms INTEGER, started_offset INTEGER,
                location TEXT, agent TEXT,
                earliest_ms INTEGER NOT NULL, earliest_offset INTEGER NOT NULL,
                ticked INTEGER NOT NULL, ended_arrival_ms INTEGER, first_arrival_ms INTEGER NOT NULL,
                last_arrival_ms INTEGER NOT NULL)
            """,
            """
            CREATE TABLE name_utterances (
                interaction TEXT NOT NULL, event_key TEXT NOT NULL, speaker TEXT NOT NULL, text TEXT NOT NULL,
                offset_ms INTEGER, time_ms INTEGER NOT NULL,
                PRIMARY KEY (interaction, event_key))
            """,
            """
            CREATE TABLE name_checks (
                interaction TEXT PRIMARY KEY, location TEXT, agent TEXT, month TEXT NOT NULL, started_ms INTEGER NOT NULL,
                used INTEGER NOT NULL, forms TEXT NOT NULL, first_offset_ms INTEGER, agent_turns INTEGER NOT NULL,
                ticked INTEGER NOT NULL, transcript INTEGER NOT NULL, closed_by TEXT NOT NULL, decided_ms INTEGER NOT NULL)
            """,
            "CREATE INDEX name_checks_by_month ON name_checks (month, location, agent)",
            "CREATE INDEX name_checks_by_location ON name_checks (location, started_ms)",
            """
            CREATE TABLE name_rate_alerts (
                location TEXT PRIMARY KEY, episode INTEGER NOT NULL, open INTEGER NOT NULL)
            """,
        ]),
        PluginMigration("add-rate-window", statements: [
            "ALTER TABLE name_rate_alerts ADD COLUMN as_of_ms INTEGER",
            "ALTER TABLE name_rate_alerts ADD COLUMN next_check_ms INTEGER",
        ]),
    ]
}
