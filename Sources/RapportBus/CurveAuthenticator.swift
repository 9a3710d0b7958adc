import RapportConfig
import ZMQ

/// Decides who may connect to the bus's CURVE (tcp) sockets, one ZAP request at a time.
///
/// Pure: it sees the request and the current client policy, nothing else. The broker thread
/// feeds it requests (``Broker/answerAuthenticationRequests()``) and keeps the policy current
/// (``AuthorizedKeysWatcher``).
enum CurveAuthenticator {
    /// Which clients the bus lets in.
    enum Clients: Equatable {
        /// Any client that completes the CURVE handshake (`curve.allow_any_client: true`).
        case any
        /// Only the clients whose public keys are listed.
        case listed(AuthorizedKeys)
        /// The authorized keys file cannot be used (`reason`), so nobody new gets in.
        case unusable(reason: String)
    }

    /// Decides `request` under `clients`. Only CURVE requests with one 32-byte key are
    /// considered; every other mechanism is refused.
    static func decide(_ request: ZAPRequest, clients: Clients) -> ZAPDecision {
        guard request.mechanism == "CURVE" else {
            return .refuse(clientKey: nil, reason: "mechanism \(request.mechanism) is not accepted; the bus takes CURVE clients only")
        }
        guard request.credentials.count == 1, request.credentials[0].count == 32, let key = Z85.encode(request.credentials[0]) else {
            return .refuse(clientKey: nil, reason: "CURVE credentials are not one 32-byte public key")
        }
        switch clients {
        case .any:
            return .accept(clientKey: key)
        case .listed(let authorized):
            return authorized.contains(key) ? .accept(clientKey: key) : .refuse(clientKey: key, reason: "client key is not authorized")
        case .unusable:
            return .refuse(clientKey: key, reason: "the authorized keys file is unusable")
        }
    }
}
