import Foundation

/// A command could not do its work (a file it cannot read or write, a bus that answered
/// nonsense). ArgumentParser prints it as `Error: …` and exits 1, without the usage text a
/// mistyped option gets.
struct CommandFailure: Error, CustomStringConvertible {
    /// What went wrong and, where known, why.
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// `what` at `path` cannot be read, with the reason (missing, not permitted, a directory).
    static func cannotRead(_ what: String, _ path: String) -> CommandFailure {
        var isDirectory: ObjCBool = false
        let reason: String
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            reason = "no such file"
        } else if isDirectory.boolValue {
            reason = "it is a directory"
        } else if !FileManager.default.isReadableFile(atPath: path) {
            reason = "permission denied"
        } else {
            reason = "the read failed"
        }
        return CommandFailure("cannot read \(what) \(path): \(reason)")
    }

    /// `what` could not be written to `path`: `error` says why.
    static func cannotWrite(_ what: String, _ path: String, _ error: any Error) -> CommandFailure {
        CommandFailure("cannot write \(what) \(path): \(error.localizedDescription)")
    }
}
