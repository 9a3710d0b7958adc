import RapportConfig
import Testing

@Suite("capture.yaml: the optional locations: section")
struct CaptureLocationsTests {
    @Test("locations: beside capture: gives the desk's calendar; other sections are still refused")
    func locations() {
        let (read, errors) = CaptureConfiguration.read("""
            capture:
              location: store-12
              desk: "3"
            locations:
              store-12:
                time_zone: Europe/London
                hours: {fri: ["09:00-18:00"]}
                date_order: dmy
            """, source: "capture.yaml")
        #expect(errors.isEmpty, "\(errors)")
        #expect(read?.locations["store-12"]?.calendar.timeZoneIdentifier == "Europe/London")
        #expect(read?.locations["store-12"]?.dateOrder == .dmy)

        let (plain, _) = CaptureConfiguration.read("capture:\n  location: store-12\n  desk: \"3\"\n", source: "capture.yaml")
        #expect(plain?.locations.isEmpty == true)
        let (_, refused) = CaptureConfiguration.read("capture:\n  location: store-12\n  desk: \"3\"\nplugins: {}\n", source: "capture.yaml")
        #expect(refused.contains { "\($0)".contains("plugins") && "\($0)".contains("locations:") })
        let (_, badZone) = CaptureConfiguration.read("capture:\n  location: s\n  desk: \"3\"\nlocations:\n  s: {time_zone: Mars/Olympus}\n",
                                                    source: "capture.yaml")
        #expect(!badZone.isEmpty)
    }
}
