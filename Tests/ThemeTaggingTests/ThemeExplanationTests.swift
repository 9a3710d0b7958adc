import Testing
import ThemeTagging

/// `ThemeTagger.explain`: the judgements behind a comment's tags, for people editing a lexicon.
@Suite("Explanations")
struct ThemeExplanationTests {
    let tagger = Shared.tagger

    @Test("an explanation's tags are the comment's tags; each tag's net reaches the threshold on its side, or the learned reader added it; a net that reaches it is tagged unless the learned reader withdrew it, on its side unless the reader turned it")
    func sameTags() throws {
        for labelled in try LabelledSet.comments("tuning.jsonl") {
            let explanation = tagger.explain(labelled.comment)
            #expect(explanation.tags == tagger.tag(labelled.comment), "\(labelled.id)")
            for (theme, polarity) in explanation.tags where explanation.learned[theme] == nil {
                let net = explanation.net[theme] ?? 0
                // The lexicon's polarity, unless the learned reader turned it.
                let read: Polarity = (explanation.turned[theme] == nil) == (net > 0) ? .positive : .negative
                #expect(abs(net) >= explanation.threshold && polarity == read, "\(labelled.id) \(theme)")
            }
            for (theme, praise) in explanation.turned {
                let turn = tagger.model?.turn ?? 1
                #expect(explanation.tags[theme] == .positive ? praise >= turn : 1 - praise >= turn, "\(labelled.id) \(theme)")
            }
            for (theme, net) in explanation.net where abs(net) < explanation.threshold && explanation.learned[theme] == nil {
                #expect(explanation.tags[theme] == nil, "\(labelled.id) \(theme)")
            }
            for (theme, net) in explanation.net where abs(net) >= explanation.threshold {
                #expect((explanation.tags[theme] == nil) == (explanation.withdrawn[theme] != nil), "\(labelled.id) \(theme): tagged or withdrawn")
            }
            for (theme, probability) in explanation.withdrawn {
                #expect(probability < (tagger.model?.keep ?? 0), "\(labelled.id) \(theme)")
            }
            for theme in explanation.learned.keys {
                #expect(abs(explanation.net[theme] ?? 0) < explanation.threshold, "\(labelled.id) \(theme): the lexicon had tagged it")
            }
        }
    }

    @Test("each judgement names its theme, the word it starts at, its sentence, and a negation that turned it")
    func evidence() {
        let explanation = tagger.explain("Lovely room. The receptionist was not rude, and the queue was short")
        let rude = explanation.evidence.first { $0.word == "rude" }
        #expect(rude?.theme == .staffAttitude && rude?.polarity == .positive && rude?.negated == true && rude?.sentence == 2)
        #expect(explanation.evidence.contains { $0.theme == .waitingTime && $0.polarity == .positive && $0.sentence == 2 && !$0.negated })
        #expect(explanation.evidence.allSatisfy { $0.weight > 0 })
    }

    @Test("general praise reads no judgement, so it nets nothing and gets no tag")
    func nothingJudged() {
        let explanation = tagger.explain("Great day out, thanks")
        #expect(explanation.evidence.isEmpty && explanation.net.isEmpty && explanation.tags.isEmpty)
    }
}
