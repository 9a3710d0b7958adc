import Logging
import RapportClient
import RapportWire

/// Whether a plugin's group has caught up with the log as it was when the instance started:
/// its position has reached the durable end seen then. Timers fire only after that, so an event
/// that cancelled a timer while the plugin was down (or before a first deployment over an old
/// log, or a reset) is read before the timer could fire: no alert storm after a restart.
struct CatchUp {
    let group: String
    let address: BusAddress
    private var target: UInt64?
    private var done = false
    private var lastCheck: ContinuousClock.Instant?
    private var connection: BusConnection?

    init(group: String, address: BusAddress) {
        self.group = group
        self.address = address
    }

    /// Whether the group has caught up; asks the bus (INFO) at most once a second until it has.
    mutating func isDone(logger: Logger) -> Bool {
        if done { return true }
        let now = ContinuousClock.now
        if let lastCheck, now - lastCheck < .seconds(1) { return false }
        lastCheck = now
        do {
            if connection == nil { connection = try BusConnection(address) }
            let info = try connection!.info(timeoutMilliseconds: 2_000)
            if target == nil { target = info.log.durable }
            if let position = info.group(group)?.position, let target, position >= target {
                done = true
                logger.info("caught up with the log; timers fire from now on", metadata: ["group": "\(group)", "position": "\(position)"])
            }
        } catch {
            connection = nil
        }
        return done
    }
}
