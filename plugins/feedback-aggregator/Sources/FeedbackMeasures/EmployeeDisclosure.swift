/// What of a month's employee feedback may be shown under k-anonymity (``AnonymityThreshold``):
/// each figure only on its own sample of at least k answers, themes only for a group of at least
/// k comments, and nothing of the organisation that, less the locations shown, would reveal
/// fewer than k of the others.
///
/// - A location of fewer than k responses is withheld whole.
/// - A shown location's CSAT, NPS or CES is withheld when fewer than k answered it (one employee's
///   NPS is not shown because four others answered CSAT); a measure nobody answered is not
///   withheld, there is nothing to show.
/// - Its themes are withheld when 1 to k - 1 of its responses have a comment.
/// - The organisation follows the same rules on its own counts, and each of its parts is withheld
///   too when the organisation less the locations where that part is shown holds 1 to k - 1
///   answers (responses, comments): subtracting would reveal them.
public struct EmployeeDisclosure: Sendable, Hashable {
    /// A part of an employee group's report.
    public enum Part: String, Sendable, Hashable, CaseIterable, Comparable {
        case responses, csat, nps, ces, themes

        public static func < (a: Part, b: Part) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }

        /// How many answers of `sums` this part stands on.
        func sample(_ sums: ScoreSums) -> Int64 {
            switch self {
            case .responses: sums.responses
            case .csat: sums.csatCount
            case .nps: sums.npsCount
            case .ces: sums.cesCount
            case .themes: sums.comments
            }
        }
    }

    /// The withheld parts of the organisation and of each location (empty: all shown).
    public let organisation: Set<Part>
    public let locations: [String: Set<Part>]

    /// Decides from the month's employee sums of the organisation and of each location.
    public init(organisation: ScoreSums, locations sums: [String: ScoreSums], anonymity: AnonymityThreshold) {
        func own(_ group: ScoreSums) -> Set<Part> {
            guard anonymity.shows(respondents: group.responses) else { return Set(Part.allCases) }
            return Set(Part.allCases.filter { part in
                let sample = part.sample(group)
                return sample > 0 && !anonymity.shows(respondents: sample)
            })
        }
        let locations = sums.mapValues(own)
        var withheld = own(organisation)
        for part in Part.allCases where !withheld.contains(part) {
            let shown = sums.filter { locations[$0.key]?.contains(part) == false }.map { part.sample($0.value) }.reduce(0, +)
            let rest = part.sample(organisation) - shown
            if rest > 0 && !anonymity.shows(respondents: rest) { withheld.insert(part) }
        }
        if withheld.contains(.responses) { withheld = Set(Part.allCases) }
        self.organisation = withheld
        self.locations = locations
    }

    /// The withheld parts of `location`; a location with no employee feedback has nothing to withhold.
    public func withheld(location: String) -> Set<Part> { locations[location] ?? [] }
}
