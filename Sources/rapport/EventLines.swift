import Foundation

/// Events given on the command line: one as an argument, or a JSON-lines file (`-` for
/// standard input) whose blank lines and `#` comment lines are skipped.
enum EventLines {
    /// One event to send, with its line number in the input.
    struct Line {
        let number: Int
        let text: String
    }

    /// The events of `file`, or `event` alone; throws when there is none or the file cannot be read.
    static func read(event: String?, file: String?) throws(CommandFailure) -> [Line] {
        if let event { return [Line(number: 1, text: event)] }
        let text: String
        if file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure.cannotRead("the events file", file)
            }
            text = String(decoding: data, as: UTF8.self)
        } else {
            text = ""
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : Line(number: index + 1, text: String(line))
        }
        if lines.isEmpty {
            let input = file == "-" ? "standard input" : file ?? ""
            throw CommandFailure("no events in \(input): it holds only blank lines and # comments")
        }
        return lines
    }
}
