import ArgumentParser
import Foundation
import Logging
import RapportCapture
import ServiceLifecycle

/// `rapport capture sender`: the long-running sender that drains the spool to the bus.
struct CaptureSenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sender",
        abstract: "Run the sender: drain the spool to the bus, in order, for as long as it runs.",
        discussion: """
            Sends pending events in spool order, in batches, and deletes each only once the bus \
            answered accepted or duplicate. While the bus is away it keeps the events and tries \
            again with backoff (up to capture.send.retry_max). A rejected event goes to the dead \
            letters with the bus's reason. Run it under the supervisor or systemd; SIGTERM or \
            SIGINT settles the batch in hand and exits.
            """
    )

    @OptionGroup var capture: CaptureOptions

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .info

    func run() async throws {
        LoggingSetup.bootstrap(level: logLevel)
        // A write past a file-size limit must fail (and be logged and retried), not kill the sender.
        signal(SIGXFSZ, SIG_IGN)
        let logger = Logger(label: "rapport.capture")
        let settings = try capture.settings()
        let spool: CaptureSpool
        do { spool = try settings.openSpool() } catch { throw CommandFailure("\(error)") }
        logger.info("sender started", metadata: ["spool": "\(settings.spoolPath)", "bus": "\(settings.address.ingest)"])
        let loop = SenderLoop(sender: settings.sender(spool),
                              backoff: Backoff(initialMillis: 250, maximumMillis: Int(settings.file.retryMaxMillis)), logger: logger)
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: CaptureSenderService(loop: loop))],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        ))
        try await group.run()
    }
}
