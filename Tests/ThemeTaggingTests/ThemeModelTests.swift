import Foundation
import Testing
@testable import ThemeTagging

/// The learned reader: its file format, what it may add to the lexicon's tags, the features it weighs,
/// and its trainer, each on small hand-made models and comments.
@Suite("Theme model")
struct ThemeModelTests {
    /// A model of two themes that is sure a comment mentioning "tin" judges product quality and praises
    /// it when it says "lasted", and that "zorblat" (a word no lexicon reads) is a complaint about communication.
    static let small = """
        version test-1
        lexicon test
        threshold 0.5
        themes product-quality communication
        trained-on hand-made

        weights
        bias 0:-3 1:-3 2:-1 3:-1
        u:tin 0:5
        u:lasted 2:4
        u:zorblat 1:5 3:-2
        """

    @Test func aModelFileReadsBackAsWritten() throws {
        let model = try ThemeModel(parsing: Self.small)
        #expect(model.version == "test-1")
        #expect(model.lexiconVersion == "test")
        #expect(model.threshold == 0.5)
        #expect(model.themes == [.productQuality, .communication])
        #expect(model.size.features == 3)  // the intercepts aside
        #expect(model.size.weights == 4)
        #expect(try ThemeModel(parsing: model.text) == model)
    }

    @Test("A model file that cannot be read says which line and what to write", arguments: [
        ("version 1\nlexicon x\nthreshold 0.5\nthemes price\n", "no `weights` line"),
        ("version 1\nlexicon x\nthreshold 0.5\nweights\n", "missing setting 'themes'"),
        ("version 1\nthreshold 0.5\nthemes price\nweights\nbias 0:1\n", "missing setting 'lexicon'"),
        ("version 1\nlexicon x\nthreshold 2\nthemes price\nweights\n", "line 3: threshold '2' must be a number between 0 and 1"),
        ("version 1\nlexicon x\nthreshold 0.5\nthemes price\ncolour blue\nweights\n", "line 5: unknown setting 'colour'"),
        ("version 1\nversion 2\n", "line 2: 'version' is set twice"),
        ("version 1\nlexicon x\nthreshold 0.5\nthemes price price\nweights\n", "line 4: themes must list each theme id once"),
        ("version 1\nlexicon x\nthreshold 0.5\nthemes price\nweights\nu:cheap 0:abc\n", "line 6: '0:abc' is not INDEX:WEIGHT"),
        ("version 1\nlexicon x\nthreshold 0.5\nthemes price\nweights\nu:cheap 2:1\n", "line 6: index 2 is out of range"),
        ("version 1\nlexicon x\nthreshold 0.5\nthemes price\nweights\nu:cheap 0:1\nu:cheap 1:1\n", "line 7: feature 'u:cheap' is listed twice"),
        ("version 1\nlexicon x\nthreshold 0.5\nthemes price\nweights\nu:cheap 0:inf\n", "line 6: '0:inf' is not INDEX:WEIGHT"),
        ("justoneword\n", "line 1: write a setting as NAME VALUE"),
        ("version 1\nlexicon x\nthreshold 0.5\nthemes price\nweights\nu:cheap 0:1e308\n", "line 6: weight 1e308 is beyond ±1000"),
        ("version 1\nlexicon x\nthreshold 0.5\nkeep 1\nthemes price\nweights\n", "line 4: keep '1' must be a number from 0"),
        ("version 1\nlexicon x\nthreshold 0.5\nkeep most\nthemes price\nweights\n", "line 4: keep 'most' must be a number from 0"),
        ("version 1\nlexicon x\nthreshold 0.5\nturn 0.4\nthemes price\nweights\n", "line 4: turn '0.4' must be a number from 0.5"),
        // A model weighing a kind of feature this build cannot make is refused, not read in part.
        ("version 1\nlexicon x\nthreshold 0.5\nfeatures words embeddings\nthemes price\nweights\n",
         "line 4: the model weighs features of the kind 'embeddings', which this rapport cannot make"),
        ("version 1\nlexicon x\nthreshold 0.5\nthemes price\nweights\ny:cheap 0:1\n", "line 6: feature 'y:cheap' is of no kind this rapport reads"),
        ("version 1\nlexicon x\nthreshold 0.5\nfeatures words\nthemes price\nweights\nx:aspect:price 0:1\n",
         "line 7: feature 'x:aspect:price' is of the kind 'cues', which the `features` setting does not list"),
        ("version 1\nlexicon x\nthreshold 0.5\nfeatures words words\nthemes price\nweights\n", "line 4: features must list each kind of feature once"),
    ])
    func badFiles(text: String, message: String) {
        #expect {
            _ = try ThemeModel(parsing: text)
        } throws: { error in
            (error as? ThemeModelError)?.description.hasPrefix(message) == true
        }
    }

    /// The `features` setting names what a model weighs, so that a build that cannot make a kind refuses
    /// the model (an earlier build refuses the setting itself); a file without it, written before it was,
    /// weighs the kinds of its features. The lexicon's classes of words are read only for a model that
    /// weighs them.
    @Test func aModelNamesTheKindsOfFeatureItWeighs() throws {
        let small = try ThemeModel(parsing: Self.small)
        #expect(small.kinds == [.words])
        #expect(small.text.contains("\nfeatures words\n"))
        #expect(try ThemeModel(parsing: small.text) == small)
        let declared = try ThemeModel(parsing: Self.small.replacingOccurrences(of: "themes ", with: "features words pairs cues\nthemes "))
        #expect(declared.kinds == [.words, .pairs, .cues])
        #expect(declared.text.contains("\nfeatures words pairs cues\n"))
        #expect(ThemeModel.default.kinds == Set(FeatureKind.allCases))
        #expect(ThemeTagger().readsCues)
        #expect(!ThemeTagger(model: small).readsCues)
        #expect(!ThemeTagger(model: nil).readsCues)
        #expect(ThemeTagger(model: declared).readsCues)
        #expect(FeatureKind(feature: "x:paired:price_+") == .cues)
        #expect(FeatureKind(feature: "ln:price") == .lexicon)
        #expect(FeatureKind(feature: "bias") == nil)
    }

    @Test func theModelAddsOnlyWhatTheLexiconMissedAndTurnsNothing() throws {
        let tagger = ThemeTagger(model: try ThemeModel(parsing: Self.small))
        // Nothing in the lexicon reads "the tin"; the model is sure, and with no net its own polarity decides.
        #expect(tagger.tag("The tin lasted.")[.productQuality] == .positive)
        #expect(tagger.tag("The tin again.")[.productQuality] == .negative)
        // The lexicon's tags stay as they are.
        let lexiconOnly = ThemeTagger(model: nil)
        let comment = "The tin was rubbish and the staff were rude."
        let both = tagger.tag(comment)
        for (theme, polarity) in lexiconOnly.tag(comment) { #expect(both[theme] == polarity) }
        // A comment the model is not sure of gets nothing from it.
        #expect(tagger.tag("A box.") == lexiconOnly.tag("A box."))
    }

    /// A model that keeps a staff-attitude tag unless the comment says "parrot": the lexicon cannot know
    /// that a parrot's rudeness judges no member of staff.
    static let withdrawing = """
        version test-2
        lexicon test
        threshold 0.5
        keep 0.5
        themes staff-attitude
        weights
        bias 0:3
        u:parrot 0:-8
        """

    @Test func theModelWithdrawsALexiconTagItIsNotSureOfAndTurnsNone() throws {
        let model = try ThemeModel(parsing: Self.withdrawing)
        #expect(model.keep == 0.5)
        #expect(try ThemeModel(parsing: model.text) == model)
        let tagger = ThemeTagger(model: model)
        let lexiconOnly = ThemeTagger(model: nil)
        let comment = "The parrot at the front desk was so rude."
        #expect(lexiconOnly.tag(comment)[.staffAttitude] == .negative)
        #expect(tagger.tag(comment)[.staffAttitude] == nil)
        let explanation = tagger.explain(comment)
        #expect(explanation.tags[.staffAttitude] == nil)
        #expect((explanation.withdrawn[.staffAttitude] ?? 1) < 0.5)
        #expect(explanation.learned.isEmpty)
        // Sure enough, it keeps the tag and its polarity, whichever way it goes.
        for comment in ["The receptionist was so rude.", "The receptionist was lovely."] {
            #expect(tagger.tag(comment) == lexiconOnly.tag(comment), "\(comment)")
            #expect(tagger.explain(comment).withdrawn.isEmpty, "\(comment)")
        }
        // A model with no `keep` (those made before it) withdraws nothing.
        let keeping = try ThemeModel(parsing: Self.withdrawing.replacingOccurrences(of: "keep 0.5\n", with: ""))
        #expect(keeping.keep == 0 && !keeping.text.contains("\nkeep "))
        #expect(ThemeTagger(model: keeping).tag(comment)[.staffAttitude] == .negative)
    }

    /// A model that is sure a comment saying "zorblat" is a complaint about staff, whatever the words say: it
    /// turns the lexicon's praise there, and leaves the praise elsewhere.
    static let turning = """
        version test-3
        lexicon test
        threshold 0.5
        keep 0.5
        turn 0.5
        themes staff-attitude
        weights
        bias 0:3 1:1
        u:zorblat 1:-8
        """

    @Test func theModelTurnsALexiconTagItReadsTheOtherWay() throws {
        let model = try ThemeModel(parsing: Self.turning)
        #expect(model.turn == 0.5)
        #expect(try ThemeModel(parsing: model.text) == model)
        let tagger = ThemeTagger(model: model)
        let comment = "The receptionist was so lovely, zorblat as anything."
        #expect(ThemeTagger(model: nil).tag(comment)[.staffAttitude] == .positive)
        #expect(tagger.tag(comment)[.staffAttitude] == .negative)
        let explanation = tagger.explain(comment)
        #expect((explanation.turned[.staffAttitude] ?? 1) < 0.5)
        #expect(explanation.withdrawn.isEmpty && explanation.learned.isEmpty)
        #expect(tagger.tag("The receptionist was so lovely.")[.staffAttitude] == .positive)
        #expect(tagger.explain("The receptionist was so lovely.").turned.isEmpty)
        // A model with no `turn` (those made before it) turns nothing.
        let keeping = try ThemeModel(parsing: Self.turning.replacingOccurrences(of: "turn 0.5\n", with: ""))
        #expect(keeping.turn == 1 && !keeping.text.contains("\nturn "))
        #expect(ThemeTagger(model: keeping).tag(comment)[.staffAttitude] == .positive)
    }

    @Test func theModelTurnsAComplaintToPraiseButNotOnATieOrWithTurnOne() throws {
        let praising = try ThemeModel(parsing: Self.turning.replacingOccurrences(of: "u:zorblat 1:-8", with: "u:zorblat 1:9"))
        let comment = "The receptionist was so rude, zorblat as anything."
        #expect(ThemeTagger(model: nil).tag(comment)[.staffAttitude] == .negative)
        #expect(ThemeTagger(model: praising).tag(comment)[.staffAttitude] == .positive)
        // A praise probability of exactly 0.5 (no labelled judgement moved it) turns neither way.
        let even = try ThemeModel(parsing: Self.turning.replacingOccurrences(of: "bias 0:3 1:1\nu:zorblat 1:-8", with: "bias 0:3"))
        for comment in ["The receptionist was so rude.", "The receptionist was so lovely."] {
            #expect(ThemeTagger(model: even).explain(comment).turned.isEmpty, "\(comment)")
        }
        // With `turn 1` nothing is turned, though a sum this large makes the logistic exactly 1.
        let certain = try ThemeModel(parsing: Self.turning.replacingOccurrences(of: "turn 0.5", with: "turn 1")
            .replacingOccurrences(of: "u:zorblat 1:-8", with: "u:zorblat 1:900"))
        #expect(ThemeModel.logistic(901) == 1)
        #expect(ThemeTagger(model: certain).tag(comment)[.staffAttitude] == .negative)
    }

    @Test func settingsThatAreNotTwoDecimalsReadBackExactly() throws {
        let model = try ThemeModel(parsing: Self.turning.replacingOccurrences(of: "keep 0.5", with: "keep 0.004")
            .replacingOccurrences(of: "turn 0.5", with: "turn 0.999").replacingOccurrences(of: "threshold 0.5", with: "threshold 0.996"))
        #expect(model.keep == 0.004 && model.turn == 0.999 && model.threshold == 0.996)
        #expect(try ThemeModel(parsing: model.text) == model)
    }

    @Test func aCommentWithNoWordIsLeftToTheLexicon() throws {
        let eager = try ThemeModel(parsing: "version 1\nlexicon x\nthreshold 0.5\nthemes price\nweights\nbias 0:9\n")
        let tagger = ThemeTagger(model: eager)
        for comment in ["£", "1/10", "👍👍", "..."] { #expect(tagger.tag(comment) == ThemeTagger(model: nil).tag(comment), "\(comment)") }
        #expect(tagger.tag("Fine.")[.price] != nil)
    }

    @Test func theExplanationNamesWhatTheModelAdded() throws {
        let tagger = ThemeTagger(model: try ThemeModel(parsing: Self.small))
        let explanation = tagger.explain("Zorblat.")
        #expect(explanation.tags[.communication] == .negative)
        #expect((explanation.learned[.communication] ?? 0) > 0.8)
        #expect(ThemeTagger(model: nil).explain("Zorblat.").learned.isEmpty)
    }

    @Test func theModelAddsNoThemeTheLexiconDoesNotDeclare() throws {
        let model = try ThemeModel(parsing: """
            version 1
            lexicon x
            threshold 0.5
            themes parking
            weights
            bias 0:5
            """)
        #expect(ThemeTagger(model: model).tag("Anything at all.")[Theme("parking")] == nil)
    }

    @Test func aLeaningNetDecidesTheAddedPolarity() throws {
        let model = try ThemeModel(parsing: Self.small)
        let added = model.revision(
            of: [:], net: [.productQuality: 0.1], features: ["u:tin"], allowed: [.productQuality, .communication]).added
        #expect(added[.productQuality]?.polarity == .positive)
        let against = model.revision(
            of: [:], net: [.productQuality: -0.1], features: ["u:tin", "u:lasted"], allowed: [.productQuality]).added
        #expect(against[.productQuality]?.polarity == .negative)
        // A tag the model is sure of, on the side it reads, is neither added, withdrawn nor turned.
        let sure = try ThemeModel(parsing: Self.small.replacingOccurrences(of: "threshold 0.5\n", with: "threshold 0.5\nkeep 0.5\nturn 0.5\n"))
        let tagged = sure.revision(of: [.productQuality: .negative], net: [:], features: ["u:tin"], allowed: [.productQuality])
        #expect(tagged.added.isEmpty && tagged.withdrawn.isEmpty && tagged.turned.isEmpty)
    }

    @Test func featuresMarkNegatedWordsUntilABreak() {
        let features = CommentFeatures.of(
            "Wasn't quick at all, but the staff didn't care.", by: .customer, tags: [:], net: [:], themes: [])
        #expect(features.contains("u:wasnt"))
        #expect(features.contains("n:quick"))
        #expect(features.contains("n:all"))  // a negation reaches three words
        #expect(features.contains("u:but"))
        #expect(features.contains("u:the"))  // the comma ended it first
        #expect(features.contains("n:care"))
        #expect(features.contains("b:the_staff"))
        #expect(!features.contains("b:all_but"))  // no pair across a comma
        #expect(features.contains("s:quick"))
        #expect(features.contains("author:customer"))
    }

    @Test func featuresCarryWhatTheLexiconRead() {
        let features = CommentFeatures.of(
            "x", by: .employee, tags: [.price: .negative], net: [.price: -1, .cleanliness: 0.1, .knowledge: 0],
            themes: [.price, .cleanliness, .knowledge])
        #expect(features.isSuperset(of: ["author:employee", "lt:price", "ln:price", "le:cleanliness", "lp:cleanliness"]))
        #expect(!features.contains { $0.hasSuffix(":knowledge") })
    }

    @Test func wordsNumbersAndSigns() {
        let words = CommentFeatures.words(of: "£4.50?! It’s 2GOOD")
            .map { $0.map(String.init) ?? "|" }
        #expect(words == ["£", "4", "|", "50", "?", "|", "!", "|", "its", "2", "good"])
        let accented = CommentFeatures.words(of: "Café CRÈME, naïve señor 2é").map { $0.map(String.init) ?? "|" }
        #expect(accented == ["café", "crème", "|", "naïve", "señor", "2", "é"])
        #expect(CommentFeatures.words(of: "Cafe\u{301}") == ["café"])
        let stems: [(Substring, Substring)] = [
            ("queues", "queue"), ("queue", "queue"), ("prices", "price"), ("waited", "wait"), ("waiting", "wait"),
            ("boxes", "box"), ("buses", "bus"), ("dishes", "dish"), ("class", "class"), ("classes", "class"),
            ("bus", "bus"), ("this", "this"), ("speed", "speed"), ("really", "real"),
        ]
        for (word, stem) in stems { #expect(CommentFeatures.stem(word) == stem, "\(word)") }
    }

    /// The tagger reads features as hashes of their names, the trainer as names: both must find the same,
    /// the lexicon's classes of words (`x:`) included.
    @Test func hashedFeaturesAreTheNamedOnes() throws {
        let tagger = ThemeTagger(model: nil)
        let comments = try LabelledSet.comments("probe16.jsonl")
        var withClasses = 0
        for labelled in comments {
            let author = CommentAuthor(source: labelled.source) ?? .customer
            let named = tagger.features(of: labelled.comment, by: author)
            let hashed = tagger.featureHashes(of: labelled.comment, by: author)
            #expect(Set(hashed) == Set(named.map(FeatureHash.of)), "\(labelled.id)")
            #expect(hashed.count == named.count, "\(labelled.id): two names with one hash")
            if named.contains(where: { $0.hasPrefix("x:") }) { withClasses += 1 }
        }
        // Nearly every comment holds a word of the lexicon's (all but 3 of the 240).
        #expect(withClasses > comments.count * 9 / 10)
    }

    /// The lexicon's classes of words a comment holds (``LexiconCues``): a cue leans the way its judgement
    /// ended (a negation, the answer to a question), a near opinion with no aspect still counts, a mention
    /// names nothing, and an aspect sharing a clause with an opinion is paired with its lean.
    @Test("The lexicon's classes of words, with the lean each judgement ended with", arguments: [
        ("The staff were rude.", ["x:aspect:staff-attitude", "x:cue:staff-attitude_-"], []),
        ("The staff were not rude.", ["x:cue:staff-attitude_+"], ["x:cue:staff-attitude_-"]),
        ("Rude? Not at all.", ["x:cue:staff-attitude_+"], ["x:cue:staff-attitude_-"]),
        ("It was steep.", ["x:near:price_-"], ["x:aspect:price"]),
        ("I rang about the price.", [], ["x:aspect:price"]),
        ("The queue was awful.", ["x:aspect:waiting-time", "x:opinion_-", "x:paired:waiting-time_-"], []),
        ("The queue was long, the food was lovely.", ["x:paired:product-quality_+"], ["x:paired:waiting-time_+"]),
    ])
    func lexiconClasses(comment: String, present: [String], absent: [String]) {
        let classes = ThemeTagger(model: nil).features(of: comment).filter { $0.hasPrefix("x:") }
        for name in present { #expect(classes.contains(name), "\(comment): \(classes.sorted())") }
        for name in absent { #expect(!classes.contains(name), "\(comment): \(classes.sorted())") }
    }

    @Test func noTwoFeaturesOfTheShippedModelShareAHash() {
        let names = ThemeModel.default.names
        #expect(Set(names.map(FeatureHash.of)).count == names.count)
        #expect(ThemeModel.default.size.features == names.count)
    }

    @Test func aModelFileWithWindowsLineEndingsReads() throws {
        let crlf = Self.small.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try ThemeModel(parsing: crlf) == ThemeModel(parsing: Self.small))
        #expect(try ThemeModel(parsing: ThemeModel.defaultText.replacingOccurrences(of: "\n", with: "\r\n")) == .default)
    }

    @Test func aModelTrainedWithAnotherLexiconIsNamed() throws {
        #expect(ThemeTagger().modelMismatch == nil)
        #expect(ThemeTagger(model: nil).modelMismatch == nil)
        let other = try #require(ThemeTagger(model: try ThemeModel(parsing: Self.small)).modelMismatch)
        #expect(other.contains("trained with lexicon test, not \(ThemeLexicon.default.version)"))
        let foreign = try ThemeModel(parsing: "version 1\nlexicon \(ThemeLexicon.default.version)\nthreshold 0.5\nthemes parking\nweights\n")
        #expect(ThemeTagger(model: foreign).modelMismatch?.contains("does not declare (parking)") == true)
    }

    @Test func theTrainerLearnsAWordThatMarksATheme() {
        var examples: [ThemeModelTrainer.Example] = []
        for index in 0..<40 {
            let judged = index % 2 == 0
            let praised = index % 4 == 0
            var features: Set<String> = ["u:filler\(index % 5)", "author:customer"]
            if judged { features.insert("u:queue") }
            if praised { features.insert("u:quick") }
            examples.append(.init(features: features, themes: judged ? [.waitingTime: praised ? .positive : .negative] : [:]))
        }
        let trainer = ThemeModelTrainer()
        let model = trainer.train(examples, themes: [.waitingTime, .price], version: "t", lexiconVersion: "l", trainedOn: "40")
        let queue = model.read(["u:queue"])[.waitingTime]
        let quickQueue = model.read(["u:queue", "u:quick"])[.waitingTime]
        // Regularised and fitted to 40 comments, it is sure enough to pass the threshold, not certain.
        #expect((queue?.judged ?? 0) > 0.7)
        #expect((model.read(["u:filler1"])[.waitingTime]?.judged ?? 1) < 0.25)
        #expect((quickQueue?.praise ?? 0) > 0.6)
        #expect((queue?.praise ?? 1) < 0.4)
        #expect((model.read(["u:queue"])[.price]?.judged ?? 1) < 0.1)
        // The same examples give the same model, so the shipped one can be checked against its data.
        #expect(trainer.train(examples, themes: [.waitingTime, .price], version: "t", lexiconVersion: "l", trainedOn: "40") == model)
    }

    /// Plain descent moves a rare word's weight by its share of the comments a step, so in 150 steps it
    /// stops well short; with momentum the same steps take it to within 0.05 of where 6,000 plain steps end.
    @Test func momentumFitsARareWordFurtherInTheSameSteps() {
        var examples = (0..<200).map { ThemeModelTrainer.Example(features: ["u:filler\($0 % 8)"], themes: [:]) }
        for index in 0..<3 {
            examples.append(.init(features: ["u:overcharged", "u:filler\(index)"], themes: [.price: .negative]))
        }
        func judged(steps: Int, momentum: Double) -> Double {
            var settings = ThemeModelTrainer.Settings()
            settings.iterations = steps
            settings.momentum = momentum
            let model = ThemeModelTrainer(settings: settings).train(examples, themes: [.price], version: "t", lexiconVersion: "l", trainedOn: "203")
            return model.read(["u:overcharged"])[.price]?.judged ?? 0
        }
        let converged = judged(steps: 6_000, momentum: 0)
        let hard = judged(steps: 150, momentum: 0.9), soft = judged(steps: 150, momentum: 0)
        #expect(abs(hard - converged) < 0.05 && abs(soft - converged) > 0.1, "converged \(converged), momentum \(hard), plain \(soft)")
    }
}
