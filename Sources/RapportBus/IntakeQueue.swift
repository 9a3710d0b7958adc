import DequeModule

/// Takes PUBLISH batches from clients in turns, so one client sending as fast as it can does
/// not make everyone else wait behind its backlog.
///
/// ZeroMQ already reads the clients' messages in turns, but the validation stage and the group
/// commit are first come, first served: a client that floods PUBLISH without waiting for
/// answers filled them, and a paced producer's batch waited behind megabytes of another's
/// (its ack p99 went from 5 ms to 130–150 ms). So the broker queues each client's batches
/// here and hands them on from the queues in turn:
///
/// - A turn is measured in bytes, not batches (deficit round robin): a client may take up to
///   ``turnBytes`` of batches in its turn (at least one batch). Counting batches gave a desk
///   sending single events one event for every 1,000 of a flood's, and its queue grew until
///   it was refused.
/// - A small batch (``inlineEvents`` or fewer) whose client has nothing in the validation stage
///   is checked on the broker thread at once (``Handoff/inline(_:)``), even while the stage is
///   busy with another client's large batches; so a desk's batch never waits behind a flood's
///   validation. Each client's own order is kept: its later batches wait behind any of its
///   batches in the stage.
/// - A client may have at most ``clientLimitBytes`` between here and its RESULT (in the stage,
///   appended, waiting for the commit). A client over its share waits for its answers; the
///   others go on.
///
/// Memory is bounded by the ``IntakeGate``: queued bytes count as held, so reading pauses when
/// the queues and the pipeline together hold `limits.max_uncommitted_bytes`.
struct IntakeQueue {
    /// How the broker is to check a batch taken from the queue.
    enum Handoff {
        /// Check it now on the broker thread: it is small and its client has nothing ahead of
        /// it in the validation stage.
        case inline(ValidationStage.Batch)
        /// Submit it to the validation stage (counted as there until ``leftStage(_:)``).
        case stage(ValidationStage.Batch)

        /// The batch, however it is checked.
        var batch: ValidationStage.Batch {
            switch self {
            case .inline(let batch), .stage(let batch): batch
            }
        }
    }

    /// One client's batches waiting, and its bytes in the pipeline.
    private struct Client {
        var queued: Deque<ValidationStage.Batch> = []
        var queuedBytes = 0
        /// Bytes handed on (validated or being validated) and not yet answered.
        var inPipeline = 0
        /// Batches submitted to the validation stage and not yet taken out of it.
        var inStage = 0
        var isIdle: Bool { queued.isEmpty && inPipeline == 0 && inStage == 0 }
    }

    /// The most bytes one client may have between the validation stage and its RESULT.
    let clientLimitBytes: Int
    /// The most bytes one client may have waiting here; the broker refuses its batches beyond
    /// that as `busy`, so one client's backlog cannot fill the intake limit and pause reading
    /// for everyone.
    let clientQueueLimitBytes: Int
    /// Bytes of batches a client may take in one turn (it always gets at least one batch).
    let turnBytes: Int
    /// Batches of at most this many events may be checked inline (see ``Handoff``).
    let inlineEvents: Int
    private var clients: [[UInt8]: Client] = [:]
    /// Clients with queued batches waiting for a turn, in order; the client whose turn it is
    /// (``current``) is not among them.
    private var turns: Deque<[UInt8]> = []
    /// The client whose turn it is, and the bytes it may still take in it.
    private var current: (identity: [UInt8], allowance: Int)?
    /// Bytes of all queued batches.
    private(set) var queuedBytes = 0

    /// A queue that lets each client have `clientLimitBytes` in the pipeline and `turnBytes`
    /// a turn.
    init(clientLimitBytes: Int, clientQueueLimitBytes: Int = .max, turnBytes: Int = 64 << 10, inlineEvents: Int = 16) {
        self.clientLimitBytes = max(clientLimitBytes, 1)
        self.clientQueueLimitBytes = max(clientQueueLimitBytes, 1)
        self.turnBytes = max(turnBytes, 1)
        self.inlineEvents = inlineEvents
    }

