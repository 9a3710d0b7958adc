import CZeroMQ

/// One ZeroMQ socket. Not thread-safe: a socket belongs to the thread that uses it.
///
/// Every socket is made with LINGER 0, so closing it or terminating its context never hangs.
public final class Socket {
    private var handle: UnsafeMutableRawPointer?
    /// The pattern this socket was made with.
    public let type: SocketType

    /// Makes a socket of `type` in `context`.
    public init(_ context: Context, _ type: SocketType) throws(ZMQError) {
        guard let handle = zmq_socket(context.handle, type.raw) else {
            throw ZMQError.last("zmq_socket")
        }
        self.handle = handle
        self.type = type
        try set(.linger, 0)
    }

    deinit { close() }

    /// Closes the socket; later calls fail with ENOTSOCK. Safe to call twice.
    public func close() {
        if let handle {
            zmq_close(handle)
            self.handle = nil
        }
    }

    private func live(_ operation: @autoclosure () -> String) throws(ZMQError) -> UnsafeMutableRawPointer {
        guard let handle else {
            throw ZMQError(code: ENOTSOCK, operation: operation(), reason: "socket is closed")
        }
        return handle
    }

    /// Binds to `endpoint` (`ipc:///path`, `tcp://127.0.0.1:5555`, `inproc://name`).
    public func bind(_ endpoint: String) throws(ZMQError) {
        let h = try live("bind \(endpoint)")
        if zmq_bind(h, endpoint) != 0 { throw ZMQError.last("bind \(endpoint)") }
    }

    /// Stops listening on `endpoint` (as bound, or as ``lastEndpoint()`` resolved it); the
    /// connections accepted there are closed.
    public func unbind(_ endpoint: String) throws(ZMQError) {
        let h = try live("unbind \(endpoint)")
        if zmq_unbind(h, endpoint) != 0 { throw ZMQError.last("unbind \(endpoint)") }
    }

    /// Connects to `endpoint`; the connection is made in the background and retried.
    public func connect(_ endpoint: String) throws(ZMQError) {
        let h = try live("connect \(endpoint)")
        if zmq_connect(h, endpoint) != 0 { throw ZMQError.last("connect \(endpoint)") }
    }

    /// Sets an integer option.
    public func set(_ option: IntOption, _ value: Int32) throws(ZMQError) {
        let h = try live("setsockopt")
        var v = value
        if zmq_setsockopt(h, option.raw, &v, MemoryLayout<Int32>.size) != 0 {
            throw ZMQError.last("setsockopt \(option)")
        }
    }

    /// Sets a 64-bit integer option.
    public func set(_ option: Int64Option, _ value: Int64) throws(ZMQError) {
        let h = try live("setsockopt")
        var v = value
        if zmq_setsockopt(h, option.raw, &v, MemoryLayout<Int64>.size) != 0 {
            throw ZMQError.last("setsockopt \(option)")
        }
    }

    /// Sets a byte-string option.
    public func set(_ option: BytesOption, _ value: [UInt8]) throws(ZMQError) {
        let h = try live("setsockopt")
        let rc = value.withUnsafeBytes { zmq_setsockopt(h, option.raw, $0.baseAddress, $0.count) }
        if rc != 0 { throw ZMQError.last("setsockopt \(option)") }
    }

    /// Sets a string option (keys, subscriptions) as its UTF-8 bytes.
    public func set(_ option: BytesOption, _ value: String) throws(ZMQError) {
        try set(option, Array(value.utf8))
    }

    /// The endpoint actually bound last (resolves `tcp://127.0.0.1:*` to the chosen port).
    public func lastEndpoint() throws(ZMQError) -> String {
        let h = try live("getsockopt ZMQ_LAST_ENDPOINT")
        var buffer = [CChar](repeating: 0, count: 1024)
        var size = buffer.count
        if zmq_getsockopt(h, ZMQ_LAST_ENDPOINT, &buffer, &size) != 0 {
            throw ZMQError.last("getsockopt ZMQ_LAST_ENDPOINT")
        }
        return String(nulTerminated: buffer)
    }

    /// Sends one frame; `more` says further frames of the same message follow.
    /// Throws with `wouldBlock` when `dontWait` is set and the queue is full.
    public func send(_ frame: UnsafeRawBufferPointer, more: Bool = false, dontWait: Bool = false) throws(ZMQError) {
        let h = try live("send")
        let flags = (more ? ZMQ_SNDMORE : 0) | (dontWait ? ZMQ_DONTWAIT : 0)
        while zmq_send(h, frame.baseAddress, frame.count, flags) < 0 {
            let error = ZMQError.last("send")
            if !error.interrupted { throw error }
        }
    }

    /// Sends one frame from a byte array.
    public func send(_ frame: [UInt8], more: Bool = false, dontWait: Bool = false) throws(ZMQError) {
        try frame.withBytes { (buffer) throws(ZMQError) in try send(buffer, more: more, dontWait: dontWait) }
    }

    /// Sends a whole multipart message.
    public func send(_ frames: [[UInt8]], dontWait: Bool = false) throws(ZMQError) {
        for (index, frame) in frames.enumerated() {
            try send(frame, more: index < frames.count - 1, dontWait: dontWait)
        }
    }

    /// Receives one whole multipart message; `nil` when `dontWait` is set and none is queued,
    /// or when a receive timeout expires.
    public func receive(dontWait: Bool = false) throws(ZMQError) -> [[UInt8]]? {
        try receive(dontWait: dontWait, userID: nil)
    }

    /// Receives one whole multipart message and the `User-Id` its connection was given by
    /// ZAP (a CURVE client's Z85 public key under the bus's handler; `nil` without ZAP).
    public func receiveWithUserID(dontWait: Bool = false) throws(ZMQError) -> (frames: [[UInt8]], userID: String?)? {
        var userID: String?
        guard let frames = try receive(dontWait: dontWait, userID: &userID) else { return nil }
        return (frames, userID)
    }

    private func receive(dontWait: Bool, userID: UnsafeMutablePointer<String?>?) throws(ZMQError) -> [[UInt8]]? {
        let h = try live("receive")
        var frames: [[UInt8]] = []
        var message = zmq_msg_t()
        zmq_msg_init(&message)
        defer { zmq_msg_close(&message) }
        while true {
            // Parts of a multipart message arrive together, so only the first may wait.
            if zmq_msg_recv(&message, h, dontWait && frames.isEmpty ? ZMQ_DONTWAIT : 0) < 0 {
                let error = ZMQError.last("receive")
                if error.interrupted { continue }
                if error.wouldBlock && frames.isEmpty { return nil }
                throw error
            }
            // A ROUTER's first frame is the routing id it made itself, without the connection's
            // metadata: the property is on the frames the peer sent.
            if let userID, userID.pointee == nil, let property = zmq_msg_gets(&message, "User-Id") {
                userID.pointee = String(cString: property)
            }
            let size = zmq_msg_size(&message)
            if let data = zmq_msg_data(&message), size > 0 {
                frames.append(Array(UnsafeRawBufferPointer(start: data, count: size)))
            } else {
                frames.append([])
            }
            if zmq_msg_more(&message) == 0 { return frames }
        }
    }

    /// Readiness flags for ``Poller``.
    var rawHandle: UnsafeMutableRawPointer? { handle }
}
