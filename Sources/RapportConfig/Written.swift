/// A value read from one item of a list, with the item's dotted path and position: what an
/// error about the value points at (`locations.s1.hours.fri[1]`, line 7, column 25).
struct Written<Value> {
    /// The value read.
    let value: Value
    /// Dotted path of the item, with its index (`locations.s1.holidays[0]`).
    let path: String
    /// Where the item is written.
    let position: ConfigPosition
}
