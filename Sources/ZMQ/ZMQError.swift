import CZeroMQ

/// A libzmq call failed; carries `errno` and libzmq's own words for it (`zmq_strerror`).
public struct ZMQError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `errno` value libzmq reported.
    public let code: Int32
    /// What was being done, e.g. `bind ipc:///var/lib/rapport/bus.sock`.
    public let operation: String
    /// `zmq_strerror(code)`.
    public let reason: String

    /// Captures the current `zmq_errno()` for `operation`.
    static func last(_ operation: String) -> ZMQError {
        let code = zmq_errno()
        return ZMQError(code: code, operation: operation, reason: String(cString: zmq_strerror(code)))
    }

    /// `true` when the call would have blocked (EAGAIN): nothing to receive, or the peer's queue is full.
    public var wouldBlock: Bool { code == EAGAIN }
    /// `true` when the call was interrupted by a signal (EINTR); callers simply retry.
    public var interrupted: Bool { code == EINTR }
    /// `true` when the context was terminated (ETERM): the socket must be closed.
    public var contextTerminated: Bool { code == ETERM }
    /// `true` when a ROUTER could not route to the identity (EHOSTUNREACH): the peer is gone.
    public var hostUnreachable: Bool { code == EHOSTUNREACH }

    public var description: String { "\(operation): \(reason) (errno \(code))" }
}
