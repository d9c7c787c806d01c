import Foundation
import Logging
import NIOPosix
import Synchronization
import Yici

/// The rule set being served, swapped atomically by reloads.
///
/// `current` is one lock-protected read: a request takes it once and decides on it to the
/// end. Reloads run one at a time, on NIO's thread pool for blocking work (never on an event
/// loop, which also runs the server's tasks), compile the new rules fully before anything
/// changes, and swap them in only when they have no errors: a broken reload leaves the old
/// rules serving, and `lastReload` (and `/v1/rules`, the log and the metrics) say why.
public final class RuleStore: Sendable {
  private let serving: Mutex<LoadedRules>
  private let attempt = Mutex<ReloadOutcome?>(nil)
  /// Held for the whole of a reload, so that reloads run one at a time.
  private let reloading = Mutex(())
  /// The rule paths reloads read.
  public let paths: [String]
  private let logger: Logger
  private let metrics: ServerMetrics
  private let onReload: (@Sendable (ReloadOutcome) -> Void)?

  /// A store serving `rules`, which reloads read again from `paths`; `onReload` is told of
  /// every reload that put new rules in service.
  public init(
    rules: LoadedRules, paths: [String], logger: Logger, metrics: ServerMetrics,
    onReload: (@Sendable (ReloadOutcome) -> Void)? = nil
  ) {
    serving = Mutex(rules)
    self.paths = paths
    self.logger = logger
    self.metrics = metrics
    self.onReload = onReload
  }

  /// The rules serving now.
  public var current: LoadedRules { serving.withLock { $0 } }

  /// What the last reload did (nil before the first).
  public var lastReload: ReloadOutcome? { attempt.withLock { $0 } }

  /// Reads and compiles the rules again and serves them if they have no errors; the work
  /// runs on NIO's blocking thread pool, so requests keep their event loops meanwhile.
  @discardableResult
  public func reload(trigger: ReloadOutcome.Trigger) async -> ReloadOutcome {
    do {
      return try await NIOThreadPool.singleton.runIfActive { self.reloadNow(trigger: trigger) }
    } catch {
      return reloadNow(trigger: trigger)  // the pool has stopped: the process is ending
    }
  }

  /// `reload(trigger:)` on the calling thread, one at a time.
  private func reloadNow(trigger: ReloadOutcome.Trigger) -> ReloadOutcome {
    reloading.withLock { _ in reloadLocked(trigger: trigger) }
  }

  private func reloadLocked(trigger: ReloadOutcome.Trigger) -> ReloadOutcome {
    let clock = ContinuousClock()
    let start = clock.now
    let before = current
    var outcome = ReloadOutcome(trigger: trigger, result: .unchanged, revision: before.revision)
    do {
      let loaded = try LoadedRules.load(paths: paths)
      let errors = loaded.ruleSet.errors
      if !errors.isEmpty {
        outcome.result = .failed
        outcome.error =
          "the rules have \(errors.count) error\(errors.count == 1 ? "" : "s"); still serving \(before.revision)"
        outcome.diagnostics = errors.map(\.record)
      } else if loaded.revision != before.revision {
        serving.withLock { $0 = loaded }
        outcome.result = .reloaded
        outcome.previous = before.revision
        outcome.revision = loaded.revision
      }
    } catch {
      outcome.result = .failed
      outcome.error = "\(error.description); still serving \(before.revision)"
    }
    outcome.seconds =
      Double((clock.now - start).components.attoseconds) / 1e18
      + Double((clock.now - start).components.seconds)
    attempt.withLock { $0 = outcome }
    metrics.reloaded(outcome.result)
    switch outcome.result {
    case .failed:
      logger.error(
        "reload failed: \(outcome.error ?? "")",
        metadata: ["trigger": "\(trigger.rawValue)", "revision": "\(outcome.revision)"])
    case .reloaded:
      onReload?(outcome)
      logger.notice(
        "reloaded the rules",
        metadata: [
          "trigger": "\(trigger.rawValue)", "revision": "\(outcome.revision)",
          "previous": "\(outcome.previous ?? "")",
        ])
    case .unchanged:
      logger.info("reload: the rules are unchanged", metadata: ["trigger": "\(trigger.rawValue)"])
    }
    return outcome
  }
}

/// What a reload did: the body of `POST /v1/rules/reload` and `lastReload` in `/v1/rules`.
public struct ReloadOutcome: Encodable, Sendable {
  /// What asked for the reload.
  public enum Trigger: String, Encodable, Sendable {
    case watch, signal, api
    /// Another server over the same database announced a revision this one did not serve.
    case peer
  }
  /// Whether the rules changed.
  public enum Result: String, Encodable, Sendable {
    /// New rules are serving.
    case reloaded
    /// The files hash to the revision serving: nothing changed.
    case unchanged
    /// The new rules could not be read or have errors: the old ones keep serving.
    case failed
  }
  /// What asked for it.
  public var trigger: Trigger
  /// What it did.
  public var result: Result
  /// The revision serving after the reload.
  public var revision: String
  /// The revision served before, when it changed.
  public var previous: String?
  /// Why it failed.
  public var error: String?
  /// The errors of rules that failed to compile.
  public var diagnostics: [DiagnosticRecord] = []
  /// When it was tried.
  public var at = Date()
  /// How long reading and compiling took.
  public var seconds: Double = 0
}
