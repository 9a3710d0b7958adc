import DequeModule

/// Takes PUBLISH batches from clients in turns, so one client sending as fast as it can does
/// not make everyone else wait behind its backlog.
///
/// ZeroMQ already reads the clients' messages in turns, but the validation stage and the group
/// commit are first come, first served: a client that floods PUBLISH without waiting for
/// answers filled them, and a paced producer's batch waited behind megabytes of another's
/// (its ack p99 went from 5 ms to 130–150 ms). So the broker queues each client's batches
/// here and feeds the validation stage from the queues in turn, and a client may have at most
/// ``clientLimitBytes`` between the stage and its RESULT (validated, appended, waiting for the
/// commit). A client over its share waits for its answers; the others go on.
///
/// Memory is bounded by the ``IntakeGate``: queued bytes count as held, so reading pauses when
/// the queues and the pipeline together hold `limits.max_uncommitted_bytes`.
struct IntakeQueue {
    /// One client's batches waiting, and its bytes in the pipeline.
    private struct Client {
        var queued: Deque<ValidationStage.Batch> = []
        var queuedBytes = 0
        /// Bytes handed on (validated or being validated) and not yet answered.
        var inPipeline = 0
        var isIdle: Bool { queued.isEmpty && inPipeline == 0 }
    }

    /// The most bytes one client may have between the validation stage and its RESULT.
    let clientLimitBytes: Int
    /// The most bytes one client may have waiting here; the broker refuses its batches beyond
    /// that as `busy`, so one client's backlog cannot fill the intake limit and pause reading
    /// for everyone.
    let clientQueueLimitBytes: Int
    private var clients: [[UInt8]: Client] = [:]
    /// Clients with queued batches, in the order they get their next turn.
    private var turns: Deque<[UInt8]> = []
    /// Bytes of all queued batches.
    private(set) var queuedBytes = 0

    /// A queue that lets each client have `clientLimitBytes` in the pipeline.
    init(clientLimitBytes: Int, clientQueueLimitBytes: Int = .max) {
        self.clientLimitBytes = max(clientLimitBytes, 1)
        self.clientQueueLimitBytes = max(clientQueueLimitBytes, 1)
    }

    /// Whether no batch is queued.
    var isEmpty: Bool { turns.isEmpty }

    /// Clients with batches queued or in the pipeline.
    var activeClients: Int { clients.count }

    /// Bytes of `identity`'s batches waiting here.
    func queuedBytes(of identity: [UInt8]) -> Int { clients[identity]?.queuedBytes ?? 0 }

    /// Queues a batch behind the client's earlier ones.
    mutating func enqueue(_ batch: ValidationStage.Batch) {
        var client = clients[batch.identity] ?? Client()
        if client.queued.isEmpty { turns.append(batch.identity) }
        client.queued.append(batch)
        client.queuedBytes += batch.bytes
        queuedBytes += batch.bytes
        clients[batch.identity] = client
    }

    /// The next batch to hand on: the first queued batch of the next client in turn that is
    /// within its share (counted as started). `nil` when nothing is queued, or every client with
    /// a queue is at its share (their answers free it).
    mutating func next() -> ValidationStage.Batch? {
        for _ in 0..<turns.count {
            let identity = turns.removeFirst()
            guard let client = clients[identity] else { continue }
            guard client.inPipeline < clientLimitBytes else {
                turns.append(identity)
                continue
            }
            return takeFirst(of: identity, client)
        }
        return nil
    }

    /// Takes every queued batch, in turn order, whatever the shares (at shutdown, when
    /// everything taken in is answered).
    mutating func takeAll() -> [ValidationStage.Batch] {
        var all: [ValidationStage.Batch] = []
        while !turns.isEmpty {
            let identity = turns.removeFirst()
            guard let client = clients[identity], !client.queued.isEmpty else { continue }
            all.append(takeFirst(of: identity, client))
        }
        return all
    }

    /// Takes the first queued batch of a client just taken off `turns` (counted as started),
    /// and gives the client its next turn if more is queued.
    private mutating func takeFirst(of identity: [UInt8], _ client: Client) -> ValidationStage.Batch {
        var client = client
        let batch = client.queued.removeFirst()
        client.queuedBytes -= batch.bytes
        client.inPipeline += batch.bytes
        queuedBytes -= batch.bytes
        if !client.queued.isEmpty { turns.append(identity) }
        clients[identity] = client
        return batch
    }

    /// A RESULT for `bytes` of the client's batches was sent (or dropped): they leave its share.
    mutating func answered(_ identity: [UInt8], bytes: Int) {
        guard var client = clients[identity] else { return }
        client.inPipeline = max(0, client.inPipeline - bytes)
        clients[identity] = client.isIdle ? nil : client
    }
}
