import Foundation
import Logging
import RapportConfig
import ZMQ

/// Client authentication on tcp (ZAP, ZeroMQ RFC 27): libzmq asks the handler bound at
/// ``Broker/zapEndpoint`` about every client that completes a CURVE handshake with one of
/// the broker's sockets, and the broker thread answers from the authorized keys file.
extension Broker {
    /// Where libzmq sends the ZAP requests of every CURVE server socket in the context.
    static let zapEndpoint = "inproc://zeromq.zap.01"

    /// Reads the key registry and the legacy authorized keys file when clients present keys
    /// (a tcp endpoint, or `curve.on_ipc`); `nil` otherwise (ipc clients are the host's users).
    /// Throws when a file cannot be used at start-up.
    static func loadClientKeys(_ configuration: BusConfiguration, logger: Logger) throws(BrokerStartError) -> ClientKeys? {
        guard configuration.authenticatesClients else { return nil }
        let registry = KeyRegistryWatcher(path: configuration.keysFile)
        if let problem = registry.problem {
            throw BrokerStartError("cannot use curve.keys_file: \(problem)")
        }
        var legacy: AuthorizedKeysWatcher?
        if let path = configuration.curveAuthorizedKeysFile {
            let watcher = AuthorizedKeysWatcher(path: path)
            if case .unusable(let reason) = watcher.clients {
                throw BrokerStartError("cannot use curve.authorized_keys_file: \(reason)")
            }
            legacy = watcher
        }
        let keys = ClientKeys(registry: registry, legacy: legacy, allowAnyClient: configuration.curveAllowAnyClient)
        logRegistry(keys, path: configuration.keysFile, logger: logger)
        if configuration.curveAllowAnyClient {
            logger.warning("curve.allow_any_client: any client that knows the bus's public key may connect, as admin; register keys with roles (`rapport keys add`) and remove the setting")
        }
        if keys.unassignedLegacyKeys > 0, let path = configuration.curveAuthorizedKeysFile {
            logger.warning("""
                \(keys.unassignedLegacyKeys) key(s) in the authorized keys file have no role and act as admin, as before roles \
                existed: register each with its role (`rapport keys add --public-key KEY --role ... --name ...`), then \
                remove it from the file
                """, metadata: ["file": "\(path)", "keys_file": "\(configuration.keysFile)"])
        }
        return keys
    }

