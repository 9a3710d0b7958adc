import RapportConfig

/// Every source of client keys the bus knows, and the ``Principal`` each key is.
///
/// The key registry (roles) comes first; a key only in the legacy authorized keys file, or any
/// key under `curve.allow_any_client`, keeps what it could do before roles (admin), and the
/// bus warns about such keys at start-up until they are given roles.
struct ClientKeys {
    var registry: KeyRegistryWatcher
    var legacy: AuthorizedKeysWatcher?
    let allowAnyClient: Bool

    /// Who `publicKey` is now. An unknown key is `.refused`: it can only be on a connection
    /// opened before its key was revoked or removed.
    func principal(forKey publicKey: String) -> Principal {
        if let key = registry.registry.activeKey(publicKey) {
            return Principal(identity: .registered(key))
        }
        if let revoked = registry.registry.keys.first(where: { $0.publicKey == publicKey }) {
            return Principal(identity: .refused(publicKey: publicKey, reason: "the key '\(revoked.name)' was revoked"))
        }
        if case .listed(let keys) = legacy?.clients, keys.contains(publicKey) {
            return Principal(identity: .unassigned(publicKey: publicKey))
        }
        if allowAnyClient { return Principal(identity: .unassigned(publicKey: publicKey)) }
        if case .unusable(let reason) = legacy?.clients {
            return Principal(identity: .refused(publicKey: publicKey, reason: "the key is not registered, and the authorized keys file is unusable: \(reason)"))
        }
        return Principal(identity: .refused(publicKey: publicKey, reason: "the key is not registered (see `rapport keys list`)"))
    }

    /// Keys that act as admin only because the authorized keys file lists them.
    var unassignedLegacyKeys: Int {
        guard case .listed(let keys) = legacy?.clients else { return 0 }
        return keys.keys.filter { key in !registry.registry.keys.contains { $0.publicKey == key } }.count
    }
}
