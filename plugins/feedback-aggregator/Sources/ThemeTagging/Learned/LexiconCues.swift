/// What the lexicon's phrases name in a comment, whether or not a judgement came of them, as features
/// of the learned reader (``CommentFeatures``, as `x:`): each theme whose aspects it mentions, each
/// theme's cues and near opinions with the way each leans, its general opinions with theirs, and each
/// theme whose aspect stands in a clause with a general opinion, with that opinion's lean.
///
/// A phrase's lean is the one its judgement ended with, after negation, sarcasm and the answer to a
/// question ("Rude? Not at all." leans to praise); a phrase that judged nothing (a near opinion with no
/// aspect beside it, "it was steep") leans as written, turned by a negation that governs it.
///
/// The learned reader weighs these as classes of words: an aspect, cue or opinion it never saw in
/// training counts as the lexicon's others of its kind do, and a near opinion or an aspect the lexicon
/// paired with nothing still tells it something. On the leave-one-set-out folds (probe16–probe27) they
/// took the model from 0.858 / 0.801 / 0.936 to 0.859 / 0.814 / 0.932; trained on the development sets up
/// to probe36 and scored on six sets written after it (probe37–probe43 but the sealed probe40), from
/// 0.827 / 0.786 / 0.917 to 0.838 / 0.806 / 0.917. Without the leans, pairing by sentence as well, or
/// marking negated aspects, they did no better on the folds. A tagger without a model does not read them
/// (``ThemeTagger``): built for every comment, as model 2026-12-07.6's build did, they held the lexicon
/// alone to 31,753 comments a second against 38,591 (fastest runs, by CPU time, an hour apart).
struct LexiconCues: Sendable {
    /// One cue: its kind (the feature's prefix), its theme's id (empty for a general opinion) and its
    /// lean, if it has one. Kept as parts so that tagging builds no string for it (``FeatureSink``).
    struct Entry: Sendable {
        let kind: StaticString
        let theme: Substring
        let lean: Polarity?
    }

    /// The cues in the order found; repeats are dropped by the feature sinks.
    private(set) var entries: [Entry] = []

    /// None: a comment read without them (a tagger with no model).
    init() {}

    /// The cues of `items`, the phrases found in a comment with their clauses and negations set, given
    /// `judgements`, everything judged in it after sarcasm and answers (counted or not). A phrase in a
    /// mention ("I rang about the price") names nothing.
    init(items: [ReadMatch], judgements: [Judgement]) {
        var aspects: [(clause: Int, theme: Substring)] = []
        var opinions: [(clause: Int, lean: Polarity)] = []
        for item in items where !item.silenced {
            // The lean its judgement ended with, else as written (turned by a governing negation).
            func lean(_ written: Polarity, theme: Theme?) -> Polarity {
                if let judged = judgements.first(where: { $0.position == item.start && (theme == nil || $0.theme == theme) }) {
                    return judged.polarity
                }
                return item.negated && !item.hedged ? written.flipped : written
            }
            for theme in item.info.aspectThemes {
                entries.append(Entry(kind: "x:aspect:", theme: theme.id[...], lean: nil))
                aspects.append((item.clause, theme.id[...]))
            }
            for weighted in item.meanings {
                switch weighted.meaning {
                case .cue(let theme, let polarity):
                    entries.append(Entry(kind: "x:cue:", theme: theme.id[...], lean: lean(polarity, theme: theme)))
                case .near(let theme, let polarity):
                    entries.append(Entry(kind: "x:near:", theme: theme.id[...], lean: lean(polarity, theme: theme)))
                case .opinion(let polarity):
                    let read = lean(polarity, theme: nil)
                    entries.append(Entry(kind: "x:opinion", theme: "", lean: read))
                    opinions.append((item.clause, read))
                default: break
                }
            }
        }
        for aspect in aspects {
            for opinion in opinions where opinion.clause == aspect.clause {
                entries.append(Entry(kind: "x:paired:", theme: aspect.theme, lean: opinion.lean))
            }
        }
    }

    /// Each cue as a feature: `x:aspect:waiting-time`, `x:cue:price_-`, `x:near:price_+`, `x:opinion_+`,
    /// `x:paired:cleanliness_-`.
    func add(to sink: inout some FeatureSink) {
        for entry in entries {
            switch entry.lean {
            case nil: sink.add(entry.kind, entry.theme)
            case .positive?: sink.add(entry.kind, entry.theme, "+")
            case .negative?: sink.add(entry.kind, entry.theme, "-")
            }
        }
    }
}
