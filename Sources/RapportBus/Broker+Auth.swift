import Logging
import RapportConfig
import ZMQ

/// Client authentication on tcp (ZAP, ZeroMQ RFC 27): libzmq asks the handler bound at
/// ``Broker/zapEndpoint`` about every client that completes a CURVE handshake with one of
/// the broker's sockets, and the broker thread answers from the authorized keys file.
extension Broker {
    /// Where libzmq sends the ZAP requests of every CURVE server socket in the context.
    static let zapEndpoint = "inproc://zeromq.zap.01"

    /// Reads the authorized keys file when an endpoint is tcp and the configuration names one;
    /// `nil` otherwise (ipc only, or `curve.allow_any_client`). Throws when the file cannot be
    /// used at start-up.
    static func loadAuthorizedKeys(_ configuration: BusConfiguration, logger: Logger) throws(BrokerStartError) -> AuthorizedKeysWatcher? {
        guard configuration.hasTCPEndpoint else { return nil }
        guard let path = configuration.curveAuthorizedKeysFile else {
            logger.notice("tcp clients are not authenticated: any client that knows the bus's public key may connect (curve.allow_any_client)")
            return nil
        }
        let watcher = AuthorizedKeysWatcher(path: path)
        if case .unusable(let reason) = watcher.clients {
            throw BrokerStartError("cannot use curve.authorized_keys_file: \(reason)")
        }
        if case .listed(let keys) = watcher.clients { logKeysRead(keys.keys.count, path: path, logger: logger) }
        return watcher
    }

    /// Binds the ZAP handler's REP socket when an endpoint is tcp; `nil` otherwise. Call it
    /// before the CURVE sockets bind.
    static func bindAuthenticationHandler(_ context: Context, _ configuration: BusConfiguration) throws(ZMQError) -> Socket? {
        guard configuration.hasTCPEndpoint else { return nil }
        let socket = try Socket(context, .rep)
        try socket.bind(zapEndpoint)
        return socket
    }

    /// Answers the queued ZAP requests without blocking (bounded, so timers still run). Every
    /// request gets a reply, a malformed one a 400: the REP socket reads the next only then.
    func answerAuthenticationRequests() {
        guard let zap else { return }
        for _ in 0..<1_000 {
            let frames: [[UInt8]]?
            do { frames = try zap.receive(dontWait: true) } catch {
                logger.error("ZAP receive failed", metadata: ["error": "\(error)"])
                return
            }
            guard let frames else { return }
            let requestID: [UInt8]
            let decision: ZAPDecision
            do throws(MalformedZAPRequest) {
                let request = try ZAPRequest(frames: frames)
                requestID = request.requestID
                decision = authenticate(request)
            } catch {
                requestID = error.requestID
                decision = .refuse(clientKey: nil, reason: "malformed ZAP request")
                logger.error("refused a malformed ZAP request", metadata: ["error": "\(error.reason)"])
            }
            do { try zap.send(decision.reply(to: requestID)) } catch {
                logger.error("cannot answer a ZAP request", metadata: ["error": "\(error)"])
            }
        }
    }

    /// Decides one request with the authorized keys as they are now, and logs a refusal.
    private func authenticate(_ request: ZAPRequest) -> ZAPDecision {
        refreshAuthorizedKeys()
        let decision = CurveAuthenticator.decide(request, clients: authorizedKeys?.clients ?? .any)
        switch decision {
        case .accept(let key):
            logger.info("client authenticated", metadata: ["client.key": "\(key)", "client.address": "\(request.address)"])
        case .refuse(let key, let reason):
            logger.warning("refused a client", metadata: [
                "client.key": "\(key ?? "none")", "client.address": "\(request.address)",
                "mechanism": "\(request.mechanism)", "reason": "\(reason)",
            ])
        }
        return decision
    }

    /// Looks at the authorized keys file at most once a second, so an edit is logged (and a
    /// broken one reported) without waiting for a client.
    func watchAuthorizedKeys(now: Int64) {
        guard authorizedKeys != nil, now - lastKeysCheck >= 1_000 else { return }
        lastKeysCheck = now
        refreshAuthorizedKeys()
    }

    private func refreshAuthorizedKeys() {
        guard let path = authorizedKeys?.path, let change = authorizedKeys?.refresh() else { return }
        switch change {
        case .loaded(let count):
            Self.logKeysRead(count, path: path, logger: logger)
        case .failed(let reason):
            logger.error("authorized keys file unusable: new tcp clients are refused until it is fixed",
                         metadata: ["file": "\(path)", "error": "\(reason)"])
        }
    }

    private static func logKeysRead(_ count: Int, path: String, logger: Logger) {
        if count == 0 {
            logger.warning("authorized keys file lists no keys: every tcp client is refused", metadata: ["file": "\(path)"])
        } else {
            logger.info("authorized keys read", metadata: ["file": "\(path)", "keys": "\(count)"])
        }
    }
}
