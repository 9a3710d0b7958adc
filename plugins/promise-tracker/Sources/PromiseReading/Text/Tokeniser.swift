/// Cuts an utterance into raw words and punctuation in one pass over its UTF-8 bytes.
///
/// Letters are lower-cased (ASCII), curly apostrophes count as straight ones, dots inside a
/// word are dropped ("a.m." is "am"), and numbers keep the marks that make them one value
/// ("16:00", "3/4", "10.30am", "12,000"). A hyphen between words splits them ("forty-eight"),
/// one between numbers becomes a hyphen token ("2-3"), and a dash between spaces is a clause
/// break. A full stop after a title ("Dr.") or an abbreviation with dots does not end a sentence.
enum Tokeniser {
    /// Titles and abbreviations whose full stop is not the end of a sentence.
    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "st", "prof", "approx", "vs", "etc", "jr", "sr", "mt", "ave", "dept", "ref",
        "tel", "ext", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// The raw words of `text`.
    static func rawWords(_ text: String) -> [RawWord] {
        var scanner = ByteScanner(Array(text.utf8))
        return scanner.scan()
    }
}
