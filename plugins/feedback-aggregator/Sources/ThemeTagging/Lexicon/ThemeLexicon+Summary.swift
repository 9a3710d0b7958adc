extension ThemeLexicon {
    /// How many phrases the lexicon lists, in every section (so an editor can see an edit was read).
    public var phraseCount: Int { entries.count }

    /// How many phrases name or judge `theme`: its aspects, cues, near-cues, problems and needs.
    public func phraseCount(for theme: Theme) -> Int {
        entries.reduce(0) { count, entry in
            switch entry.meaning {
            case .aspect(let judged), .cue(let judged, _), .near(let judged, _), .problem(let judged), .need(let judged):
                judged == theme ? count + 1 : count
            default:
                count
            }
        }
    }
}
