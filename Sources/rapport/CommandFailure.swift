import Foundation

/// A command could not do its work (a file it cannot read or write, a bus that answered
/// nonsense). `rapport` prints it as `Error: …` and exits with its ``status`` (1 unless said
/// otherwise), without the usage text a mistyped option gets.
struct CommandFailure: Error, CustomStringConvertible {
    /// What went wrong and, where known, why.
    let description: String
    /// The exit status.
    let status: ExitStatus

    init(_ description: String, status: ExitStatus = .failure) {
        self.description = description
        self.status = status
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
