import Testing
@testable import RapportSupervisor

@Suite("Restart policy: backoff and crash loops")
struct RestartPolicyTests {
    @Test("quick exits wait 1, 2, 4 s …, and the fifth within two minutes is a crash loop")
    func backoffThenGiveUp() {
        let policy = RestartPolicy()
        var history = RestartPolicy.History()
        var now = 0.0
        var waits: [Double] = []
        for _ in 0..<4 {
            guard case .restart(let at) = policy.exited(at: now + 0.5, startedAt: now, history: &history) else {
                Issue.record("gave up too early")
                return
            }
            waits.append(at - (now + 0.5))
            now = at
        }
        #expect(waits == [1, 2, 4, 8])
        #expect(policy.exited(at: now + 0.5, startedAt: now, history: &history) == .giveUp(exits: 5, within: now + 0.5 - 0.5))
    }

    @Test("a run longer than a minute starts the backoff again from 1 s; old exits leave the window")
    func stableRunResets() {
        let policy = RestartPolicy()
        var history = RestartPolicy.History()
        _ = policy.exited(at: 1, startedAt: 0, history: &history)
        _ = policy.exited(at: 3, startedAt: 2, history: &history)
        #expect(policy.exited(at: 400, startedAt: 300, history: &history) == .restart(at: 401))
        #expect(history.recentExits == [400], "exits more than two minutes old are forgotten")
    }

    @Test("the wait never passes the maximum")
    func maximum() {
        var policy = RestartPolicy()
        policy.crashLoopLimit = 100
        var history = RestartPolicy.History()
        var last = 0.0
        for i in 0..<20 {
            if case .restart(let at) = policy.exited(at: Double(i * 1_000), startedAt: Double(i * 1_000) - 1, history: &history) {
                last = at - Double(i * 1_000)
            }
        }
        #expect(last == 60)
    }
}
