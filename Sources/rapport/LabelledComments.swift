import Foundation
import ThemeTagging

/// One hand-labelled comment for `rapport themes score`: a line of a JSON Lines file in the format of
/// the plugin's labelled set (`{"id", "source", "comment", "themes": {"theme-id": "positive" | "negative"}}`,
/// other keys ignored). The optional `source` is the feedback's (`employee`, `comment-card`, `survey` or
/// `focus-group`): it tells the tagger who wrote the comment.
struct LabelledComment: Sendable {
    let id: String
    let author: CommentAuthor?
    let comment: String
    let gold: [Theme: Polarity]
}

/// Reads labelled comments, with an error for each line that cannot be used.
enum LabelledComments {
    /// A line that cannot be used: where, and what to write instead.
    struct LineError: Error, CustomStringConvertible {
        let file: String
        let line: Int
        let message: String
        var description: String { "\(file):\(line): \(message)" }
    }

    /// The comments of each of `files`, in order. A file that cannot be read stops the command; so do
    /// lines that cannot be used, each printed as FILE:LINE: what is wrong, and nothing is `done` (the
    /// command's verb: "scored", "trained").
    static func read(_ files: [String], nothing done: String) throws -> [(file: String, comments: [LabelledComment])] {
        var parts: [(file: String, comments: [LabelledComment])] = []
        var errors: [LineError] = []
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw CommandFailure.cannotRead("labelled comments", file) }
            let read = parse(text, file: file)
            parts.append((file, read.comments))
            errors += read.errors
        }
        guard errors.isEmpty else {
            for error in errors { Output.error(error.description) }
            throw CommandFailure("\(errors.count) line\(errors.count == 1 ? "" : "s") could not be read; nothing was \(done)")
        }
        return parts
    }

    /// The comments of `text` (read from `file`) and the problems of the lines that could not be used.
    static func parse(_ text: String, file: String) -> (comments: [LabelledComment], errors: [LineError]) {
        var comments: [LabelledComment] = []
        var errors: [LineError] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            switch comment(String(line), number: index + 1) {
            case .success(let comment): comments.append(comment)
            case .failure(let message): errors.append(LineError(file: file, line: index + 1, message: message.text))
            }
        }
        return (comments, errors)
    }

    struct Message: Error {
        let text: String
        init(_ text: String) { self.text = text }
    }

    private static func comment(_ line: String, number: Int) -> Result<LabelledComment, Message> {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
            return .failure(Message("not a JSON object: write one labelled comment a line, {\"comment\": \"…\", \"themes\": {\"price\": \"negative\"}}"))
        }
        guard let comment = object["comment"] as? String else {
            return .failure(Message("no \"comment\" string"))
        }
        guard let themes = object["themes"] as? [String: Any] else {
            return .failure(Message("no \"themes\" object: give the comment's themes, or {} when it judges none"))
        }
        var gold: [Theme: Polarity] = [:]
        for (theme, value) in themes {
            guard let text = value as? String, let polarity = Polarity(rawValue: text) else {
                return .failure(Message("themes.\(theme): write \"positive\" or \"negative\""))
            }
            gold[Theme(theme)] = polarity
        }
        var author: CommentAuthor?
        if let source = object["source"], !(source is NSNull) {
            guard let text = source as? String, let known = CommentAuthor(source: text) else {
                return .failure(Message("source: write one of \(CommentAuthor.sourceList), or leave it out"))
            }
            author = known
        }
        let id = (object["id"] as? String) ?? "line \(number)"
        return .success(LabelledComment(id: id, author: author, comment: comment, gold: gold))
    }
}
