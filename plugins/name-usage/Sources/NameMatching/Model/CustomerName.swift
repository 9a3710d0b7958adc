/// The customer's name as the customer gives it.
///
/// `fullName` is in its own script and order (`Adaeze Okafor`, `田中 美咲`, `王芳`, `김민준`,
/// `Nguyễn Thị Lan`, `Nagy Anna`, `Петров Александр Сергеевич`); `preferred` is the name they
/// ask to be called (`Seun`, `Katya`); `title` is how they are addressed formally (`Mrs`, `Dr`,
/// `Herr`, `señora`, `Mx`, `Hanım`, `先生`). Both may be nil.
public struct CustomerName: Sendable, Hashable {
    /// The full name as given, any script, any order.
    public var fullName: String
    /// The name the customer prefers to be called, if they gave one.
    public var preferred: String?
    /// The customer's title, if known; used to tell the customer from a relative with the
    /// same family name ("Mrs Okafor" is not Mr Okafor) and from a professional ("Dr Patel").
    public var title: String?

    /// Creates a customer name.
    public init(fullName: String, preferred: String? = nil, title: String? = nil) {
        self.fullName = fullName
        self.preferred = preferred
        self.title = title
    }
}
