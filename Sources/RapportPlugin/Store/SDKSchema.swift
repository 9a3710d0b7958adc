/// The SDK's own tables in a plugin's store, created before the plugin's migrations.
///
/// - `rapport_handled`: every input event handled, by (`source`, `id`), so a redelivery (after
///   a crash between the transaction and the ack) is acknowledged without handling it twice.
///   Rows are kept for ``PluginStore/handledLifetime`` (8 days: longer than the bus's default
///   de-duplication window of 7 days; a redelivery comes within an ack timeout).
/// - `rapport_outbox`: events the handlers emitted, written in the same transaction, published
///   in order by the outbox sender with the id they got here (a resend is a duplicate at the
///   bus), deleted once the bus has them.
/// - `rapport_outbox_rejected`: outputs the bus refused (a plugin bug: logged as an error).
/// - `rapport_timers`: durable timers by key (``HandlerContext/schedule(at:key:payload:)``).
enum SDKSchema {
    static let migrations: [PluginMigration] = [
        PluginMigration("rapport-sdk-1",
            """
            CREATE TABLE rapport_handled (
                source TEXT NOT NULL, id TEXT NOT NULL, handled_at INTEGER NOT NULL,
                PRIMARY KEY (source, id))
            """,
            "CREATE INDEX rapport_handled_at ON rapport_handled (handled_at)",
            """
            CREATE TABLE rapport_outbox (
                seq INTEGER PRIMARY KEY, id TEXT NOT NULL, type TEXT NOT NULL, event BLOB NOT NULL,
                created_at INTEGER NOT NULL)
            """,
            """
            CREATE TABLE rapport_outbox_rejected (
                id TEXT PRIMARY KEY, type TEXT NOT NULL, event BLOB NOT NULL, code TEXT NOT NULL,
                error TEXT NOT NULL, rejected_at INTEGER NOT NULL)
            """,
            """
            CREATE TABLE rapport_timers (
                key TEXT PRIMARY KEY, due INTEGER NOT NULL, payload TEXT NOT NULL, scheduled_at INTEGER NOT NULL)
            """,
            "CREATE INDEX rapport_timers_due ON rapport_timers (due)"),
        // Pruning goes by rowid, oldest first (``PluginStore/pruneHandled(now:chunk:)``): the index
        // cost every input a B-tree insert. The SDK's own tables have a schema per driver
        // (docs/ARCHITECTURE.md), so this step is SQLite's.
        PluginMigration("rapport-sdk-2", "DROP INDEX IF EXISTS rapport_handled_at"),
    ]
}
