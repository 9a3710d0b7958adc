import RapportCalendar

/// The effective values of a location, for `rapport config check`: its calendar as built,
/// each value with the line it was written on.
extension ConfigWalk {
    /// Records, under `path` (`locations.store-12`):
    /// - `time_zone`, as written (Foundation may spell it otherwise, e.g. `UTC` as `GMT`);
    /// - `hours.mon` … `hours.sun`: every weekday, its spans sorted or `closed` (the default
    ///   when not written);
    /// - `holidays.YYYY-MM-DD` for each holiday, in date order: `closed`, or which special hours
    ///   replace it; `holidays` itself (`[]`) when there are none;
    /// - `special_hours.YYYY-MM-DD` for each date with special hours, in date order;
    /// - `date_order`.
    mutating func recordEntries(_ path: String, calendar: LocationCalendar, written: WrittenCalendar, order: DateOrder?) {
        func spans(_ list: [OpeningSpan]) -> ConfigValue { list.isEmpty ? .string("closed") : .array(list.map { .string("\($0)") }) }
        let prefix = path + "."
        entries.append(ConfigEntry(key: prefix + "time_zone", value: .string(calendar.timeZoneIdentifier), origin: origin(of: prefix + "time_zone")))
        for day in Weekday.allCases {
            entries.append(ConfigEntry(key: prefix + "hours." + day.name.prefix(3), value: spans(calendar.weekly[day] ?? []),
                                       origin: written.hours[day].map { .file(source, $0.field.position) } ?? .defaultValue))
        }
        if written.holidays.isEmpty {
            entries.append(ConfigEntry(key: prefix + "holidays", value: .array([]), origin: origin(of: prefix + "holidays")))
        }
        for holiday in written.holidays.sorted(by: { $0.value < $1.value }) {
            let value: ConfigValue = calendar.specialHours[holiday.value] == nil ? .string("closed")
                : .string("replaced by special_hours.\(holiday.value)")
            entries.append(ConfigEntry(key: prefix + "holidays.\(holiday.value)", value: value, origin: .file(source, holiday.position)))
        }
        for (date, day) in written.special.sorted(by: { $0.key < $1.key }) {
            entries.append(ConfigEntry(key: prefix + "special_hours.\(date)", value: spans(calendar.specialHours[date] ?? []),
                                       origin: .file(source, day.field.position)))
        }
        entries.append(ConfigEntry(key: prefix + "date_order", value: order.map { .string($0.rawValue) } ?? .null, origin: origin(of: prefix + "date_order")))
    }
}
