/// A failure of the durable log, with the file and what to do about it.
public struct LogError: Error, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public enum Kind: Sendable, Equatable {
        /// A system call failed (`errno` set); ENOSPC means the disk is full.
        case io(errno: Int32)
        /// A file's contents are not what Rapport wrote (and recovery cannot repair them).
        case corrupt
        /// The caller asked for something the log cannot do (bad offset, oversize record).
        case invalidRequest
    }

    /// The kind of failure.
    public let kind: Kind
    /// The file involved, if any.
    public let path: String
    /// One line saying what happened.
    public let message: String

    /// Makes an error.
    public init(_ kind: Kind, path: String, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// `true` when the failure is a full disk.
    public var isDiskFull: Bool { kind == .io(errno: 28) }

    public var description: String { path.isEmpty ? message : "\(message) (\(path))" }
}
