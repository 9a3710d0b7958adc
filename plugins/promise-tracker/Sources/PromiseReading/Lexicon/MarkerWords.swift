/// Open word lists of the markers that decide whether a sentence commits: hedges, standing
/// practice, reported speech, states and needs rather than actions.
enum MarkerWords {
    static let hedgeAdverbs = [
        "probably", "possibly", "hopefully", "maybe", "perhaps", "likely", "ideally", "presumably", "potentially",
        "supposedly", "apparently", "reportedly", "allegedly", "conceivably", "roughly",
    ]
    static let habitual = [
        "usually", "normally", "generally", "typically", "always", "often", "sometimes", "regularly", "routinely",
        "ordinarily", "customarily", "commonly", "frequently", "occasionally", "rarely", "seldom",
        "traditionally", "invariably", "standardly", "habitually", "mostly",
    ]
    /// Verbs of effort, aim or hope: the speaker undertakes to try, not to deliver.
    static let hedgeVerbs = [
        "try", "attempt", "aim", "hope", "endeavour", "endeavor", "strive", "seek", "intend", "plan", "wish",
        "trying", "attempting", "aiming", "hoping", "endeavouring", "planning", "tries", "tried",
    ]
    /// Verbs of opinion that hedge with a first-person subject ("I think we'll...").
    static let opinionVerbs = [
        "think", "believe", "reckon", "guess", "suppose", "imagine", "expect", "feel", "assume", "gather",
        "figure", "bet", "doubt", "fear", "suspect",
    ]
    /// Forms that report someone else's words.
    static let reportingVerbs = [
        "said", "says", "told", "tells", "mentioned", "mentions", "informed", "informs", "confirmed", "confirms",
        "claimed", "claims", "promised", "assured", "wrote", "writes", "emailed", "texted", "messaged", "indicated",
        "stated", "states", "advised", "advises", "explained", "explains", "replied", "responded", "reckoned",
        "reckons", "reported", "announced", "insisted", "insists", "suggested", "suggests", "warned", "warns",
        "notified", "guaranteed", "reassured", "agreed", "agrees", "according", "committed", "undertook", "pledged",
        "quoted", "estimated", "predicted", "expects", "expected", "thinks", "thought", "believes", "believed",
    ]
    /// Verbs of state, need or measure rather than an action the business undertakes.
    static let stativeVerbs = [
        "need", "require", "cost", "mean", "depend", "seem", "appear", "know", "want", "like", "love", "prefer",
        "understand", "remember", "matter", "last", "belong", "contain", "include", "involve", "weigh", "own", "owe",
        "deserve", "hate", "wish", "resemble", "equal", "consist", "suit", "fit", "mind", "recognise", "recognize",
        "remain", "exist", "expire", "lapse", "differ", "vary", "total", "amount", "rain", "snow",
    ]
    /// Adjectives (and particles) of a state: "we'll be closed", "the doctor will be away".
    static let stateAdjectives = [
        "closed", "open", "shut", "away", "unavailable", "available", "busy", "full", "booked", "fine", "ok", "okay",
        "alright", "free", "quiet", "off", "expensive", "cheaper", "cheap", "costly", "different", "same",
        "difficult", "hard", "easy", "possible", "impossible", "necessary", "enough", "raining", "sunny", "cold",
        "hot", "late", "early", "here", "around", "absent", "sick", "ill", "unwell", "unable", "happy",
        "glad", "pleased", "sorry", "delighted", "charged", "due", "valid", "invalid", "eligible", "liable",
        "responsible", "subject", "worth", "great", "good", "nice", "lovely", "better", "worse", "closing",
        "opening", "shutting", "short", "understaffed", "overbooked", "honest", "frank", "upfront", "blunt",
        "careful", "quick", "brief", "fair", "right", "wrong", "sure", "certain", "down", "offline", "unreachable",
    ]
    /// Verbs after which "if" means "whether" and opens no condition.
    static let inquiryVerbs = [
        "check", "checking", "checked", "see", "seeing", "ask", "asking", "asked", "know", "wonder", "wondering",
        "confirm", "confirming", "verify", "verifying", "tell", "determine", "establish", "enquire", "inquire",
        "look", "looking", "find", "decide", "understand", "sure", "clear", "unsure", "investigate", "test",
        "testing", "out", "advise", "out", "explore", "discover", "note", "notify", "doubt",
    ]
    /// Words for times of day and named days.
    static let timeWords = [
        "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "noon", "midday", "midnight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend", "month",
        "eod", "cob", "latest", "itself", "then", "now", "later", "soon", "earliest",
    ]
}