    /// Binds the ZAP handler's REP socket when an endpoint is tcp; `nil` otherwise. Call it
    /// before the CURVE sockets bind.
    static func bindAuthenticationHandler(_ context: Context, _ configuration: BusConfiguration) throws(ZMQError) -> Socket? {
        guard configuration.authenticatesClients else { return nil }
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

    /// Decides one request with the keys as they are now, and logs a refusal.
    private func authenticate(_ request: ZAPRequest) -> ZAPDecision {
        refreshClientKeys()
        guard let clientKeys else { return .refuse(clientKey: nil, reason: "this bus takes no CURVE clients") }
        let decision = CurveAuthenticator.decide(request) { clientKeys.principal(forKey: $0) }
        switch decision {
        case .accept(let key):
            logger.info("client authenticated", metadata: [
                "client.key": "\(clientKeys.principal(forKey: key).logName)", "client.address": "\(request.address)",
                "socket": "\(request.domain == CurveAuthenticator.liveDomain ? "live" : "ingest")",
            ])
        case .refuse(let key, let reason):
            logger.warning("refused a client", metadata: [
                "client.key": "\(key ?? "none")", "client.address": "\(request.address)",
                "mechanism": "\(request.mechanism)", "reason": "\(reason)",
                "socket": "\(request.domain == CurveAuthenticator.liveDomain ? "live" : "ingest")",
            ])
        }
        return decision
    }

    /// Who sent a message: the key its connection presented, as the registry has it now.
    func principal(userID: String?) -> Principal {
        guard let userID, let clientKeys else { return .local }
        return clientKeys.principal(forKey: userID)
    }

    /// Looks at the key files at most every 100 ms (and before each ZAP answer and INFO), so
    /// a revocation applies from the key's next message and `rapport keys` sees it applied.
    func watchClientKeys(now: Int64) {
        guard clientKeys != nil, now - lastKeysCheck >= 100 else { return }
        lastKeysCheck = now
        refreshClientKeys()
    }

    func refreshClientKeys() {
        guard var keys = clientKeys else { return }
        let before = keys.registry.registry
        let registryChange = keys.registry.refresh()
        let legacyPath = keys.legacy?.path
        let legacyChange = keys.legacy?.refresh()
        clientKeys = keys
        switch registryChange {
        case .loaded?:
            Self.logRegistry(keys, path: keys.registry.path, logger: logger)
            dropLiveFollowersIfKeysLeft(before: before, after: keys.registry.registry)
            dropReadersNoLongerAllowed()
        case .failed(let reason)?:
            logger.error("key registry unusable: the keys read before stay in force until it is fixed",
                         metadata: ["file": "\(keys.registry.path)", "error": "\(reason)"])
        case nil:
            break
        }
        switch legacyChange {
        case .loaded(let count)?:
            logger.info("authorized keys read", metadata: ["file": "\(legacyPath ?? "")", "keys": "\(count)"])
            liveRebind(reason: "the authorized keys file changed")
            dropReadersNoLongerAllowed()
        case .failed(let reason)?:
            logger.error("authorized keys file unusable: its keys are refused until it is fixed",
                         metadata: ["file": "\(legacyPath ?? "")", "error": "\(reason)"])
            liveRebind(reason: "the authorized keys file became unusable")
        case nil:
            break
        }
    }

    /// Group members and held READs whose key may no longer read (revoked, removed, or its
    /// role changed) stop receiving at once: a member is removed from its group (its events go
    /// to the others) and told with ERROR `forbidden`; a held READ is dropped.
    func dropReadersNoLongerAllowed() {
        guard let clientKeys, !readerKeys.isEmpty else { return }
        for (identity, key) in readerKeys {
            let who = clientKeys.principal(forKey: key)
            if let name = consumers[identity], let group = groups[name], let member = group.member(identity) {
                let patterns = group.filter.patterns
                var reason: String?
                if case .forbidden(let why) = AccessPolicy.consume(who, patterns: patterns, command: "JOIN") { reason = why }
                else if AccessPolicy.deliveryScope(who) != group.locations { reason = "this key's locations changed" }
                if let reason {
                    removeMember(member, of: group, reason: "its key may no longer read: \(reason)")
                    forbid(identity, context: "JOIN", principal: who, reason)
                }
            }
            if parkedReads.contains(where: { $0.identity == identity }), case .forbidden = AccessPolicy.any(who) {
                parkedReads.removeAll { $0.identity == identity }
            }
            if consumers[identity] == nil && !parkedReads.contains(where: { $0.identity == identity }) {
                readerKeys[identity] = nil
            }
        }
    }

    /// A key that could follow the live feed no longer can (revoked, or its role changed):
    /// live followers are made to connect again, so each is authenticated again.
    private func dropLiveFollowersIfKeysLeft(before: KeyRegistry, after: KeyRegistry) {
        let lost = before.keys.contains { old in
            old.isActive && old.role == .admin && after.activeKey(old.publicKey)?.role != .admin
        }
        if lost { liveRebind(reason: "an admin key was revoked or changed role") }
    }

    /// Unbinds and binds the live socket again when it is a CURVE server: libzmq closes the
    /// connections it accepted on that endpoint, the followers reconnect (ZeroMQ does so by
    /// itself) and each goes through ZAP again. Live events published in between are missed,
    /// as any live follower may miss them (the live feed is best effort; groups are durable).
    private func liveRebind(reason: String) {
        guard configuration.curveSecretKey != nil, configuration.liveEndpoint.hasPrefix("tcp://") || configuration.curveOnIPC,
              let endpoint = try? live.lastEndpoint() else { return }
        do {
            try live.unbind(endpoint)
            // The listener closes on libzmq's I/O thread: its port may take a moment to free.
            var attempt = 0
            while true {
                do { try live.bind(endpoint); break } catch {
                    attempt += 1
                    if attempt >= 50 { throw error }
                    usleep(2_000)
                }
            }
            logger.notice("live feed followers disconnected to authenticate again", metadata: ["reason": "\(reason)"])
        } catch {
            logger.error("cannot rebind the live feed", metadata: ["endpoint": "\(endpoint)", "error": "\(error)"])
        }
    }

    private static func logRegistry(_ keys: ClientKeys, path: String, logger: Logger) {
        let active = keys.registry.registry.keys.filter(\.isActive)
        var byRole: [String: Int] = [:]
        for key in active { byRole[key.role.rawValue, default: 0] += 1 }
        logger.info("key registry read", metadata: [
            "file": "\(path)", "keys": "\(active.count)",
            "roles": "\(byRole.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))",
            "version": "\(keys.registry.version)",
        ])
        if active.isEmpty && keys.legacy == nil && !keys.allowAnyClient {
            logger.warning("no client key is registered: every client that presents a key is refused; register one with `rapport keys add`",
                           metadata: ["file": "\(path)"])
        }
    }
}
