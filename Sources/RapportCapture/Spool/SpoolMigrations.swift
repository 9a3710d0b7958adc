import GRDB

/// The spool's schema, as named steps (GRDB's ``DatabaseMigrator``): a spool made by an older
/// version is brought up to date when opened, and a step never changes once released.
enum SpoolMigrations {
    /// Every step, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: pending events, dead letters, state") { db in
            // Events waiting for the bus's acknowledgement, sent in `sequence` order.
            try db.execute(sql: """
                CREATE TABLE pending (
                    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL,
                    source TEXT NOT NULL,
                    type TEXT NOT NULL,
                    event BLOB NOT NULL,
                    bytes INTEGER NOT NULL,
                    enqueued_at INTEGER NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT,
                    UNIQUE (source, id)
                )
                """)
            // Events the bus rejected for good, with its code and reason.
            try db.execute(sql: """
                CREATE TABLE dead_letters (
                    sequence INTEGER PRIMARY KEY,
                    id TEXT NOT NULL,
                    source TEXT NOT NULL,
                    type TEXT NOT NULL,
                    event BLOB NOT NULL,
                    enqueued_at INTEGER NOT NULL,
                    rejected_at INTEGER NOT NULL,
                    code TEXT NOT NULL,
                    error TEXT NOT NULL
                )
                """)
            // One row: running totals of `pending` (kept in step with it, so the size check on
            // every capture reads one row) and how sending has gone.
            try db.execute(sql: """
                CREATE TABLE state (
                    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                    pending_count INTEGER NOT NULL,
                    pending_bytes INTEGER NOT NULL,
                    last_ack_at INTEGER,
                    last_error_at INTEGER,
                    last_error TEXT
                )
                """)
            try db.execute(sql: "INSERT INTO state (singleton, pending_count, pending_bytes) VALUES (1, 0, 0)")
        }
        return migrator
    }
}
