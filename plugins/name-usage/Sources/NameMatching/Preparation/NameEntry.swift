/// One spelling of one part of the customer's name, stored under its folded key.
struct NameEntry: Sendable {
    /// What the part is.
    enum Kind: UInt8, Sendable {
        /// A name: given, family, preferred, a nickname, a compound written as one word.
        case name
        /// An inflected form (Polish vocative `Łukaszu`, Greek `Γιώργο`, Russian `Петра`):
        /// counts only in a name slot (after a title, set off as a vocative, or beside
        /// another part of the name).
        case inflected
        /// A particle (de, van, al, Thị): part of a longer run only.
        case particle
        /// The part of an apostrophe name after its prefix (`brien` of O'Brien): only right
        /// after that prefix, as a speech recogniser writes `o brien`.
        case fragment
    }

    /// The accented lower-case spelling, when this spelling has accents.
    var marked: String?
    /// What the part is.
    var kind: Kind
    /// Whether the part is also an ordinary word, and which reading competes.
    var wordClass: WordClass
    /// For a fragment, the folded prefix that must come right before it.
    var after: String?
}
