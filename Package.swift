// swift-tools-version:6.0
import PackageDescription

/// Rapport: a plugin-based customer interaction logger on a durable ZeroMQ bus.
///
/// Data flows one way and the targets show it:
/// `ZMQ` (the only module over libzmq's C API) -> `RapportEvents` (CloudEvents, catalogue,
/// validation) -> `RapportLog` (segments, indexes, recovery, retention) -> `RapportBus`
/// (the broker) -> `RapportClient` (producer and consumer over the wire protocol) -> `rapport`.
let package = Package(
    name: "Rapport",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "rapport", targets: ["rapport"]),
        .library(name: "RapportClient", targets: ["RapportClient"]),
        .library(name: "RapportEvents", targets: ["RapportEvents"]),
        .library(name: "RapportCalendar", targets: ["RapportCalendar"]),
        .library(name: "RapportCapture", targets: ["RapportCapture"]),
        .library(name: "RapportPlugin", targets: ["RapportPlugin"]),
        .library(name: "RapportPluginTesting", targets: ["RapportPluginTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CZeroMQ",
            pkgConfig: "libzmq",
            providers: [.apt(["libzmq3-dev"])]
        ),
        .target(name: "ZMQ", dependencies: ["CZeroMQ"]),
        .target(name: "CCRC32C"),
        .target(name: "CPULatency"),
        .target(name: "RapportEvents"),
        .target(name: "RapportCalendar"),
        .target(name: "RapportWire", dependencies: ["RapportEvents"]),
        .target(name: "RapportLog", dependencies: [
            "CCRC32C",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "RapportConfig", dependencies: [
            "RapportCalendar", "RapportEvents", "RapportWire",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "RapportBus", dependencies: [
            "ZMQ", "RapportEvents", "RapportLog", "RapportConfig", "RapportWire", "CPULatency",
            .product(name: "DequeModule", package: "swift-collections"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .target(name: "RapportClient", dependencies: [
            "ZMQ", "RapportEvents", "RapportWire",
        ]),
        .target(name: "RapportCapture", dependencies: [
            "RapportClient", "RapportEvents", "RapportWire",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "RapportPlugin", dependencies: [
            "RapportClient", "RapportConfig", "RapportEvents", "RapportSupervisor", "RapportWire", "ZMQ",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .target(name: "RapportPluginTesting", dependencies: [
            "RapportPlugin", "RapportEvents", "RapportClient", "RapportWire",
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Example plugins: plugins/<name>/ holds each one's sources, plugin.yaml and README.
        .target(name: "ComplaintAlerts", dependencies: ["RapportPlugin", "RapportEvents"],
                path: "plugins/examples/complaint-alerts/Sources/ComplaintAlerts"),
        .executableTarget(name: "complaint-alerts", dependencies: ["ComplaintAlerts", "RapportPlugin"],
                          path: "plugins/examples/complaint-alerts/Sources/complaint-alerts"),
        .target(name: "PromiseReading", dependencies: ["RapportCalendar"],
                path: "plugins/promise-tracker/Sources/PromiseReading"),
        .target(name: "PromiseTracking", dependencies: ["PromiseReading", "RapportCalendar"],
                path: "plugins/promise-tracker/Sources/PromiseTracking"),
        .target(name: "PromiseTrackerPlugin", dependencies: [
                    "PromiseTracking", "PromiseReading", "RapportCalendar", "RapportConfig", "RapportEvents", "RapportPlugin"],
                path: "plugins/promise-tracker/Sources/PromiseTrackerPlugin"),
        .executableTarget(name: "promise-tracker", dependencies: ["PromiseTrackerPlugin", "RapportPlugin"],
                          path: "plugins/promise-tracker/Sources/promise-tracker"),
        .target(name: "NameMatching", path: "plugins/name-usage/Sources/NameMatching"),
        .target(name: "NameUsage", dependencies: ["NameMatching", "RapportCalendar"],
                path: "plugins/name-usage/Sources/NameUsage"),
        .target(name: "NameUsagePlugin", dependencies: ["NameUsage", "NameMatching", "RapportCalendar", "RapportConfig", "RapportEvents", "RapportPlugin",
                                                    .product(name: "GRDB", package: "GRDB.swift")],
                path: "plugins/name-usage/Sources/NameUsagePlugin"),
        .executableTarget(name: "name-usage", dependencies: ["NameUsagePlugin", "RapportPlugin"],
                          path: "plugins/name-usage/Sources/name-usage"),
        .target(name: "ThemeTagging", path: "plugins/feedback-aggregator/Sources/ThemeTagging"),
        .target(name: "FeedbackMeasures", dependencies: ["RapportCalendar"],
                path: "plugins/feedback-aggregator/Sources/FeedbackMeasures"),
        .target(name: "FeedbackAggregatorPlugin", dependencies: ["FeedbackMeasures", "ThemeTagging", "RapportPlugin", "RapportEvents", "RapportCalendar", "RapportConfig",
                                                          .product(name: "GRDB", package: "GRDB.swift")],
                path: "plugins/feedback-aggregator/Sources/FeedbackAggregatorPlugin"),
        .executableTarget(name: "feedback-aggregator", dependencies: ["FeedbackAggregatorPlugin", "RapportPlugin"],
                          path: "plugins/feedback-aggregator/Sources/feedback-aggregator"),
        .target(name: "RapportSupervisor", dependencies: [
            "RapportClient", "RapportConfig", "ZMQ",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
        ]),
        // The Prometheus endpoint of `rapport up`: the bus's INFO, the supervisor's processes and
        // the capture spools, served over HTTP on each scrape.
        .target(name: "RapportMetrics", dependencies: [
            "RapportCapture", "RapportClient", "RapportConfig", "RapportSupervisor", "RapportWire",
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .target(name: "RapportBench", dependencies: [
            "ZMQ", "RapportClient", "RapportEvents", "RapportWire", "CPULatency", "RapportPlugin",
            .product(name: "GRDB", package: "GRDB.swift"),
            "PromiseReading", "PromiseTracking", "PromiseTrackerPlugin", "RapportCalendar",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "rapport", dependencies: [
            "RapportBench", "RapportSupervisor", "PromiseTrackerPlugin", "PromiseTracking", "PromiseReading",
            "NameUsage", "NameUsagePlugin", "NameMatching", "RapportMetrics",
            "FeedbackAggregatorPlugin", "FeedbackMeasures", "ThemeTagging", "RapportCalendar",
            "RapportBus", "RapportCapture", "RapportClient", "RapportConfig", "RapportEvents", "RapportLog", "RapportPlugin", "RapportWire", "ZMQ",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .target(name: "RapportTestSupport", path: "Tests/RapportTestSupport"),
        .testTarget(name: "RapportEventsTests", dependencies: ["RapportEvents", "RapportTestSupport"]),
        .testTarget(name: "RapportLogTests", dependencies: ["RapportLog"]),
        .testTarget(name: "RapportConfigTests", dependencies: ["RapportConfig", "RapportCalendar", "RapportEvents"]),
        .testTarget(name: "RapportCalendarTests", dependencies: ["RapportCalendar"]),
        .testTarget(name: "CPULatencyTests", dependencies: ["CPULatency"]),
        .testTarget(name: "RapportBusTests", dependencies: [
            "RapportTestSupport", "RapportBus", "RapportConfig", "RapportEvents", "RapportLog", "RapportWire", "ZMQ",
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .testTarget(name: "RapportWireTests", dependencies: ["RapportWire", "RapportEvents"]),
        .testTarget(name: "RapportCaptureTests", dependencies: ["RapportCapture", "RapportEvents", "RapportTestSupport"]),
        .testTarget(name: "RapportPluginTests", dependencies: ["RapportPlugin", "RapportPluginTesting", "RapportEvents", "ComplaintAlerts",
                                                       .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "RapportSupervisorTests", dependencies: ["RapportSupervisor", "RapportConfig"]),
        .testTarget(name: "RapportMetricsTests", dependencies: ["RapportMetrics", "RapportWire", "RapportSupervisor"]),
        .testTarget(name: "PromiseReadingTests", dependencies: ["PromiseReading", "RapportCalendar", "RapportConfig"]),
        .testTarget(name: "PromiseTrackingTests", dependencies: ["PromiseTracking", "PromiseReading", "RapportCalendar"]),
        .testTarget(name: "PromiseTrackerPluginTests", dependencies: [
            "PromiseTrackerPlugin", "PromiseTracking", "RapportPlugin", "RapportPluginTesting", "RapportEvents", "RapportConfig", "RapportCalendar"]),
        .testTarget(name: "NameMatchingTests", dependencies: ["NameMatching"]),
        .testTarget(name: "NameUsageTests", dependencies: ["NameUsage", "NameMatching", "RapportCalendar"]),
        .testTarget(name: "NameUsagePluginTests", dependencies: ["NameUsagePlugin", "NameUsage", "NameMatching", "RapportPlugin", "RapportPluginTesting", "RapportEvents", "RapportCalendar"]),
        .testTarget(name: "ThemeTaggingTests", dependencies: ["ThemeTagging", "RapportTestSupport"]),
        .testTarget(name: "FeedbackMeasuresTests", dependencies: ["FeedbackMeasures", "RapportCalendar"]),
        .testTarget(name: "FeedbackAggregatorPluginTests", dependencies: [
            "FeedbackAggregatorPlugin", "FeedbackMeasures", "ThemeTagging", "RapportPlugin", "RapportPluginTesting", "RapportEvents", "RapportCalendar",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "IntegrationTests", dependencies: [
            "RapportTestSupport", "RapportClient", "RapportEvents", "RapportPlugin", "RapportPluginTesting", "ComplaintAlerts", "RapportSupervisor",
            "PromiseTrackerPlugin", "RapportConfig", "RapportCalendar",
            "NameUsage", "NameUsagePlugin", .product(name: "Logging", package: "swift-log"),
            "RapportWire", "ZMQ", "CPULatency",
        ]),
    ],
    swiftLanguageModes: [.v6]
)
