#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal Redis client over a POSIX TCP socket to 127.0.0.1, made for pipelining:
/// ``send(_:)`` writes any number of commands at once, ``reply()`` reads the next answer,
/// ``replies(waitMilliseconds:)`` takes whatever answers have arrived.
///
/// Not thread-safe: one connection per thread.
final class RESPClient {
    private let fd: Int32
    /// Received bytes: `input[consumed..<end]` is not parsed yet.
    private var input = [UInt8](repeating: 0, count: 256 * 1024)
    private var consumed = 0
    private var end = 0
    private var output: [UInt8] = []

    /// Connects to `127.0.0.1:port` (TCP_NODELAY, as a pipelining client should).
    init(port: UInt16) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw BenchError("redis client: socket(): \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw BenchError("redis client: cannot connect to 127.0.0.1:\(port): \(reason)")
        }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        self.fd = fd
    }

    deinit { close(fd) }

    /// Queues a command (its arguments as bytes) to be written by ``flush()``.
    func queue(_ arguments: [[UInt8]]) {
        output.append(UInt8(ascii: "*"))
        output += Array(String(arguments.count).utf8)
        output += [13, 10]
        for argument in arguments {
            output.append(UInt8(ascii: "$"))
            output += Array(String(argument.count).utf8)
            output += [13, 10]
            output += argument
            output += [13, 10]
        }
    }

    /// Queues a command whose arguments are text.
    func queue(_ arguments: String...) {
        queue(arguments.map { Array($0.utf8) })
    }

    /// Writes every queued command.
    func flush() throws {
        var done = 0
        while done < output.count {
            let n = output.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw BenchError("redis client: write failed: \(String(cString: strerror(errno)))")
            }
            done += n
        }
        output.removeAll(keepingCapacity: true)
    }

    /// Sends one command and waits for its reply.
    func call(_ arguments: String...) throws -> RESPValue {
        queue(arguments.map { Array($0.utf8) })
        try flush()
        return try reply()
    }

    /// Waits for the next reply.
    func reply() throws -> RESPValue {
        while true {
            if let value = try parseBuffered() { return value }
            try fill()
        }
    }

    /// Every reply that is complete after waiting up to `waitMilliseconds` for data.
    func replies(waitMilliseconds: Int) throws -> [RESPValue] {
        var out: [RESPValue] = []
        while let value = try parseBuffered() { out.append(value) }
        if !out.isEmpty { return out }
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&pfd, 1, Int32(waitMilliseconds))
        if ready > 0 {
            try fill()
            while let value = try parseBuffered() { out.append(value) }
        }
        return out
    }

    /// Reads what the socket has (waiting for at least one byte) after the unparsed bytes.
    private func fill() throws {
        if consumed == end {
            consumed = 0
            end = 0
        } else if end == input.count {
            if consumed > 0 {
                input.replaceSubrange(0..<(end - consumed), with: input[consumed..<end])
                end -= consumed
                consumed = 0
            } else {
                input += repeatElement(0, count: input.count)
            }
        }
        let (start, room) = (end, input.count - end)
        let n = input.withUnsafeMutableBytes { read(fd, $0.baseAddress! + start, room) }
        if n == 0 { throw BenchError("redis client: the server closed the connection") }
        if n < 0 {
            if errno == EINTR { return }
            throw BenchError("redis client: read failed: \(String(cString: strerror(errno)))")
        }
        end += n
    }

    /// Parses one complete reply from the buffer, or returns `nil` (consuming nothing) if it
    /// has not fully arrived.
    private func parseBuffered() throws -> RESPValue? {
        var at = consumed
        guard let value = try parse(&at) else { return nil }
        consumed = at
        return value
    }

    private func parse(_ at: inout Int) throws -> RESPValue? {
        guard at < end else { return nil }
        let kind = input[at]
        guard let line = readLine(from: at + 1) else { return nil }
        let text = String(decoding: input[(at + 1)..<line.end], as: UTF8.self)
        var next = line.next
        let value: RESPValue
        switch kind {
        case UInt8(ascii: "+"): value = .simple(text)
        case UInt8(ascii: "-"): value = .error(text)
        case UInt8(ascii: ":"): value = .integer(Int(text) ?? 0)
        case UInt8(ascii: "$"):
            guard let length = Int(text) else { throw BenchError("redis client: bad bulk length \(text)") }
            if length < 0 {
                value = .bulk(nil)
            } else {
                guard next + length + 2 <= end else { return nil }
                value = .bulk(Array(input[next..<(next + length)]))
                next += length + 2
            }
        case UInt8(ascii: "*"):
            guard let count = Int(text) else { throw BenchError("redis client: bad array length \(text)") }
            if count < 0 {
                value = .array(nil)
            } else {
                var items: [RESPValue] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = try parse(&next) else { return nil }
                    items.append(item)
                }
                value = .array(items)
            }
        default:
            throw BenchError("redis client: unexpected reply byte \(kind)")
        }
        at = next
        return value
    }

    /// The CR of the line starting at `start` and the index after its LF, if complete.
    private func readLine(from start: Int) -> (end: Int, next: Int)? {
        var i = start
        while i + 1 < end {
            if input[i] == 13 && input[i + 1] == 10 { return (i, i + 2) }
            i += 1
        }
        return nil
    }
}
