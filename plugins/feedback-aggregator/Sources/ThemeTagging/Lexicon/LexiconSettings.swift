/// The numbers of the lexicon's `[settings]` section: how far negation reaches, what counts as a long
/// wait, and how strong a judgement must be to be tagged.
struct LexiconSettings: Hashable, Sendable {
    /// How many words after a negator its negation reaches (within the clause).
    var negationScope = 6
    /// How many words a `*` in a phrase may stand for.
    var gap = 3
    /// Durations of at most this many minutes match `@short-time`.
    var shortTime = 10.0
    /// Durations of at least this many minutes match `@long-time`.
    var longTime = 15.0
    /// Durations of this many minutes or more are not waits (years of custom), for `@long-time`.
    var longestTime = 525_600.0
    /// A theme is tagged when the absolute sum of its weighted judgements reaches this.
    var threshold = 0.25
    /// The weight a judgement keeps when a negation reverses it.
    var negatedWeight = 0.9
    /// The weight a complaint keeps when a hedged negation ("not rude exactly") reverses it.
    var hedgedWeight = 0.3
    /// How many words after a general opinion an aspect may start and still be the one it describes.
    var attributiveReach = 2
    /// The weight of a theme judged by a communication failure about it ("nobody mentioned the fee").
    var undisclosedWeight = 0.8
    /// Themes judged negative when a failure of the `disclosure` theme mentions one of their aspects
    /// ("nobody mentioned the clean-up fee" is price as well as communication).
    var undisclosed: [Theme] = []
    /// The theme whose failures can leave another theme undisclosed (usually `communication`).
    var disclosure: Theme?
    /// The theme of staff expertise (usually `knowledge`): a judgement of it whose subject is a customer
    /// word ("I had no idea", "customers keep asking", "we didn't know") is the customer's own knowledge,
    /// not the staff's, and judges nothing.
    var expertise: Theme?
    /// The theme of staff manners (usually `staff-attitude`): a cue of it whose subject is a customer noun
    /// ("patients are generally patient with us", "customers were polite") describes the customers, not
    /// the staff, and judges nothing.
    var courtesy: Theme?

    /// Sets the numeric setting `key` (as written in the lexicon); false when there is no such setting.
    mutating func set(_ key: String, to value: Double) -> Bool {
        switch key {
        case "short-time": shortTime = value
        case "long-time": longTime = value
        case "longest-time": longestTime = value
        case "threshold": threshold = value
        case "negated-weight": negatedWeight = value
        case "hedged-weight": hedgedWeight = value
        case "undisclosed-weight": undisclosedWeight = value
        default: return false
        }
        return true
    }

    /// Sets the whole-number setting `key`; false when there is no such setting.
    mutating func set(_ key: String, to count: Int) -> Bool {
        switch key {
        case "negation-scope": negationScope = count
        case "gap": gap = count
        case "attributive-reach": attributiveReach = count
        default: return false
        }
        return true
    }

    /// Whether `key` names a numeric setting.
    static func isNumeric(_ key: String) -> Bool {
        ["short-time", "long-time", "longest-time", "threshold", "negated-weight", "hedged-weight",
         "undisclosed-weight"].contains(key)
    }

    /// Whether `key` names a whole-number setting.
    static func isCount(_ key: String) -> Bool {
        ["negation-scope", "gap", "attributive-reach"].contains(key)
    }
}
