import RapportConfig
import ZMQ

/// Decides who may connect to the bus's CURVE sockets, one ZAP request at a time.
///
/// Pure: it sees the request and who each key is (``ClientKeys/principal(forKey:)``), nothing
/// else. The broker thread feeds it requests (``Broker/answerAuthenticationRequests()``).
/// Getting in is only the first check: every message is checked again against the key's
/// role as it is then (``AccessPolicy``), so a revocation also stops connections already open.
enum CurveAuthenticator {
    /// The legacy authorized keys file's state (``AuthorizedKeysWatcher``).
    enum Clients: Equatable {
        /// Only the clients whose public keys are listed.
        case listed(AuthorizedKeys)
        /// The file cannot be used (`reason`), so none of its keys gets in.
        case unusable(reason: String)
    }

    /// The ZAP domain of the live feed's socket (the ingest socket has ``ingestDomain``).
    static let liveDomain = "rapport-live"
    static let ingestDomain = "rapport-ingest"

    /// Decides `request`. Only CURVE requests with one 32-byte key are considered; every other
    /// mechanism is refused. A key gets in when it is usable at all, and into the live feed
    /// only when its role may follow it.
    static func decide(_ request: ZAPRequest, principal: (String) -> Principal) -> ZAPDecision {
        guard request.mechanism == "CURVE" else {
            return .refuse(clientKey: nil, reason: "mechanism \(request.mechanism) is not accepted; the bus takes CURVE clients only")
        }
        guard request.credentials.count == 1, request.credentials[0].count == 32, let key = Z85.encode(request.credentials[0]) else {
            return .refuse(clientKey: nil, reason: "CURVE credentials are not one 32-byte public key")
        }
        let who = principal(key)
        if request.domain == liveDomain, case .forbidden(let reason) = AccessPolicy.liveFeed(who) {
            return .refuse(clientKey: key, reason: reason)
        }
        if case .forbidden(let reason) = AccessPolicy.any(who) {
            return .refuse(clientKey: key, reason: reason)
        }
        return .accept(clientKey: key)
    }
}
