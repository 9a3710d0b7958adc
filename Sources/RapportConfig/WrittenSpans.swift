import RapportCalendar

/// The spans of one day (a weekday of `hours` or a date of `special_hours`) as read, each with
/// the list item it came from, and the day's key: for origins, and for calendar errors that
/// point at the span at fault.
struct WrittenSpans {
    /// The spans, in file order; empty when the day is closed.
    let items: [Written<OpeningSpan>]
    /// The day's key and value.
    let field: ConfigField

    /// The spans alone, in file order.
    var spans: [OpeningSpan] { items.map(\.value) }

    /// The item that wrote `span` (the last one, when the same span is written twice).
    func item(writing span: OpeningSpan) -> Written<OpeningSpan>? {
        items.last { $0.value == span }
    }
}
