/// A theme a comment can judge, named by its lexicon id (`waiting-time`, `price`, ...).
///
/// Themes are declared by the lexicon's `[themes]` section, so an edited lexicon can add one; the seven
/// the default lexicon ships are also available as constants. In JSON a `[Theme: Polarity]` dictionary
/// encodes as an object keyed by theme id.
public struct Theme: Hashable, Comparable, Sendable, Codable, CodingKeyRepresentable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The theme's id as written in the lexicon, for example `staff-attitude`.
    public let id: String

    /// Wraps a theme id; the id is not checked against any lexicon.
    public init(_ id: String) {
        self.id = id
    }

    /// Wraps a theme id written as a literal, for example `let theme: Theme = "price"`.
    public init(stringLiteral id: String) {
        self.id = id
    }

    /// Queues, waits, speed of service, delays, turnaround and phone hold queues.
    public static let waitingTime = Theme("waiting-time")
    /// Friendliness, rudeness, politeness, helpfulness, patience, respect and attentiveness.
    public static let staffAttitude = Theme("staff-attitude")
    /// Staff competence: knowing the product or the answer, expertise and accurate advice.
    public static let knowledge = Theme("knowledge")
    /// Clean, dirty or tidy premises, toilets, tables, hygiene and smell.
    public static let cleanliness = Theme("cleanliness")
    /// Cost, value for money, fees, charges and discounts.
    public static let price = Theme("price")
    /// The goods, the food, or the outcome of the service itself (a repair, a haircut); durability.
    public static let productQuality = Theme("product-quality")
    /// Being kept informed, called back, clear explanations, updates and being listened to.
    public static let communication = Theme("communication")

    /// The theme id.
    public var description: String { id }

    /// Orders themes by id.
    public static func < (lhs: Theme, rhs: Theme) -> Bool { lhs.id < rhs.id }

    /// Decodes a theme from its id string.
    public init(from decoder: any Decoder) throws {
        id = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the theme as its id string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }

    /// The theme id used as a key of a JSON object.
    public var codingKey: any CodingKey { ThemeKey(stringValue: id) }

    /// Reads a theme from a JSON object key.
    public init?<T: CodingKey>(codingKey: T) {
        id = codingKey.stringValue
    }
}

/// The coding key of a theme id in a JSON object.
private struct ThemeKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
