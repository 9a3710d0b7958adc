import Foundation

/// The `locations:` section: location id → time zone, hours, holidays, special hours and
/// date order, each value checked and positioned.
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

    private mutating func readLocation(_ location: ConfigField, _ keys: ConfigMapping) -> LocationConfiguration? {
        let zone = readTimeZone(keys["time_zone"], of: location)
        let hours = keys["hours"].map { readHours($0) } ?? [:]
        let holidays = keys["holidays"].flatMap { readHolidays($0) } ?? []
        let special = keys["special_hours"].map { readSpecialHours($0) } ?? [:]
        let order = keys["date_order"].flatMap { readDateOrder($0) }
        for (date, day) in special where holidays.contains(date) {
            fail(day.field.path, at: day.field.keyPosition, "\(date) is also in holidays; keep it in one of the two")
        }
        let zoneName = zone == nil ? nil : keys["time_zone"]?.value.scalar?.string
        recordEntries(location.path, zoneName: zoneName, hours: hours, holidays: holidays, special: special, order: order)
        guard let zone else { return nil }
        var config = LocationConfiguration(id: location.name, timeZone: zone)
        config.hours = hours.compactMapValues { $0.spans.isEmpty ? nil : $0.spans }
        config.holidays = holidays
        config.specialHours = special.mapValues(\.spans)
        config.dateOrder = order
        return config
    }

    private mutating func readDateOrder(_ field: ConfigField) -> DateOrder? {
        guard let written = text(field, expected: "dmy or mdy") else { return nil }
        guard let order = DateOrder(rawValue: written) else {
            fail(field.path, at: field.position, "'\(written)' is not a date order; write dmy (3/4 is 3 April) or mdy (3/4 is 4 March)")
            return nil
        }
        return order
    }

    /// The effective values of one location: every weekday (closed when not written); the
    /// time zone as written (Foundation may spell it otherwise, e.g. `UTC` as `GMT`).
    private mutating func recordEntries(_ path: String, zoneName: String?, hours: [Weekday: WrittenSpans], holidays: [LocalDate],
                                       special: [LocalDate: WrittenSpans], order: DateOrder?) {
        func spans(_ list: [TimeSpan]) -> ConfigValue { list.isEmpty ? .string("closed") : .array(list.map { .string("\($0)") }) }
        let prefix = path + "."
        entries.append(ConfigEntry(key: prefix + "time_zone", value: zoneName.map(ConfigValue.string) ?? .null, origin: origin(of: prefix + "time_zone")))
        for day in Weekday.allCases {
            entries.append(ConfigEntry(key: prefix + "hours." + day.rawValue, value: spans(hours[day]?.spans ?? []),
                                       origin: hours[day].map { .file(source, $0.field.position) } ?? .defaultValue))
        }
        entries.append(ConfigEntry(key: prefix + "holidays", value: .array(holidays.map { .string("\($0)") }), origin: origin(of: prefix + "holidays")))
        for (date, day) in special.sorted(by: { $0.key < $1.key }) {
            entries.append(ConfigEntry(key: prefix + "special_hours.\(date)", value: spans(day.spans), origin: .file(source, day.field.position)))
        }
        entries.append(ConfigEntry(key: prefix + "date_order", value: order.map { .string($0.rawValue) } ?? .null, origin: origin(of: prefix + "date_order")))
    }
}
