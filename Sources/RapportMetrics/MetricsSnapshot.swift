import Foundation
import RapportCapture
import RapportClient
import RapportSupervisor
import RapportWire

/// Everything one scrape reports, read at once: the bus's INFO, the supervisor's processes and
/// the capture spools.
struct MetricsSnapshot: Sendable {
    /// One capture spool's figures, or why it could not be read.
    struct Spool: Sendable {
        let path: String
        let status: Result<SpoolStatus, SpoolProblem>
    }

    /// Why a spool could not be read.
    struct SpoolProblem: Error, Sendable {
        let message: String
    }

    /// INFO, or `nil` when the bus did not answer.
    let info: BusInfo?
    /// The supervisor's processes, or `nil` without a supervisor (or before it posted).
    let processes: [SupervisorStatus.Process]?
    let spools: [Spool]
    /// Wall-clock time of the reading, ms since the epoch (spool ages are measured from it).
    let nowMillis: Int64
}

/// Where a scrape reads its figures.
public struct MetricsSources: Sendable {
    /// The bus to ask INFO (`nil`: report no bus figures).
    public var bus: BusAddress?
    /// The supervisor's status (`nil`: no process figures, e.g. a bare `rapport bus`).
    public var board: StatusBoard?
    /// Capture spools on this host.
    public var spools: [String]

    public init(bus: BusAddress?, board: StatusBoard?, spools: [String]) {
        self.bus = bus
        self.board = board
        self.spools = spools
    }

    /// How long a scrape waits for INFO.
    static let infoTimeoutMillis = 2_000

    /// Reads every source. Blocks (a ZeroMQ request, SQLite reads): call it off the
    /// concurrency pool (``MetricsExporter`` does).
    func read() -> MetricsSnapshot {
        let info = bus.flatMap { address in try? BusConnection(address).info(timeoutMilliseconds: Self.infoTimeoutMillis) }
        let spools = spools.map { path -> MetricsSnapshot.Spool in
            guard FileManager.default.fileExists(atPath: path) else {
                return .init(path: path, status: .failure(.init(message: "no spool there")))
            }
            do throws(CaptureError) {
                return .init(path: path, status: .success(try CaptureSpool(path: path).status()))
            } catch {
                return .init(path: path, status: .failure(.init(message: "\(error)")))
            }
        }
        return MetricsSnapshot(info: info, processes: board?.current?.processes, spools: spools,
                               nowMillis: Int64(Date().timeIntervalSince1970 * 1_000))
    }
}
