import Foundation
import RapportCalendar

/// The `locations:` section: location id → time zone, hours, holidays, special hours and
/// date order, each value checked and positioned, and the location's calendar built from them.
extension ConfigWalk {
    /// Reads every location of `root`'s `locations:` mapping and records their entries.
    mutating func readLocations(_ root: ConfigMapping) -> [String: LocationConfiguration] {
        guard let field = root["locations"],
              let ids = mapping(field.value, at: "locations", pattern: nil, expected: "location id: {time_zone:, hours:, ...}")
        else { return [:] }
        var locations: [String: LocationConfiguration] = [:]
        for location in ids.fields {
            let keys = mapping(location.value, at: location.path, pattern: "locations.*",
                               expected: "time_zone:, hours:, holidays:, special_hours:, date_order:")
            if let keys, let read = readLocation(location, keys) { locations[location.name] = read }
        }
        return locations
    }

    /// One location; `nil` after an error. The calendar is built whenever the time zone is
    /// known, even after other errors, so its own errors are reported in the same pass: a day
    /// whose spans did not read is left out of it (it can then hide an error, never add one).
    private mutating func readLocation(_ location: ConfigField, _ keys: ConfigMapping) -> LocationConfiguration? {
        let errorsBefore = errors.count
        let zone = readTimeZone(keys["time_zone"], of: location)
        let hours = keys["hours"].map { readHours($0) } ?? [:]
        let holidays = keys["holidays"].flatMap { readHolidays($0) } ?? []
        let special = keys["special_hours"].map { readSpecialHours($0) } ?? [:]
        let order = keys["date_order"].flatMap { readDateOrder($0) }
        guard let zone else { return nil }
        let written = WrittenCalendar(location: location, timeZone: keys["time_zone"], hours: hours, holidays: holidays, special: special)
        guard let calendar = buildCalendar(zone, written), errors.count == errorsBefore else { return nil }
        recordEntries(location.path, calendar: calendar, written: written, order: order)
        return LocationConfiguration(id: location.name, calendar: calendar, dateOrder: order)
    }

    private mutating func readDateOrder(_ field: ConfigField) -> DateOrder? {
        guard let written = text(field, expected: "dmy or mdy") else { return nil }
        guard let order = DateOrder(rawValue: written) else {
            fail(field.path, at: field.position, "'\(written)' is not a date order; write dmy (3/4 is 3 April) or mdy (3/4 is 4 March)")
            return nil
        }
        return order
    }
}
