import CZeroMQ

/// Waits on several sockets at once (`zmq_poll`).
public struct Poller {
    private var sockets: [Socket] = []
    private var watched: [Bool] = []

    /// An empty poller.
    public init() {}

    /// Adds a socket to watch for incoming messages; returns its index in ``poll(timeoutMilliseconds:)``'s result.
    @discardableResult
    public mutating func add(_ socket: Socket) -> Int {
        sockets.append(socket)
        watched.append(true)
        return sockets.count - 1
    }

    /// Stops or resumes watching the socket at `index` (added with ``add(_:)``). An unwatched
    /// socket is left out of the wait and reported as not readable, so messages stay queued in
    /// it (and its peers meet its high-water mark) until it is watched again.
    public mutating func watch(_ index: Int, _ watching: Bool) {
        watched[index] = watching
    }

    /// Waits up to `timeoutMilliseconds` (-1: forever) until a socket has a message;
    /// returns, for each added socket in order, whether it is readable. An interrupted wait
    /// returns all `false`.
    public func poll(timeoutMilliseconds: Int) throws(ZMQError) -> [Bool] {
        var items = sockets.indices.map { i in
            zmq_pollitem_t(socket: sockets[i].rawHandle, fd: 0, events: watched[i] ? Int16(ZMQ_POLLIN) : 0, revents: 0)
        }
        let rc = zmq_poll(&items, Int32(items.count), timeoutMilliseconds)
        if rc < 0 {
            let error = ZMQError.last("zmq_poll")
            if error.interrupted { return Array(repeating: false, count: sockets.count) }
            throw error
        }
        return items.map { $0.revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
