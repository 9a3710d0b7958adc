import Logging
import RapportConfig
import RapportEvents
import RapportLog
import RapportWire
import Synchronization
import ZMQ

/// The bus: takes events from producers, makes them durable, delivers them to consumer
/// groups and the live feed.
///
/// One thread runs ``run()`` and owns every socket and all state; a ``Committer`` thread
/// only syncs files. Stop it with ``requestStop()`` from any thread: the current group
/// commit finishes, buffered events are committed and answered, then ``run()`` returns.
public final class Broker: @unchecked Sendable {
    let configuration: BusConfiguration
    let logger: Logger
    let context: Context
    let router: Socket
    let live: Socket
    let commitSignal: Socket
    let committer: SignallingWorker<Committer.CommitTask, Committer.Completion>
    let validator: EventValidator
    let validationSignal: Socket
    let validation: SignallingWorker<ValidationStage.Batch, ValidationStage.Checked>
    /// The ZAP handler (`inproc://zeromq.zap.01`) that authenticates CURVE clients; bound
    /// only when an endpoint is tcp.
    let zap: Socket?
    /// The client keys and their roles; `nil` when clients present no keys (ipc only, without
    /// `curve.on_ipc`): then every client is a local user acting as admin.
    var clientKeys: ClientKeys?
    /// When the key files were last checked for changes.
    var lastKeysCheck: Int64 = 0
    /// Refusals for want of permission, logged once a minute per key and reason.
    var forbiddenReports = ReportThrottle()
    /// The key of each consumer (group member or held READ) that presented one: deliveries are
    /// pushed without a new message from the key, so when the registry changes these are
    /// checked again (``dropReadersNoLongerAllowed()``).
    var readerKeys: [[UInt8]: String] = [:]
    /// PUBLISH batches handed to the validation stage and not yet taken back.
    var validationsPending = 0
    /// Bytes of the event frames in those batches.
    var validatingBytes = 0
    /// Pauses reading when too many events wait for the disk.
    var intake: IntakeGate
    /// PUBLISH batches waiting for validation, taken from clients in turn.
    var intakeQueue: IntakeQueue
    /// Repeating storage failures (a full disk), logged once a minute each.
    var storageFailures = ReportThrottle()
    /// Clients whose replies are dropped because they do not read, logged once a minute each.
    var unreadClients = ReportThrottle()
    /// Clients whose batches are refused as `busy`, logged once a minute each.
    var busyClients = ReportThrottle()
    /// READs waiting for new events (``read(from:_:)``).
    var parkedReads: [ParkedRead] = []
    let log: Log
    private let lock: DirectoryLock
    var dedup = Deduplicator()
    var groups: [String: ConsumerGroup] = [:]
    /// Which group each consumer's routing id joined.
    var consumers: [[UInt8]: String] = [:]
    /// Everything below this offset is on disk.
    var durableOffset: UInt64
    /// The sequence number the next commit task gets.
    var nextCommit: UInt64 = 1
    var committing = false
    /// Group commits that completed (written and synced) since the bus started (INFO).
    var commitsDone: UInt64 = 0
    /// Answers and commit times counted for INFO's `counters`.
    var counters = BusCounters()
    var replies: [PendingReply] = []
    /// Group journals written for a commit whose log write failed: synced with the next one.
    var retryGroupFiles: [LogFile] = []
    var uncommitted = UncommittedEvents()
    /// Dead letters appended but not yet durable, with their offsets: the group counts the
    /// original done only once its dead letter is on disk.
    var parkedDeadLetters: [(letter: DeadLetter, offset: UInt64)] = []
    var groupsToDispatch: Set<String> = []
    /// Topics live-feed followers subscribe to; with none, nothing is published.
    var liveTopics = 0
    var lastHeartbeat: Int64 = 0
    var lastHousekeeping: Int64 = 0
    var lastRetention: Int64 = 0
    /// When requests last arrived (the heap is trimmed only after a quiet second).
    var lastRequest: Int64 = 0
    var lastTrim: Int64 = 0
    /// A group stopped reading the log part way (``ConsumerGroup/refill(from:durableEnd:)``):
    /// the next turn polls without waiting, so it goes on at once.
    var scanPending = false
    /// Messages dropped because their client does not read (its queue at the bus was full).
    var unreadDrops = 0
    private let stopFlag = Atomic<Bool>(false)

