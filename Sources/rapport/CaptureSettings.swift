import Foundation
import Logging
import RapportCapture
import RapportClient
import RapportConfig

/// What a `rapport capture` subcommand runs with, resolved from ``CaptureOptions``: opens the
/// spool, makes the desk and the sender.
struct CaptureSettings {
    /// The config file read, if any (for messages).
    let configFile: String?
    /// The file's settings (defaults where it said nothing).
    let file: CaptureConfiguration
    /// The spool file, absolute.
    let spoolPath: String
    /// The location id, if set anywhere.
    let location: String?
    /// The desk id, if set anywhere.
    let desk: String?
    /// The agent id, if set anywhere.
    let agent: String?
    /// The explicit source, if set anywhere.
    let source: String?
    /// Where the bus is.
    let address: BusAddress

    /// The spool, with the limits of the file.
    func openSpool() throws(CaptureError) -> CaptureSpool {
        try CaptureSpool(path: spoolPath, limits: SpoolLimits(maxPendingEvents: file.maxPendingEvents, maxPendingBytes: file.maxSpoolBytes))
    }

    /// A sender of `spool` with the file's batch size and answer timeout.
    func sender(_ spool: CaptureSpool) -> SpoolSender {
        SpoolSender(spool: spool, address: address, batchSize: file.batchSize, answerTimeoutMillis: Int(file.answerTimeoutMillis))
    }

    /// The desk events are captured for; needs a location and a desk or a source.
    func makeDesk() throws -> Desk {
        let from = configFile.map { " or in \($0)" } ?? ""
        guard let location else {
            throw CommandFailure("no location: pass --location (e.g. store-12) or set capture.location in the capture config\(from)")
        }
        if let source { return try Desk(location: location, source: source, agent: agent) }
        guard let desk else {
            throw CommandFailure("no desk: pass --desk (e.g. 3) or --event-source, or set capture.desk in the capture config\(from)")
        }
        return try Desk(location: location, desk: desk, agent: agent)
    }
}
