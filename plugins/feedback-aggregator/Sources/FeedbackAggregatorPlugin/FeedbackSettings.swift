import FeedbackMeasures
import Foundation
import RapportCalendar
import Synchronization
import ThemeTagging

/// The plugin's settings, typed and checked: goals, the detractor rule, the k of employee
/// anonymity, the theme tagger and the location calendars periods are read in.
public struct FeedbackSettings: Sendable {
    /// Targets, overrides, minimum sample and rolling window.
    public var goals: Goals
    /// Which customer responses raise `feedback.detractor`.
    public var detractors: DetractorRule
    /// The smallest employee group shown.
    public var anonymity: AnonymityThreshold
    /// The tagger, with the shipped or an edited lexicon, and the shipped, a retrained or no model.
    public var tagger: ThemeTagger
    /// Day, week and month boundaries per location.
    public var periods: PeriodResolver {
        didSet { cache = PeriodCache(periods) }
    }
    /// ``periods`` with the last day seen per location remembered across events (handlers
    /// share the settings; a run of responses on one local day costs one comparison each).
    private var cache: PeriodCache

    public init(goals: Goals = Goals(organisation: Targets(csat: 0.8, nps: 30, ces: 5)), detractors: DetractorRule = DetractorRule(),
                anonymity: AnonymityThreshold = AnonymityThreshold(), tagger: ThemeTagger = ThemeTagger(),
                periods: PeriodResolver = PeriodResolver(calendars: [:])) {
        self.goals = goals
        self.detractors = detractors
        self.anonymity = anonymity
        self.tagger = tagger
        self.periods = periods
        cache = PeriodCache(periods)
    }

    /// The day, week and month `instant` lies in at `location`.
    public func labels(at instant: Date, location: String) -> PeriodLabels {
        cache.labels(at: instant, location: location)
    }

    /// The settings from the environment the supervisor gives a plugin (`FEEDBACK_AGGREGATOR_<KEY>`
    /// for each key of plugin.yaml's `settings`), with `calendars` for the periods; a missing
    /// key takes the manifest's default. `directory` resolves a relative `lexicon_file` and
    /// `theme_model_file`.
    ///
    /// - Throws: ``FeedbackSettingsError`` naming the variable, what was wrong and what to write.
    public static func read(environment: [String: String], calendars: [String: LocationCalendar],
                            directory: String = FileManager.default.currentDirectoryPath) throws(FeedbackSettingsError) -> FeedbackSettings {
        let values = SettingValues(environment: environment)
        var organisation = Targets()
        for measure in MeasureKind.allCases {
            let key = "\(measure.rawValue)_target"
            let fallback: Double = switch measure { case .csat: 0.8; case .nps: 30; case .ces: 5 }
            guard let value = try values.number(key, default: fallback) else { continue }
            do { organisation[measure] = try TargetsText.checked(measure, value, where: "the organisation") }
            catch { throw FeedbackSettingsError(values.name(key) + ": " + error.description) }
        }
        let locations: [String: Targets]
        do { locations = try TargetsText.parse(values.text("location_targets") ?? "") }
        catch { throw FeedbackSettingsError(values.name("location_targets") + ": " + error.description) }
        let minimum = try values.integer("goal_min_sample", default: 20, atLeast: 1)
        let days = try values.integer("rolling_days", default: 28, atLeast: 1)
        let highEffort = try values.integer("ces_high_effort_max", default: 2, atLeast: 1)
        guard highEffort <= 7 else { throw FeedbackSettingsError(values.name("ces_high_effort_max") + ": \(highEffort) is above the CES scale (1-7)") }
        let k = try values.integer("employee_min_group", default: 5, atLeast: 1)
        let tagger = ThemeTagger(
            lexicon: try lexicon(path: values.text("lexicon_file") ?? "", directory: directory, variable: values.name("lexicon_file")),
            model: try model(path: values.text("theme_model_file") ?? "", directory: directory, variable: values.name("theme_model_file")))
        return FeedbackSettings(
            goals: Goals(organisation: organisation, locations: locations, minimumSample: Int64(minimum), rollingDays: days),
            detractors: DetractorRule(highEffortMax: highEffort), anonymity: AnonymityThreshold(k: Int64(k)),
            tagger: tagger, periods: PeriodResolver(calendars: calendars))
    }