    /// Opens the log (recovering it), loads de-duplication and group state, and binds the
    /// endpoints. Throws with a message naming what to fix.
    public init(configuration: BusConfiguration, logger: Logger = Logger(label: "rapport.bus")) throws(BrokerStartError) {
        self.configuration = configuration
        self.logger = logger
        intake = IntakeGate(limitBytes: configuration.maxUncommittedBytes)
        // A client may have a sixteenth of the intake limit in the pipeline and half of it (at
        // least 1 MiB: a few batches of a producer keeping a window) waiting: together less
        // than the limit, so one client alone never pauses reading for the others. The small
        // pipeline share bounds what one flooding client adds to each commit, which every
        // other client's acks wait for (a quarter: a paced producer's p99 beside a flood was
        // 70 ms; a sixteenth: 31 ms, with ingest throughput unchanged; docs/PERFORMANCE.md).
        intakeQueue = IntakeQueue(clientLimitBytes: configuration.maxUncommittedBytes / 16,
                                  clientQueueLimitBytes: max(configuration.maxUncommittedBytes / 2, 1 << 20))
        let started = WallClock.nowMillis()
        do {
            lock = try DirectoryLock(directory: configuration.dataDirectory)
            log = try Log(configuration: LogConfiguration(
                directory: configuration.dataDirectory + "/log",
                segmentBytes: configuration.segmentBytes,
                retention: RetentionPolicy(maxAgeMillis: configuration.retentionMillis, maxBytes: configuration.retentionBytes)
            ), logger: logger)
            durableOffset = log.nextOffset
            let windowStart = try log.offset(forTime: started - configuration.dedupWindowMillis)
            try dedup.load(from: log, from: windowStart)
            try makeDirectories(configuration.dataDirectory + "/groups")
        } catch DeduplicatorLoadError.memory(let cause, let events) {
            // Not the data directory's fault: say so, and what to change.
            throw BrokerStartError("""
                not enough memory to start: the de-duplication table for the \(events) events within dedup.window \
                needs \(cause.mebibytes) MiB (\(cause.slots) slots), which could not be allocated. Give the bus more \
                memory or shorten dedup.window; the log in \(configuration.dataDirectory) opened fine and nothing \
                stored is lost
                """)
        } catch {
            throw BrokerStartError("cannot open the data directory \(configuration.dataDirectory): \(error)")
        }
        validator = EventValidator(limits: EventLimits(maxEventBytes: configuration.maxEventBytes))
        clientKeys = try Self.loadClientKeys(configuration, logger: logger)
        do throws(ZMQError) {
            context = try Context(ioThreads: 1)
            // Before any CURVE socket binds: libzmq lets clients in unchecked while no handler is bound.
            zap = try Self.bindAuthenticationHandler(context, configuration)
            router = try Socket(context, .router)
            live = try Socket(context, .xpub)
            commitSignal = try Socket(context, .pair)
            try router.set(.routerMandatory, 1)
            // Frames a little over the event limit still get a precise too-large answer; a
            // frame far beyond it disconnects its sender before it can exhaust memory.
            try router.set(.maxMessageSize, Int64(Self.maxFrameBytes(eventLimit: configuration.maxEventBytes)))
            // Messages queued per client while reading is paused (see IntakeGate): above a
            // producer's usual window (4–32 batches) and a consumer's acks in flight, and low
            // enough that a client sending without a window queues at most 100 batches here.
            try router.set(.receiveHighWaterMark, 100)
            // Messages queued for a client that does not read them; past this, the bus drops
            // them rather than wait (see ``send(_:)``).
            try router.set(.sendHighWaterMark, Self.clientSendQueue)
            try live.set(.sendHighWaterMark, 100_000)
            if let secret = configuration.curveSecretKey {
                let keys = CurveKeyPair(publicKey: try CurveKeyPair.publicKey(forSecret: secret), secretKey: secret)
                if configuration.ingestEndpoint.hasPrefix("tcp://") || configuration.curveOnIPC {
                    try router.set(.zapDomain, CurveAuthenticator.ingestDomain)
                    try router.makeCurveServer(keys)
                }
                if configuration.liveEndpoint.hasPrefix("tcp://") || configuration.curveOnIPC {
                    try live.set(.zapDomain, CurveAuthenticator.liveDomain)
                    try live.makeCurveServer(keys)
                }
            }
            Self.removeStaleSocket(configuration.ingestEndpoint)
            Self.removeStaleSocket(configuration.liveEndpoint)
            try router.bind(configuration.ingestEndpoint)
            try live.bind(configuration.liveEndpoint)
            Self.openToGroup(configuration.ingestEndpoint, logger: logger)
            Self.openToGroup(configuration.liveEndpoint, logger: logger)
            let signalEndpoint = "inproc://rapport-committer"
            try commitSignal.bind(signalEndpoint)
            committer = Committer.start(context: context, endpoint: signalEndpoint)
            validationSignal = try Socket(context, .pair)
            try validationSignal.bind("inproc://rapport-validation")
            validation = ValidationStage.start(validator: validator, context: context, endpoint: "inproc://rapport-validation")
        } catch {
            throw BrokerStartError("cannot bind the bus endpoints: \(error). Is another bus running on this data directory?")
        }
        do {
            try loadGroups()
        } catch {
            throw BrokerStartError("cannot load consumer groups: \(error)")
        }
        logger.info("bus ready", metadata: [
            "version": "\(RapportVersion.current)",
            "ingest": "\(configuration.ingestEndpoint)", "live": "\(configuration.liveEndpoint)",
            "log.start": "\(log.startOffset)", "log.next": "\(log.nextOffset)", "segments": "\(log.segmentCount)",
            "dedup.identities": "\(dedup.count)", "groups": "\(groups.count)",
            "startup.ms": "\(WallClock.nowMillis() - started)",
        ])
    }

