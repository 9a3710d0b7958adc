import Foundation

/// Events given on the command line: one as an argument, or a JSON-lines file (`-` for
/// standard input) whose blank lines and `#` comment lines are skipped.
///
/// A file's lines are kept as the bytes in the file, never decoded: a line that is not valid
/// UTF-8 reaches the validator (or the bus) as it is and is refused there, not repaired here.
enum EventLines {
    /// One event to send, with its line number in the input.
    struct Line {
        let number: Int
        /// The line's bytes as read, without the line feed (a CR before it is kept: JSON
        /// allows it as whitespace).
        let bytes: [UInt8]
    }

    /// The events of `file`, or `event` alone; throws when there is none or the file cannot be read.
    static func read(event: String?, file: String?) throws(CommandFailure) -> [Line] {
        if let event { return [Line(number: 1, bytes: Array(event.utf8))] }
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else if let file {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw CommandFailure.cannotRead("the events file", file)
            }
            data = contents
        } else {
            data = Data()
        }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated().compactMap {
            index, line in isSkipped(line) ? nil : Line(number: index + 1, bytes: Array(line))
        }
        if lines.isEmpty {
            let input = file == "-" ? "standard input" : file ?? ""
            throw CommandFailure("no events in \(input): it holds only blank lines and # comments")
        }
        return lines
    }

    /// Whether a line is blank (spaces, tabs, a carriage return) or a `#` comment.
    private static func isSkipped(_ line: Data) -> Bool {
        guard let first = line.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return true }
        return first == UInt8(ascii: "#")
    }
}
