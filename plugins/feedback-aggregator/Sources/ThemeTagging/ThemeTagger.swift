/// Tags a feedback comment with the themes it judges, each positive or negative, using a lexicon.
///
/// A theme is tagged only where the comment judges it: negation is resolved ("not rude" is
/// staff-attitude positive), sarcasm is read by its meaning, words are read in context ("cheap plastic"
/// is product quality), and general praise or complaint with no theme gets none. The README of the
/// feedback-aggregator plugin describes the rules and the figures measured on the labelled set.
///
/// Tagging does no I/O and keeps no state between comments; a tagger is cheap to share across tasks.
public struct ThemeTagger: Sendable {
    /// The lexicon the tagger reads with; its `version` belongs with every tagged comment.
    public let lexicon: ThemeLexicon
    /// The learned reader that adds what the lexicon's phrases missed, withdraws what they misread and
    /// turns a polarity it reads the other way (``ThemeModel``); `nil` tags with the lexicon alone. Its
    /// `version` belongs with every tagged comment too.
    public let model: ThemeModel?
    private let declared: Set<Theme>
    /// Whether the model weighs the lexicon's classes of words (``LexiconCues``): they are read only then.
    var readsCues: Bool { model?.kinds.contains(.cues) == true }
    private let compiled: CompiledLexicon
    private let reader: TextReader
    private let matcher: PhraseMatcher
    private let modifiers: ModifierReader
    private let collector: JudgementCollector
    private let sarcasm: SarcasmReader
    private let answers: AnswerReader
    private let workplace: WorkplaceReader
    private let scorer: ThemeScorer

    /// Makes a tagger for `lexicon` (the shipped default unless the plugin loaded an edited one), with
    /// `model` as its learned reader (the shipped one unless given; `nil` for none). The model adds only
    /// themes the lexicon declares.
    public init(lexicon: ThemeLexicon = .default, model: ThemeModel? = .default) {
        self.lexicon = lexicon
        self.model = model
        declared = Set(lexicon.themes)
        let compiled = CompiledLexicon(lexicon)
        self.compiled = compiled
        reader = TextReader(lexicon: compiled)
        matcher = PhraseMatcher(lexicon: compiled)
        modifiers = ModifierReader(settings: compiled.settings)
        collector = JudgementCollector(settings: compiled.settings)
        sarcasm = SarcasmReader()
        answers = AnswerReader()
        workplace = WorkplaceReader()
        scorer = ThemeScorer(threshold: compiled.settings.threshold)
    }

    /// The themes `comment` judges, each with one polarity; empty when it judges none. Give the `author`
    /// the feedback's source names (a customer's unless said): an employee's sentences about the workplace
    /// itself judge nothing (see ``CommentAuthor``).
    public func tag(_ comment: String, by author: CommentAuthor = .customer) -> [Theme: Polarity] {
        let part = String(Self.readPart(of: comment))
        let read = reading(part, by: author, cues: readsCues)
        let net = scorer.nets(read.judgements)
        let tags = scorer.tags(from: net)
        return learned(part, by: author, tags: tags, net: net, cues: read.cues).applied(to: tags)
    }

    /// What the learned reader changes in the lexicon's `tags` of `part` (the part of a comment that is
    /// read; nothing without a model, or in a comment without a word, such as "£" or "1/10", where a
    /// model weighing its lone sign would judge by its intercepts alone; the trainer still sees such
    /// comments, 6 of the 8,233 development ones). The features are those ``features(of:by:)`` gives the
    /// trainer.
    private func learned(
        _ part: String, by author: CommentAuthor, tags: [Theme: Polarity], net: [Theme: Double], cues: LexiconCues
    ) -> ThemeModel.Revision {
        guard let model, part.contains(where: \.isLetter) else { return ThemeModel.Revision() }
        let hashes = CommentFeatures.hashes(part, by: author, tags: tags, net: net, themes: lexicon.themes, cues: cues)
        return model.revision(of: tags, net: net, hashes: hashes, allowed: declared)
    }

    /// The features a learned reader weighs in `comment` with this tagger's lexicon, as
    /// ``ThemeModelTrainer`` trains on them: the lexicon's reading alone, whatever the model.
    public func features(of comment: String, by author: CommentAuthor = .customer) -> Set<String> {
        let part = String(Self.readPart(of: comment))
        let read = reading(part, by: author, cues: true)
        let net = scorer.nets(read.judgements)
        return CommentFeatures.of(
            part, by: author, tags: scorer.tags(from: net), net: net, themes: lexicon.themes, cues: read.cues)
    }

    /// The hashes of the features ``features(of:by:)`` names, as tagging computes them (sorted, each once):
    /// the two must agree, which a test checks.
    func featureHashes(of comment: String, by author: CommentAuthor = .customer) -> [UInt64] {
        let part = String(Self.readPart(of: comment))
        let read = reading(part, by: author, cues: true)
        let net = scorer.nets(read.judgements)
        return CommentFeatures.hashes(
            part, by: author, tags: scorer.tags(from: net), net: net, themes: lexicon.themes, cues: read.cues)
    }

