import RapportPlugin

/// The plugin's state: the additive sums per aggregate, theme counts per location and month,
/// the detractors and their follow-up, follow-ups that came before their feedback, and the
/// below-target alerts, and the rolling window each goal scope was last checked in and when it is
/// checked again (``GoalWindowRows``). Every row is written by a handler in the SDK's transaction,
/// so each event counts once.
enum FeedbackSchema {
    static let migrations = [
        PluginMigration("create-feedback-sums", """
            CREATE TABLE feedback_sums (
                audience TEXT NOT NULL, dimension TEXT NOT NULL, grp TEXT NOT NULL, period TEXT NOT NULL, label TEXT NOT NULL,
                responses INTEGER NOT NULL, comments INTEGER NOT NULL,
                csat_n INTEGER NOT NULL, csat_satisfied INTEGER NOT NULL, csat_dissatisfied INTEGER NOT NULL,
                nps_n INTEGER NOT NULL, promoters INTEGER NOT NULL, detractors INTEGER NOT NULL,
                ces_n INTEGER NOT NULL, ces_sum INTEGER NOT NULL, ces_sum_sq INTEGER NOT NULL,
                PRIMARY KEY (audience, dimension, grp, period, label))
            """),
        PluginMigration("create-feedback-themes", """
            CREATE TABLE feedback_themes (
                audience TEXT NOT NULL, location TEXT NOT NULL, month TEXT NOT NULL, theme TEXT NOT NULL, polarity TEXT NOT NULL,
                comments INTEGER NOT NULL,
                PRIMARY KEY (audience, location, month, theme, polarity))
            """),
        PluginMigration("create-feedback-detractors", """
            CREATE TABLE feedback_detractors (
                feedback_source TEXT NOT NULL, feedback_id TEXT NOT NULL, alert TEXT NOT NULL UNIQUE,
                location TEXT NOT NULL, agent TEXT, month TEXT NOT NULL, received_at INTEGER NOT NULL, reasons TEXT NOT NULL,
                contacted_at INTEGER, contact_channel TEXT, resolved_at INTEGER, resolved_by TEXT,
                PRIMARY KEY (feedback_source, feedback_id))
            """, """
            CREATE INDEX feedback_detractors_month ON feedback_detractors (month, location)
            """),
        PluginMigration("create-feedback-early-contacts", """
            CREATE TABLE feedback_early_contacts (
                feedback_source TEXT NOT NULL, feedback_id TEXT NOT NULL, contacted_at INTEGER NOT NULL, channel TEXT NOT NULL,
                PRIMARY KEY (feedback_source, feedback_id))
            """),
        PluginMigration("create-feedback-goal-alerts", """
            CREATE TABLE feedback_goal_alerts (
                scope TEXT NOT NULL, measure TEXT NOT NULL, episode INTEGER NOT NULL, alert TEXT NOT NULL, open INTEGER NOT NULL,
                PRIMARY KEY (scope, measure))
            """),
        PluginMigration("create-feedback-goal-windows", """
            CREATE TABLE feedback_goal_windows (
                scope TEXT PRIMARY KEY, as_of INTEGER NOT NULL, calendar_location TEXT NOT NULL, next_check INTEGER)
            """),
        // A contact that came before its feedback keeps its note for the resolution's reason.
        PluginMigration("add-feedback-early-contact-note", """
            ALTER TABLE feedback_early_contacts ADD COLUMN note TEXT
            """),
    ]
}
