import Foundation
import RapportCalendar
import RapportConfig

/// The location calendars of the site configuration the plugin runs under: `RAPPORT_CONFIG`
/// (set by `rapport up`), read with the same strict reader as `rapport up`. No configuration:
/// no calendars (every location is read in UTC).
public enum SiteCalendars {
    /// The calendars by location id.
    ///
    /// - Throws: ``FeedbackSettingsError`` when the file cannot be read or has errors.
    public static func read(environment: [String: String]) throws(FeedbackSettingsError) -> [String: LocationCalendar] {
        guard let path = environment["RAPPORT_CONFIG"], !path.isEmpty else { return [:] }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw FeedbackSettingsError("RAPPORT_CONFIG: cannot read \(path) (the site configuration, for the location calendars)")
        }
        let reading = RapportConfigFile.read(text, source: path)
        guard let configuration = reading.configuration, reading.errors.isEmpty else {
            throw FeedbackSettingsError("RAPPORT_CONFIG: \(path) has errors:\n" + reading.errors.map(\.description).joined(separator: "\n"))
        }
        return configuration.locations.mapValues(\.calendar)
    }
}
