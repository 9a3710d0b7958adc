import Foundation

/// One client key in the key registry (`curve.keys_file`): whose it is and what it may do.
///
/// The registry holds public keys only: a desk makes its own pair (`rapport keygen`) and the
/// secret key never leaves it.
public struct RegisteredKey: Sendable, Equatable {
    /// A name people recognise (`desk-3`, `promise-tracker`, `sam.patel`): unique.
    public var name: String
    /// The CURVE public key, Z85 (40 characters).
    public var publicKey: String
    public var role: KeyRole
    /// The locations it acts for (agents and managers); `.all` for the other roles.
    public var locations: LocationScope
    /// Type patterns it may consume (plugins: its manifest's subscriptions).
    public var consumes: [String]
    /// Types it may publish (plugins: its manifest's `publishes`).
    public var publishes: [String]
    /// When it was registered.
    public var added: Date?
    /// When it was revoked: a revoked key is refused from its next message on.
    public var revoked: Date?

    public init(name: String, publicKey: String, role: KeyRole, locations: LocationScope = .all,
                consumes: [String] = [], publishes: [String] = [], added: Date? = nil, revoked: Date? = nil) {
        self.name = name
        self.publicKey = publicKey
        self.role = role
        self.locations = locations
        self.consumes = consumes
        self.publishes = publishes
        self.added = added
        self.revoked = revoked
    }

    /// Whether it may still be used.
    public var isActive: Bool { revoked == nil }
}