    /// Whether no batch is queued.
    var isEmpty: Bool { turns.isEmpty && (current.map { clients[$0.identity]?.queued.isEmpty ?? true } ?? true) }

    /// Clients with batches queued or in the pipeline.
    var activeClients: Int { clients.count }

    /// Bytes of `identity`'s batches waiting here.
    func queuedBytes(of identity: [UInt8]) -> Int { clients[identity]?.queuedBytes ?? 0 }

    /// Queues a batch behind the client's earlier ones.
    mutating func enqueue(_ batch: ValidationStage.Batch) {
        // Mutated in place through the subscript: a copy of the client would copy its queue.
        let wasWaiting = !(clients[batch.identity]?.queued.isEmpty ?? true)
        clients[batch.identity, default: Client()].queued.append(batch)
        clients[batch.identity]?.queuedBytes += batch.bytes
        queuedBytes += batch.bytes
        if !wasWaiting && current?.identity != batch.identity { turns.append(batch.identity) }
    }

    /// The next batch to hand on: the current client's next batch while its turn lasts, else
    /// the first batch of the next client in turn that is within its share. While the stage is
    /// full (`stageHasRoom` false) only batches that may be checked inline are taken. `nil`
    /// when nothing can be taken now (answers and the stage emptying free it).
    mutating func next(stageHasRoom: Bool = true) -> Handoff? {
        if let turn = current {
            if turn.allowance > 0, let handoff = take(from: turn.identity, stageHasRoom: stageHasRoom) { return handoff }
            endTurn()
        }
        for _ in 0..<turns.count {
            let identity = turns.removeFirst()
            current = (identity, turnBytes)
            if let handoff = take(from: identity, stageHasRoom: stageHasRoom) { return handoff }
            endTurn()
        }
        return nil
    }

    /// Ends the current client's turn; it waits for another if it still has batches queued.
    private mutating func endTurn() {
        guard let identity = current?.identity else { return }
        current = nil
        if !(clients[identity]?.queued.isEmpty ?? true) { turns.append(identity) }
    }

    /// Takes the client's first queued batch if its share and the stage allow it.
    private mutating func take(from identity: [UInt8], stageHasRoom: Bool) -> Handoff? {
        guard let client = clients[identity], let first = client.queued.first,
              client.inPipeline < clientLimitBytes else { return nil }
        let inline = first.frames.count <= inlineEvents && client.inStage == 0
        guard inline || stageHasRoom else { return nil }
        clients[identity]?.queued.removeFirst()
        clients[identity]?.queuedBytes -= first.bytes
        clients[identity]?.inPipeline += first.bytes
        if !inline { clients[identity]?.inStage += 1 }
        queuedBytes -= first.bytes
        current?.allowance -= first.bytes
        return inline ? .inline(first) : .stage(first)
    }

    /// Takes every queued batch, in turn order, whatever the shares (at shutdown, when
    /// everything taken in is answered).
    mutating func takeAll() -> [ValidationStage.Batch] {
        endTurn()
        var all: [ValidationStage.Batch] = []
        while !turns.isEmpty {
            let identity = turns.removeFirst()
            guard let batch = clients[identity]?.queued.popFirst() else { continue }
            clients[identity]?.queuedBytes -= batch.bytes
            clients[identity]?.inPipeline += batch.bytes
            queuedBytes -= batch.bytes
            all.append(batch)
            if !(clients[identity]?.queued.isEmpty ?? true) { turns.append(identity) }
        }
        return all
    }

    /// One of the client's batches was taken out of the validation stage.
    mutating func leftStage(_ identity: [UInt8]) {
        guard let client = clients[identity], client.inStage > 0 else { return }
        clients[identity]?.inStage -= 1
    }

    /// A RESULT for `bytes` of the client's batches was sent (or dropped): they leave its share.
    mutating func answered(_ identity: [UInt8], bytes: Int) {
        guard let client = clients[identity] else { return }
        let inPipeline = max(0, client.inPipeline - bytes)
        clients[identity]?.inPipeline = inPipeline
        if clients[identity]?.isIdle ?? false { clients[identity] = nil }
    }
}
