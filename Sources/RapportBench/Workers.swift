import Foundation
import Synchronization

/// Runs the same body on several threads at once and collects what each returned.
///
/// Clients of the bus, of Redis and of libzmq are blocking and own their sockets, so each
/// simulated client gets its own thread, like separate producer processes would.
enum Workers {
    /// Holds each thread's outcome until all have finished.
    private final class Slots<T: Sendable>: Sendable {
        let results: Mutex<[Result<T, any Error>?]>
        init(_ count: Int) { results = Mutex(Array(repeating: nil, count: count)) }
    }

    /// Runs `body(index)` for `index` in `0..<count` on `count` threads and waits for all.
    /// Throws the first error any thread threw (after every thread finished).
    static func run<T: Sendable>(_ count: Int, name: String, _ body: @escaping @Sendable (Int) throws -> T) throws -> [T] {
        let slots = Slots<T>(count)
        let done = DispatchSemaphore(value: 0)
        for index in 0..<count {
            let thread = Thread {
                let result = Result { try body(index) }
                slots.results.withLock { $0[index] = result }
                done.signal()
            }
            thread.name = "\(name)-\(index)"
            thread.start()
        }
        for _ in 0..<count { done.wait() }
        let results = slots.results.withLock { $0 }
        var values: [T] = []
        for result in results {
            guard let result else { throw BenchError("\(name): a worker thread ended without a result") }
            values.append(try result.get())
        }
        return values
    }
}
