/// The spans of one day as read, with the key they were written under (for origins and for
/// errors that point at the day).
struct WrittenSpans {
    /// The spans, in file order; empty when the day is closed.
    let spans: [TimeSpan]
    /// The day's key and value.
    let field: ConfigField
}
