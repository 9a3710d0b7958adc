import RapportConfig

/// Who sent a message, as far as the bus's access rules care: the role and scope of the
/// connection's key, looked up in the key registry as it is when the message arrives.
struct Principal: Equatable, Sendable {
    /// How the client is known.
    enum Identity: Equatable, Sendable {
        /// An ipc client without a key (`curve.on_ipc` off): a user of this host who can open
        /// the data directory's sockets.
        case localUser
        /// A key in the registry, active.
        case registered(RegisteredKey)
        /// A key from the legacy authorized keys file (or any key under `allow_any_client`),
        /// which keeps what it could do before roles: admin.
        case unassigned(publicKey: String)
        /// A key that is no longer allowed (revoked, or gone from the registry and the
        /// authorized keys file) on a connection opened before that.
        case refused(publicKey: String, reason: String)
    }

    let identity: Identity

    /// The role its messages are checked against; `nil` for a refused key.
    var role: KeyRole? {
        switch identity {
        case .localUser, .unassigned: .admin
        case .registered(let key): key.role
        case .refused: nil
        }
    }

    /// The locations it acts for.
    var locations: LocationScope {
        if case .registered(let key) = identity { return key.locations }
        return .all
    }

    /// How the bus log names it: the key's registered name and public key.
    var logName: String {
        switch identity {
        case .localUser: "local user (ipc)"
        case .registered(let key): "\(key.name) (\(key.publicKey))"
        case .unassigned(let key): "unregistered key \(key) (admin from the authorized keys file)"
        case .refused(let key, _): key
        }
    }

    static let local = Principal(identity: .localUser)

    /// The Z85 public key it presented, if any.
    var publicKey: String? {
        switch identity {
        case .localUser: nil
        case .registered(let key): key.publicKey
        case .unassigned(let key), .refused(let key, _): key
        }
    }
}
