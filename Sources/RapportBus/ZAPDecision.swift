/// The answer to one ZAP request: let the client in or not.
enum ZAPDecision: Equatable {
    /// Let the client in; its Z85 public key becomes the connection's user id.
    case accept(clientKey: String)
    /// Keep the client out; `clientKey` is its Z85 public key when the request carried one,
    /// `reason` goes to the bus's log and into the reply's status text.
    case refuse(clientKey: String?, reason: String)

    /// The reply frames (RFC 27): version, request id, status code (`200` or `400`), status
    /// text, user id (the client key when accepted, else empty), metadata (empty).
    func reply(to requestID: [UInt8]) -> [[UInt8]] {
        switch self {
        case .accept(let key):
            [ZAPRequest.version, requestID, Array("200".utf8), Array("OK".utf8), Array(key.utf8), []]
        case .refuse(_, let reason):
            [ZAPRequest.version, requestID, Array("400".utf8), Array(reason.utf8), [], []]
        }
    }
}
