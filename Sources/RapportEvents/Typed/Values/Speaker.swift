/// Who spoke an utterance (`speaker`).
public enum Speaker: String, Sendable, Hashable, CaseIterable, DataValue {
    /// `agent`: the agent (employee).
    case agent = "agent"
    /// `customer`: the customer.
    case customer = "customer"
}
