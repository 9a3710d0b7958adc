import Foundation
import Synchronization

/// Copies a child's output to the supervisor's standard error line by line, each line
/// prefixed with the child's id (`[complaint-alerts#1] …`), so the interleaved logs of many
/// processes stay readable. A partial last line waits for its end (or ``flush()``).
final class LinePrefixer: Sendable {
    private let prefix: [UInt8]
    private let pending = Mutex<[UInt8]>([])
    /// Serialises whole lines of every child on standard error.
    private static let output = Mutex<Void>(())

    init(id: String) { prefix = Array("[\(id)] ".utf8) }

    /// Takes a chunk of output; writes every complete line.
    func take(_ data: Data) {
        let lines: [UInt8] = pending.withLock { buffer in
            buffer.append(contentsOf: data)
            guard let end = buffer.lastIndex(of: UInt8(ascii: "\n")) else { return [] }
            let complete = Array(buffer[...end])
            buffer.removeSubrange(...end)
            return complete
        }
        guard !lines.isEmpty else { return }
        write(lines)
    }

    /// Writes what is left of a last line without an end.
    func flush() {
        let rest = pending.withLock { buffer in defer { buffer.removeAll() }; return buffer }
        if !rest.isEmpty { write(rest + [UInt8(ascii: "\n")]) }
    }

    private func write(_ lines: [UInt8]) {
        var out: [UInt8] = []
        out.reserveCapacity(lines.count + prefix.count * 4)
        for line in lines.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast() {
            out += prefix
            out += line
            out.append(UInt8(ascii: "\n"))
        }
        Self.output.withLock { _ in FileHandle.standardError.write(Data(out)) }
    }
}