    /// The lexicon at `path` (relative to `directory`); the shipped one when empty.
    static func lexicon(path: String, directory: String, variable: String) throws(FeedbackSettingsError) -> ThemeLexicon {
        guard !path.isEmpty else { return .default }
        return try parsed(
            path, directory: directory, variable: variable, what: "the theme lexicon",
            instead: "give a readable file, or an empty value for the shipped lexicon",
            advice: "; fix the lexicon (its header documents the format)"
        ) { text throws(ThemeLexiconError) in try ThemeLexicon(parsing: text) }
    }

    /// The theme model at `path` (relative to `directory`): the shipped one when empty, none for `none`.
    static func model(path: String, directory: String, variable: String) throws(FeedbackSettingsError) -> ThemeModel? {
        guard !path.isEmpty else { return .default }
        guard path != "none" else { return nil }
        return try parsed(
            path, directory: directory, variable: variable, what: "the theme model",
            instead: "give a readable file, an empty value for the shipped model, or none for the lexicon alone"
        ) { text throws(ThemeModelError) in try ThemeModel(parsing: text) }
    }

    /// The file at `path` (relative to `directory`) parsed; errors name the setting's `variable` when it
    /// cannot be read (with what to give `instead`), and the file with the parser's message when it
    /// cannot be parsed.
    private static func parsed<Value, Failure: Error & CustomStringConvertible>(
        _ path: String, directory: String, variable: String, what: String, instead: String, advice: String = "",
        parse: (String) throws(Failure) -> Value
    ) throws(FeedbackSettingsError) -> Value {
        let full = path.hasPrefix("/") ? path : directory + "/" + path
        guard let text = try? String(contentsOfFile: full, encoding: .utf8) else {
            throw FeedbackSettingsError("\(variable): cannot read \(what) \(full); \(instead)")
        }
        do { return try parse(text) }
        catch { throw FeedbackSettingsError("\(full): \(error.description)\(advice)") }
    }
}

/// A ``PeriodResolver`` shared by the handlers, behind a lock.
final class PeriodCache: Sendable {
    private let resolver: Mutex<PeriodResolver>
    init(_ resolver: PeriodResolver) { self.resolver = Mutex(resolver) }
    func labels(at instant: Date, location: String) -> PeriodLabels {
        resolver.withLock { $0.labels(at: instant, location: location) }
    }
}

/// A setting that cannot be used, with what to write instead.
public struct FeedbackSettingsError: Error, Sendable, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// The plugin's settings as environment variables.
struct SettingValues {
    let environment: [String: String]

    /// `FEEDBACK_AGGREGATOR_CSAT_TARGET` for `csat_target`.
    func name(_ key: String) -> String { "FEEDBACK_AGGREGATOR_" + key.uppercased() }

    func text(_ key: String) -> String? { environment[name(key)] }

    /// A number; an empty value means "no target".
    func number(_ key: String, default fallback: Double) throws(FeedbackSettingsError) -> Double? {
        guard let text = text(key) else { return fallback }
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        guard let value = Double(text) else { throw FeedbackSettingsError("\(name(key)) is '\(text)', not a number") }
        return value
    }

    func integer(_ key: String, default fallback: Int, atLeast minimum: Int) throws(FeedbackSettingsError) -> Int {
        guard let text = text(key) else { return fallback }
        guard let value = Int(text), value >= minimum else {
            throw FeedbackSettingsError("\(name(key)) is '\(text)'; give a whole number of at least \(minimum)")
        }
        return value
    }
}
