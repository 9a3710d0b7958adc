/// Which tokens of a customer's name are given names and which the family name, and whether
/// the name is Vietnamese.
struct NameRoles: Sendable {
    /// Indices of given-name tokens (and a patronymic), in order.
    var given: [Int] = []
    /// Indices of family-name tokens.
    var family: [Int] = []
    /// True for a Vietnamese name (family first, given name an ordinary word).
    var vietnamese = false

    /// Works out the roles: family first for a Russian name with a patronymic
    /// (`Петров Александр Сергеевич`) and for family names of family-first languages
    /// (`Nguyễn Thị Lan`, `Nagy Anna`, `Chen Wei`); otherwise the last token is the family name.
    init(_ tokens: [Token]) {
        let names = tokens.indices.filter { !(tokens.count > 1 && NameOrder.isParticle(tokens, at: $0)) }
        guard let firstName = names.first, let lastName = names.last else { return }
        vietnamese = tokens.count >= 2 && tokens.contains { token in
            guard let marked = token.markedKey else { return false }
            return NameOrder.vietnamese.contains(token.key) && marked.unicodeScalars.contains {
                FoldTable.lookup($0.value)?.tonal ?? false
            }
        } || (tokens.count >= 3 && ["thi", "van"].contains(tokens[1].key))
        if names.count == 1 {
            given = [firstName]
        } else if names.count == 3, NameOrder.isPatronymic(tokens[names[2]].key) {
            family = [names[0]]
            given = [names[1], names[2]]
        } else if vietnamese || NameOrder.familyFirst.contains(tokens[firstName].key) {
            family = [firstName]
            given = Array(names.dropFirst())
        } else {
            family = [lastName]
            given = Array(names.dropLast())
        }
    }
}
