import RapportCalendar

/// How a location reads numeric dates (`date_order`); defined with the calendar, so domain
/// libraries that read dates need not depend on the configuration module.
public typealias DateOrder = RapportCalendar.DateOrder
