import Synchronization

/// The error a background server thread hit, for the thread that started it to report.
final class ServerFailure: Sendable {
    private let text = Mutex<String?>(nil)

    /// Runs `body`, keeping the description of any error it throws.
    func record(_ body: () throws -> Void) {
        do { try body() } catch { text.withLock { $0 = "\(error)" } }
    }

    /// The recorded error, if any.
    var message: String? { text.withLock { $0 } }
}
