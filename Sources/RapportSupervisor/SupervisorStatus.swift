import Foundation

/// What the supervisor last wrote about the processes it runs, for `rapport status`:
/// `<data_dir>/supervisor.json`, replaced atomically on every change (and every few seconds).
public struct SupervisorStatus: Codable, Sendable, Equatable {
    /// One process.
    public struct Process: Codable, Sendable, Equatable {
        /// `bus` or `<plugin>#<n>`.
        public var id: String
        /// `starting`, `running`, `restarting` (waiting for its backoff), `failed` (a crash loop:
        /// not started again until a reload), `stopping` or `stopped`.
        public var state: String
        /// Its process id while it runs.
        public var pid: Int32?
        /// When its current run started.
        public var startedAt: Date?
        /// How many times it was started again after an exit.
        public var restarts: Int
        /// How its last run ended (`exit status 1`, `killed by signal 9 (SIGKILL)`).
        public var lastExit: String?
        /// When its last run ended.
        public var lastExitAt: Date?
        /// When it is started again, while `restarting`.
        public var restartAt: Date?
        /// Why it is `failed`.
        public var detail: String?
    }

    /// The last SIGHUP reload.
    public struct Reload: Codable, Sendable, Equatable {
        /// When.
        public var at: Date
        /// Whether the new configuration was taken.
        public var applied: Bool
        /// What changed, or why it was refused.
        public var message: String
    }

    /// The supervisor's process id.
    public var pid: Int32
    /// When it started.
    public var startedAt: Date
    /// Its configuration file (`nil`: the defaults).
    public var configuration: String?
    /// When this was written.
    public var updatedAt: Date
    /// Whether the supervisor is stopping or has stopped.
    public var stopping: Bool
    /// The processes, the bus first.
    public var processes: [Process]
    /// The last reload, if any.
    public var lastReload: Reload?

    /// Where the supervisor of the bus in `dataDirectory` writes it.
    public static func path(dataDirectory: String) -> String { dataDirectory + "/supervisor.json" }

    /// Reads the file at `path`.
    public static func read(from path: String) throws -> SupervisorStatus {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(SupervisorStatus.self, from: data)
    }

    /// Writes it to `path` atomically (a temporary file renamed over it).
    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
