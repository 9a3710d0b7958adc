import Hummingbird
import Logging
import RapportConfig
import ServiceLifecycle

/// Serves `GET /metrics` (Prometheus text format) on the address of the `metrics:` section, as
/// a `Service` of `rapport up`'s service group. Every other path is 404.
public struct MetricsServer: Service {
    private let configuration: MetricsConfiguration
    private let exporter: MetricsExporter
    private let logger: Logger

    public init(configuration: MetricsConfiguration, sources: MetricsSources, logger: Logger) {
        self.configuration = configuration
        exporter = MetricsExporter(sources: sources)
        self.logger = logger
    }

    /// The content type of the text exposition format.
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    public func run() async throws {
        let router = Router()
        let exporter = exporter
        router.get("metrics") { _, _ -> Response in
            let body = await exporter.scrape()
            return Response(status: .ok, headers: [.contentType: Self.contentType],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        }
        let (listen, logger) = (configuration.listen, logger)
        var quiet = logger
        quiet.logLevel = max(logger.logLevel, .warning)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "rapport"),
            onServerRunning: { _ in logger.info("serving metrics", metadata: ["listen": "\(listen)", "path": "/metrics"]) },
            logger: quiet)
        do {
            try await app.run()
        } catch {
            throw MetricsServerError(description: """
                cannot serve metrics on \(listen) (metrics.listen): \(error). Is another program using the port? \
                Choose another port in metrics.listen, or remove the metrics: section
                """)
        }
    }
}

/// The metrics endpoint could not be served; the message says what to change.
public struct MetricsServerError: Error, CustomStringConvertible {
    public let description: String
}
