import RapportPlugin

/// The promise tracker's state (portable SQL; times as integer milliseconds).
///
/// - `promise_facts`: one row per event about a promise, keyed by the event's source and id,
///   so a replay or a duplicate is a no-op; a promise is the merge of its rows.
/// - `promise_alerts`: every alert raised, by dedup key (raised once), and whether it was resolved.
/// - `promise_agents`: agents' names from `rapport.interaction.started`, for summaries.
/// - `heard_commitments`: commitments heard in agents' utterances, until their interaction is decided,
///   and then the logged promise that covers each (if one does).
/// - `ended_interactions`: interactions that ended, and whether their commitments were decided.
enum PromiseTrackerSchema {
    static let migrations = [
        PluginMigration("promise-tracker-1",
            """
            CREATE TABLE promise_facts (
                fact TEXT PRIMARY KEY, promise TEXT NOT NULL, kind TEXT NOT NULL, time INTEGER NOT NULL,
                customer_id TEXT, customer_name TEXT, what TEXT, interaction TEXT, location TEXT, agent TEXT, month TEXT,
                due INTEGER, due_words TEXT, due_unreadable INTEGER NOT NULL DEFAULT 0,
                customer_contacted INTEGER NOT NULL DEFAULT 0)
            """,
            "CREATE INDEX promise_facts_promise ON promise_facts (promise)",
            "CREATE INDEX promise_facts_interaction ON promise_facts (interaction)",
            "CREATE INDEX promise_facts_month ON promise_facts (month)",
            """
            CREATE TABLE promise_alerts (
                dedup TEXT PRIMARY KEY, promise TEXT, kind TEXT NOT NULL, resolved INTEGER NOT NULL DEFAULT 0,
                raised_at INTEGER NOT NULL)
            """,
            "CREATE INDEX promise_alerts_promise ON promise_alerts (promise)",
            "CREATE TABLE promise_agents (agent TEXT PRIMARY KEY, name TEXT NOT NULL)",
            """
            CREATE TABLE heard_commitments (
                utterance TEXT PRIMARY KEY, interaction TEXT NOT NULL, text TEXT NOT NULL, due INTEGER,
                location TEXT, agent TEXT, customer TEXT, said_at INTEGER NOT NULL, decided INTEGER NOT NULL DEFAULT 0)
            """,
            "CREATE INDEX heard_commitments_interaction ON heard_commitments (interaction)",
            """
            CREATE TABLE ended_interactions (
                interaction TEXT PRIMARY KEY, ended_at INTEGER NOT NULL, decided INTEGER NOT NULL DEFAULT 0)
            """),
        // The logged promise that covers a decided commitment (`CommitmentMatching`), so a promise
        // covers one commitment, also one heard after its interaction was decided.
        // Commitments decided before it were covered by any promise of their interaction: they are
        // marked '*' (no promise's id), so a commitment heard late in such an interaction is still
        // matched against all its promises, as it was decided before.
        PluginMigration("heard-commitments-logged-promise",
                        "ALTER TABLE heard_commitments ADD COLUMN logged_promise TEXT",
                        """
                        UPDATE heard_commitments SET logged_promise = '*' WHERE decided = 1 AND EXISTS (
                            SELECT 1 FROM promise_facts f WHERE f.interaction = heard_commitments.interaction AND f.kind = 'made')
                        """),
    ]
}
