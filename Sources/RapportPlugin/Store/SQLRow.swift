/// One row a query returned, by column name.
public struct SQLRow: Sendable, Equatable {
    /// The columns in order, with their values.
    public let columns: [(String, SQLValue)]

    public static func == (a: SQLRow, b: SQLRow) -> Bool {
        a.columns.map(\.0) == b.columns.map(\.0) && a.columns.map(\.1) == b.columns.map(\.1)
    }

    /// The value of `column` (NULL if there is no such column).
    public subscript(column: String) -> SQLValue {
        columns.first { $0.0 == column }?.1 ?? .null
    }

    /// The text in `column`, or `nil`.
    public func string(_ column: String) -> String? { self[column].string }
    /// The integer in `column`, or `nil`.
    public func int(_ column: String) -> Int64? { self[column].int }
}