    /// The largest frame the bus reads: 4 times the event limit, at least 1 MiB.
    static func maxFrameBytes(eventLimit: Int) -> Int { max(4 * eventLimit, 1 << 20) }

    /// An ipc socket file left by a bus that was killed would make bind fail; the data
    /// directory lock is held, so no live bus owns it.
    private static func removeStaleSocket(_ endpoint: String) {
        guard endpoint.hasPrefix("ipc://") else { return }
        _ = removeFile(String(endpoint.dropFirst(6)))
    }

    private func loadGroups() throws {
        let directory = configuration.dataDirectory + "/groups"
        for name in try GroupNames.list(directory) {
            let store = try GroupStore(directory: directory + "/" + name)
            let group = ConsumerGroup(name: name, store: store, defaultStart: log.startOffset, maxDeliveries: configuration.maxDeliveries)
            // A crash after a commit of acks, before the one recording the position: catch up.
            try group.recoverPosition(log: log)
            groups[name] = group
        }
    }

    /// Asks ``run()`` to finish; safe from any thread (signal handlers, shutdown hooks).
    public func requestStop() {
        stopFlag.store(true, ordering: .releasing)
    }

    /// Serves until ``requestStop()``; throws only when the bus cannot go on safely
    /// (an fsync failed, so it can no longer tell what is durable).
    public func run() throws(BrokerRunError) {
        var poller = Poller()
        let ingestIndex = poller.add(router)
        poller.add(commitSignal)
        poller.add(live)
        poller.add(validationSignal)
        let zapIndex = zap.map { poller.add($0) }
        defer { shutdown() }
        while !stopFlag.load(ordering: .acquiring) {
            let readable: [Bool]
            let timeout = scanPending ? 0 : 50
            scanPending = false
            do { readable = try poller.poll(timeoutMilliseconds: timeout) } catch {
                throw BrokerRunError("poll failed: \(error)")
            }
            if readable[2] { trackSubscriptions() }
            if readable[3] { try finishValidated() }
            if readable[1] {
                try completeCommit()
                // Answers sent free clients' intake shares: their queued batches may go on.
                feedValidation()
            }
            // The next commit starts as soon as the last is done, before this turn reads more:
            // the committer idling while the broker works is throughput lost.
            startCommitIfIdle()
            if readable[0] { drainRequests() }
            if let zapIndex, readable[zapIndex] { answerAuthenticationRequests() }
            let now = MonotonicClock.nowMillis()
            let groupNow = intake.groupClock(now: now)
            housekeeping(now: now, groupNow: groupNow)
            watchClientKeys(now: now)
            startCommitIfIdle()
            dispatchGroups(now: groupNow)
            // Deliveries wait for their counts to be on disk: start that commit now.
            startCommitIfIdle()
            regulateIntake(&poller, ingestIndex: ingestIndex, now: now)
        }
        // Finish what was taken: batches queued and being validated, the commit in flight, then
        // one more for buffered events.
        for batch in intakeQueue.takeAll() {
            validation.submit(batch)
            validationsPending += 1
            validatingBytes += batch.bytes
        }
        while validationsPending > 0 {
            _ = try? validationSignal.receive()
            try finishValidated()
        }
        while committing || log.nextOffset > durableOffset || !replies.isEmpty {
            if committing {
                _ = try? commitSignal.receive()
                try completeCommit()
            }
            startCommitIfIdle()
            if !committing { break }
        }
        logger.info("bus stopped", metadata: ["durable": "\(durableOffset)"])
    }

