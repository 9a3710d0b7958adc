/// One ZAP request (ZeroMQ RFC 27) as libzmq hands it to the handler bound at
/// `inproc://zeromq.zap.01`, after the REP socket removed the envelope.
///
/// Frames: version (`1.0`), request id, domain, peer address, routing id, mechanism, then
/// the mechanism's credentials (CURVE: one frame, the client's 32-byte public key).
struct ZAPRequest: Equatable {
    /// The only ZAP version there is.
    static let version = Array("1.0".utf8)

    /// Echoed in the reply so libzmq can match it.
    let requestID: [UInt8]
    /// The server socket's ZAP domain (empty: none set).
    let domain: String
    /// The client's IP address as libzmq saw it.
    let address: String
    /// The client socket's routing id, if it set one.
    let routingID: [UInt8]
    /// `NULL`, `PLAIN` or `CURVE`.
    let mechanism: String
    /// The mechanism's credential frames.
    let credentials: [[UInt8]]

    /// A request from its fields (tests build requests this way).
    init(requestID: [UInt8] = Array("1".utf8), domain: String = "", address: String, routingID: [UInt8] = [],
         mechanism: String, credentials: [[UInt8]]) {
        self.requestID = requestID
        self.domain = domain
        self.address = address
        self.routingID = routingID
        self.mechanism = mechanism
        self.credentials = credentials
    }

    /// Parses the frames of a request; throws when they are not a ZAP 1.0 request.
    init(frames: [[UInt8]]) throws(MalformedZAPRequest) {
        let requestID = frames.count > 1 ? frames[1] : []
        guard frames.count >= 6 else {
            throw MalformedZAPRequest(requestID: requestID, reason: "\(frames.count) frames, a request has at least 6")
        }
        guard frames[0] == Self.version else {
            throw MalformedZAPRequest(requestID: requestID, reason: "version \"\(String(decoding: frames[0], as: UTF8.self))\" is not 1.0")
        }
        self.init(requestID: requestID, domain: String(decoding: frames[2], as: UTF8.self),
                  address: String(decoding: frames[3], as: UTF8.self), routingID: frames[4],
                  mechanism: String(decoding: frames[5], as: UTF8.self), credentials: Array(frames[6...]))
    }
}

/// Frames that are not a ZAP 1.0 request; answered with 400 all the same, since a REP
/// socket must reply before it can read the next request.
struct MalformedZAPRequest: Error, Equatable {
    /// The request id, if the frames had one (empty otherwise).
    let requestID: [UInt8]
    /// What is wrong with the frames.
    let reason: String
}
