import Foundation
import GRDB

/// A value bound to a `?` in a plugin's SQL, or read from a row: the types both SQLite and
/// PostgreSQL store alike.
public enum SQLValue: Sendable, Equatable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let v): v.databaseValue
        case .real(let v): v.databaseValue
        case .text(let v): v.databaseValue
        case .blob(let v): Data(v).databaseValue
        }
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let v): self = .integer(v)
        case .double(let v): self = .real(v)
        case .string(let v): self = .text(v)
        case .blob(let v): self = .blob(Array(v))
        }
    }

    /// The text, if this is text.
    public var string: String? { if case .text(let v) = self { v } else { nil } }
    /// The integer, if this is one.
    public var int: Int64? { if case .integer(let v) = self { v } else { nil } }
    /// The number, integer or real.
    public var double: Double? {
        switch self {
        case .integer(let v): Double(v)
        case .real(let v): v
        default: nil
        }
    }
    /// Whether this is NULL.
    public var isNull: Bool { self == .null }
}

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(nilLiteral: ()) { self = .null }
}

extension SQLValue {
    /// A text value, or NULL.
    public static func text(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }
    /// An integer value.
    public static func int(_ value: Int) -> SQLValue { .integer(Int64(value)) }
    /// An instant as milliseconds since the epoch (how the SDK stores times: portable and exact).
    public static func millis(_ date: Date) -> SQLValue { .integer(Int64((date.timeIntervalSince1970 * 1_000).rounded())) }
}
