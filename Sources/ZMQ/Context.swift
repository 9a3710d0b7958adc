import CZeroMQ

/// A libzmq context: owns the I/O threads. Thread-safe, so it may be shared.
///
/// Call ``terminate()`` once every socket made from it is closed; sockets are made
/// with LINGER 0 so termination never waits on unsent messages.
public final class Context: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    /// Makes a context with `ioThreads` background I/O threads.
    public init(ioThreads: Int32 = 1) throws(ZMQError) {
        guard let handle = zmq_ctx_new() else { throw ZMQError.last("zmq_ctx_new") }
        if zmq_ctx_set(handle, ZMQ_IO_THREADS, ioThreads) != 0 {
            let error = ZMQError.last("zmq_ctx_set ZMQ_IO_THREADS")
            zmq_ctx_term(handle)
            throw error
        }
        self.handle = handle
    }

    /// Makes blocking calls on this context's sockets return ETERM, without waiting.
    public func shutdown() {
        zmq_ctx_shutdown(handle)
    }

    /// Terminates the context: blocks until every socket made from it is closed.
    public func terminate() {
        while zmq_ctx_term(handle) != 0 && zmq_errno() == EINTR {}
    }
}
