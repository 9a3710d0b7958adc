/// The Rapport wire protocol, version 1 (`RAP1`): constants shared by the broker and clients.
/// `docs/PROTOCOL.md` describes every message frame by frame.
public enum Wire {
    /// First frame of every message.
    public static let version: [UInt8] = Array("RAP1".utf8)
    /// Largest number of events in one PUBLISH.
    public static let maxBatchEvents = 1_000
    /// Largest batch tag, in bytes.
    public static let maxTagBytes = 64
}

/// A command: the second frame of every message.
public enum Command: String, Sendable, CaseIterable {
    /// Producer -> bus: a batch of events. Answered by RESULT.
    case publish = "PUBLISH"
    /// Bus -> producer: one result per event of a batch, once durable.
    case result = "RESULT"
    /// Consumer -> bus: join a group. Answered by JOINED.
    case join = "JOIN"
    /// Bus -> consumer: the join took effect.
    case joined = "JOINED"
    /// Consumer -> bus: it can take this many more events.
    case credit = "CREDIT"
    /// Bus -> consumer: events to handle.
    case deliver = "DELIVER"
    /// Consumer -> bus: these offsets are done. Answered by ACKED once durable.
    case ack = "ACK"
    /// Bus -> consumer: these acks are durable.
    case acked = "ACKED"
    /// Consumer -> bus: this delivery failed; redeliver (or dead-letter after the limit).
    case nack = "NACK"
    /// Either way: the peer is alive.
    case heartbeat = "HEARTBEAT"
    /// Consumer -> bus: leave the group; in-flight events go to other members.
    case leave = "LEAVE"
    /// Any client -> bus: log and group figures. Answered by INFO.
    case info = "INFO"
    /// Bus -> client: something the client sent was refused.
    case error = "ERROR"
    /// Any client -> bus: read the log from a position, without a group. Answered by EVENTS.
    case read = "READ"
    /// Bus -> client: events read, and where to go on from.
    case events = "EVENTS"
    /// Operator -> bus: reset or delete a consumer group. Answered by GROUP.
    case group = "GROUP"
}

/// Machine-readable error codes in ERROR messages and rejected results.
public enum ErrorCode: String, Sendable {
    /// The first frame was not `RAP1`.
    case unsupportedVersion = "unsupported-version"
    /// The command frame is not one the bus knows.
    case unknownCommand = "unknown-command"
    /// Frames are missing, extra or malformed.
    case malformed = "malformed"
    /// A JOIN's JSON is invalid or asks for something impossible.
    case badJoin = "bad-join"
    /// The client must JOIN before CREDIT, ACK, NACK.
    case notJoined = "not-joined"
    /// An ACK or NACK named an offset not delivered to this consumer.
    case unknownOffset = "unknown-offset"
    /// The bus could not store the events (disk full, I/O error); nothing was stored.
    case storage = "storage"
    /// An ERROR to a PUBLISH: the client sent more than its share before its earlier batches
    /// were answered; nothing of the batch was stored: wait for RESULTs (keep a window), resend.
    case busy = "busy"
    /// A READ's body is invalid.
    case badRead = "bad-read"
    /// A GROUP request is invalid, names no group the bus has, or the group has live members
    /// and `force` was not given.
    case badGroup = "bad-group"
    /// The client's key may not do this (its role, locations or registered types), or was
    /// revoked. As an ERROR it refuses a whole request; in a RESULT, one event of a PUBLISH.
    /// The connection goes on serving the client's other messages.
    case forbidden = "forbidden"
}
