/// What became of one delivered event in a batch.
package enum InputOutcome: Equatable {
    /// Handled now: its changes and outputs are committed. Acknowledge it.
    case handled
    /// Handled before (a redelivery after a crash before the ack): nothing done again. Acknowledge it.
    case duplicate
    /// Its handler (or reading it) failed: its changes were rolled back. NACK it with this error.
    case failed(String)
}