    /// Why the model may read this lexicon poorly, for a warning: it was trained with another lexicon
    /// version (it learnt what that one missed), or it reads themes this lexicon does not declare (it
    /// never adds them). `nil` when neither, or without a model.
    public var modelMismatch: String? {
        guard let model else { return nil }
        let undeclared = model.themes.filter { !declared.contains($0) }
        if !undeclared.isEmpty {
            return "theme model \(model.version) reads themes lexicon \(lexicon.version) does not declare "
                + "(\(undeclared.map(\.id).joined(separator: ", "))): it never adds them; train a model with this lexicon (rapport themes train)"
        }
        if model.lexiconVersion != lexicon.version {
            return "theme model \(model.version) was trained with lexicon \(model.lexiconVersion), not \(lexicon.version): "
                + "it revises what that lexicon read (adds, withdraws and turns tags); train a model with this lexicon (rapport themes train)"
        }
        return nil
    }

    /// The tags of `comment` with the judgements they were netted from, to see why a comment was tagged.
    public func explain(_ comment: String, by author: CommentAuthor = .customer) -> ThemeExplanation {
        let part = String(Self.readPart(of: comment))
        let read = reading(part, by: author, cues: readsCues)
        let net = scorer.nets(read.judgements)
        func evidence(_ judgement: Judgement) -> ThemeExplanation.Evidence {
            let word = read.tokens.indices.contains(judgement.position) ? read.tokens[judgement.position].text : ""
            return ThemeExplanation.Evidence(
                theme: judgement.theme, polarity: judgement.polarity, weight: judgement.weight, word: word,
                sentence: judgement.sentence + 1, negated: judgement.negated)
        }
        let lexiconTags = scorer.tags(from: net)
        let revision = learned(part, by: author, tags: lexiconTags, net: net, cues: read.cues)
        return ThemeExplanation(
            tags: revision.applied(to: lexiconTags), evidence: read.judgements.map(evidence),
            workplace: read.workplace.map(evidence), net: net, threshold: scorer.threshold,
            learned: revision.added.mapValues(\.probability), withdrawn: revision.withdrawn,
            turned: revision.turned.mapValues(\.praise))
    }

    /// Every weighted judgement found in `comment` (the part of it that is read), before netting.
    func judgements(of comment: String, by author: CommentAuthor = .customer) -> [Judgement] {
        reading(String(Self.readPart(of: comment)), by: author, cues: false).judgements
    }

    /// How much of a comment is read: its first `readLimit` characters, cut at the last sentence end before
    /// them ("." "!" "?" before a space or a line break, not "£4.50") when that keeps at least half, else at
    /// the last space. Reading time grows faster than a comment's length (judgements are paired
    /// across each clause and sentence); at this length a comment is about 1,500 words, longer than any
    /// survey paragraph in the labelled sets (the longest is about 500 characters), and is read in well under
    /// a millisecond a thousand characters in a release build. A 250 KB comment (the bus's limit) read whole
    /// took 8 s in a debug build and stalled the plugin past its heartbeat.
    public static let readLimit = 10_000

    /// The part of `comment` that is read (see ``readLimit``).
    static func readPart(of comment: String) -> Substring {
        guard comment.count > readLimit else { return comment[...] }
        let head = comment.prefix(readLimit)
        let half = head.index(head.startIndex, offsetBy: readLimit / 2)
        var cursor = head.index(before: head.endIndex)
        while cursor > half {
            let next = head.index(after: cursor)
            if ".!?".contains(head[cursor]), next == head.endIndex || head[next].isWhitespace { return head[...cursor] }
            cursor = head.index(before: cursor)
        }
        return head.lastIndex(where: \.isWhitespace).map { head[..<$0] } ?? head
    }

    /// The tokens of `part` (the part of a comment that is read, ``readPart(of:)``) and every weighted
    /// judgement found in them, before netting; apart, those of an employee's sentences about the
    /// workplace itself, which do not count; and, when `cues`, what the lexicon's phrases name in it, for
    /// the learned reader (``LexiconCues``; none otherwise: a tagger whose model does not weigh them, or
    /// without a model, does not need them).
    private func reading(_ part: String, by author: CommentAuthor, cues: Bool)
        -> (tokens: [Token], judgements: [Judgement], workplace: [Judgement], cues: LexiconCues)
    {
        var tokens = reader.tokens(of: part)
        if author == .employee { tokens = reader.retold(tokens) }
        let found = matcher.matches(in: tokens)
        var items = found.map { ReadMatch(match: $0, pattern: compiled.patterns[$0.pattern]) }
        let layout = CommentLayout(tokens: tokens, matches: items)
        modifiers.apply(to: &items, tokens: tokens, layout: layout)
        let (judgements, signals) = collector.collect(items, tokens: tokens, layout: layout)
        let read = sarcasm.apply(judgements, signals: signals, items: items, tokens: tokens, layout: layout)
        let answered = answers.apply(read, tokens: tokens, layout: layout)
        let (counted, setAside) = workplace.apply(answered, author: author, items: items, tokens: tokens, layout: layout)
        let named = cues ? LexiconCues(items: items, judgements: counted + setAside) : LexiconCues()
        return (tokens, counted, setAside, named)
    }
}