    private func shutdown() {
        committer.stop()
        validation.stop()
        validationSignal.close()
        router.close()
        live.close()
        commitSignal.close()
        zap?.close()
        context.terminate()
    }

    /// Reads queued requests without blocking (bounded, so timers still run under load).
    private func drainRequests() {
        lastRequest = MonotonicClock.nowMillis()
        for _ in 0..<20_000 {
            // Past the limit, the rest waits in ZeroMQ until a commit catches up (IntakeGate).
            guard intake.admits(heldBytes: heldBytes) else { return }
            let message: (frames: [[UInt8]], userID: String?)?
            do {
                if clientKeys == nil {
                    message = try router.receive(dontWait: true).map { ($0, nil) }
                } else {
                    message = try router.receiveWithUserID(dontWait: true)
                }
            } catch {
                logger.error("receive failed", metadata: ["error": "\(error)"])
                return
            }
            guard let message else { return }
            handle(message.frames, from: principal(userID: message.userID))
        }
    }

    /// Routes one request by its command.
    private func handle(_ message: [[UInt8]], from principal: Principal) {
        guard message.count >= 2 else { return }
        let identity = message[0]
        guard message.count >= 3 else {
            sendError(to: identity, context: "", .malformed, "a message needs at least 2 frames: \"RAP1\" and a command")
            return
        }
        guard message[1] == Wire.version else {
            sendError(to: identity, context: "", .unsupportedVersion,
                      "protocol version \(Excerpt.quoted(message[1], limit: 16)) is not supported; this bus speaks RAP1")
            return
        }
        let name = Frames.string(message[2])
        guard let command = Command(rawValue: name) else {
            // The context echoes the command, cut to the tag's limit (a frame can be 1 MiB).
            sendError(to: identity, context: Frames.string(Array(message[2].prefix(Wire.maxTagBytes))), .unknownCommand,
                      "unknown command \(Excerpt.quoted(message[2], limit: 32)); expected one of PUBLISH, JOIN, CREDIT, ACK, NACK, HEARTBEAT, LEAVE, INFO, READ, GROUP")
            return
        }
        let body = Array(message[3...])
        if [.leave, .heartbeat, .info].contains(command) && !body.isEmpty {
            sendError(to: identity, context: name, .malformed, "\(name) takes no body frames, got \(body.count)")
            return
        }
        noteAlive(identity)
        if case .forbidden(let reason) = AccessPolicy.any(principal) {
            // A PUBLISH's context is its batch tag, so a producer knows which batch it was.
            let context = command == .publish && !body.isEmpty && body[0].count <= Wire.maxTagBytes ? Frames.string(body[0]) : name
            forbid(identity, context: context, principal: principal, reason)
            return
        }
        if command == .group, case .forbidden(let reason) = AccessPolicy.groupAdmin(principal) {
            forbid(identity, context: name, principal: principal, reason)
            return
        }
        if (command == .join || command == .read), let key = principal.publicKey { readerKeys[identity] = key }
        switch command {
        case .publish: publish(from: identity, body, principal: principal)
        case .join: join(from: identity, body, principal: principal)
        case .credit: credit(from: identity, body)
        case .ack: ack(from: identity, body)
        case .nack: nack(from: identity, body)
        case .leave: leave(from: identity)
        case .heartbeat: send([identity] + Frames.header(.heartbeat))
        case .info:
            refreshClientKeys()
            send([identity] + Frames.header(.info) + [info().encoded()])
        case .read: read(from: identity, body, principal: principal)
        case .group: groupAdmin(from: identity, body)
        case .result, .joined, .deliver, .acked, .error, .events:
            sendError(to: identity, context: name, .unknownCommand, "\(name) is sent by the bus, not to it")
        }
    }
}

/// The bus could not start; the message says what to fix.
public struct BrokerStartError: Error, CustomStringConvertible {
    /// What went wrong.
    public let message: String
    init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The bus had to stop to stay safe.
public struct BrokerRunError: Error, CustomStringConvertible {
    /// What went wrong.
    public let message: String
    init(_ message: String) { self.message = message }
    public var description: String { message }
}
