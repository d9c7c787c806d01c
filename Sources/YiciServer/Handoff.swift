import Foundation

/// A bounded queue between one async task and one thread: the task sends or receives with
/// `await` (it is suspended, never blocked), the thread with blocking calls.
///
/// The batch endpoint uses two: the request body's chunks go from the task that reads the
/// connection to the thread that decides, and the decided lines come back to the task that
/// writes the response. When more than `capacity` bytes wait, the sender waits too, so a
/// slow client slows the deciding and the reading, and memory stays bounded.
///
/// `close()` ends it from either side: every waiting call returns, the blocking ones
/// throw `Handoff.Closed`, and whatever was queued is dropped.
final class Handoff<Element: Sendable>: @unchecked Sendable {  // every field is under `condition`
  /// Thrown by the blocking calls once the handoff is closed.
  struct Closed: Error {}

  private let condition = NSCondition()
  private let capacity: Int
  private let weight: @Sendable (Element) -> Int
  private var items: [Element] = []
  private var head = 0
  private var queued = 0
  private var finished = false
  private var closed = false
  private var waitingSender: CheckedContinuation<Void, Never>?
  private var waitingReceiver: CheckedContinuation<Element?, Never>?

  /// A handoff that lets a sender run ahead by `capacity` bytes, each element weighing
  /// `weight` bytes.
  init(capacity: Int, weight: @escaping @Sendable (Element) -> Int) {
    self.capacity = capacity
    self.weight = weight
  }

  // MARK: The async side

  /// Queues `element`; waits while more than the capacity is queued. False (and the
  /// element dropped) once closed.
  @discardableResult
  func send(_ element: Element) async -> Bool {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      condition.lock()
      guard !closed else {
        condition.unlock()
        continuation.resume()
        return
      }
      let receiver = enqueue(element)
      let next = receiver.map { _ in dequeueLocked() }
      let waits = queued > capacity
      if waits { waitingSender = continuation }
      condition.unlock()
      if let receiver { receiver.resume(returning: next) }
      if !waits { continuation.resume() }
    }
    return condition.withLock { !closed }
  }

  /// The next element, nil once the handoff is finished and empty, or closed.
  func receive() async -> Element? {
    await withCheckedContinuation { (continuation: CheckedContinuation<Element?, Never>) in
      condition.lock()
      if closed || (finished && head == items.count) {
        condition.unlock()
        continuation.resume(returning: nil)
      } else if head < items.count {
        let element = dequeueUnlocking()
        continuation.resume(returning: element)
      } else {
        waitingReceiver = continuation
        condition.unlock()
      }
    }
  }

  // MARK: The thread's side

  /// Queues `element`, blocking while more than the capacity is queued.
  func sendBlocking(_ element: Element) throws(Closed) {
    condition.lock()
    while !closed && queued > capacity { condition.wait() }
    guard !closed else {
      condition.unlock()
      throw Closed()
    }
    let receiver = enqueue(element)
    if let receiver {
      let next = dequeueLocked()
      condition.unlock()
      receiver.resume(returning: next)
    } else {
      condition.unlock()
    }
  }

  /// The next element, blocking until there is one; nil once finished and empty.
  func receiveBlocking() throws(Closed) -> Element? {
    condition.lock()
    while !closed && !finished && head == items.count { condition.wait() }
    guard !closed else {
      condition.unlock()
      throw Closed()
    }
    guard head < items.count else {
      condition.unlock()
      return nil
    }
    return dequeueUnlocking()
  }

  // MARK: Ending

  /// No more elements will be sent: the receiver gets those queued, then nil.
  func finish() {
    condition.lock()
    finished = true
    let receiver = head == items.count ? takeReceiver() : nil
    condition.broadcast()
    condition.unlock()
    receiver?.resume(returning: nil)
  }

  /// Ends the handoff at once, from either side (see the type's documentation).
  func close() {
    condition.lock()
    closed = true
    items = []
    head = 0
    queued = 0
    let sender = waitingSender
    waitingSender = nil
    let receiver = takeReceiver()
    condition.broadcast()
    condition.unlock()
    sender?.resume()
    receiver?.resume(returning: nil)
  }

  // MARK: Under the lock

  /// Appends the element; returns the receiver waiting for it, if any (the caller hands
  /// it the next element after taking it off with `dequeueLocked`).
  private func enqueue(_ element: Element) -> CheckedContinuation<Element?, Never>? {
    items.append(element)
    queued += weight(element)
    condition.broadcast()
    return takeReceiver()
  }

  private func takeReceiver() -> CheckedContinuation<Element?, Never>? {
    defer { waitingReceiver = nil }
    return waitingReceiver
  }

  /// Takes the first element off (there is one) and returns it, the lock still held; a
  /// blocking sender waiting for room is woken by the broadcast (an async one by
  /// `dequeueUnlocking`).
  private func dequeueLocked() -> Element {
    let element = items[head]
    head += 1
    queued -= weight(element)
    if head == items.count {
      items.removeAll(keepingCapacity: true)
      head = 0
    } else if head >= 64 && head * 2 >= items.count {
      items.removeFirst(head)
      head = 0
    }
    condition.broadcast()
    return element
  }

  /// Takes the first element off, unlocks, and resumes a waiting async sender when there
  /// is room again.
  private func dequeueUnlocking() -> Element {
    let element = dequeueLocked()
    var sender: CheckedContinuation<Void, Never>?
    if queued <= capacity {
      sender = waitingSender
      waitingSender = nil
    }
    condition.unlock()
    sender?.resume()
    return element
  }
}
