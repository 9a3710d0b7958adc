/// One named step of a plugin's schema: statements run once, in order, in one transaction.
///
/// Steps are identified by name and never change once released: add a new step instead (as
/// GRDB's `DatabaseMigrator`, which runs them). The SDK's own tables come first, as
/// `rapport-sdk-1` and later steps.
public struct PluginMigration: Sendable {
    /// The step's name, unique within the plugin.
    public let name: String
    /// The statements (portable SQL: see ``PluginDatabase``).
    public let statements: [String]

    public init(_ name: String, _ statements: String...) {
        self.name = name
        self.statements = statements
    }

    public init(_ name: String, statements: [String]) {
        self.name = name
        self.statements = statements
    }
}
