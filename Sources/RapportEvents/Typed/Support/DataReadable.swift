/// A typed value read from an object of a validated event's `data`.
protocol DataReadable {
    /// Reads the value; throws only when the typed events and the catalogue disagree.
    init(reading data: DataReader) throws(EventValidationError)
}
