import Foundation
import NIOPosix
import ServiceLifecycle
import UnixSignals
import Yici

/// Reloads the rules when their files change: polls the size and modification time of every
/// `.yici` file under the rule paths (and notices files added or removed).
struct RuleWatcher: Service {
  let store: RuleStore
  let interval: Duration

  func run() async throws {
    let paths = store.paths
    guard var last = try? await NIOThreadPool.singleton.runIfActive({ Self.fingerprint(paths) }) else { return }
    while !Task.isCancelledOrShuttingDown {
      do { try await Task.sleep(for: interval) } catch { return }
      // Walking a large catalogue takes a while: on the blocking pool, not an event loop.
      guard let now = try? await NIOThreadPool.singleton.runIfActive({ Self.fingerprint(paths) }) else { return }
      if now != last {
        last = now
        await store.reload(trigger: .watch)
      }
    }
  }

  /// Each rule file's path, size and modification time, sorted.
  static func fingerprint(_ paths: [String]) -> [String] {
    let files = FileManager.default
    var found: [String] = []
    func note(_ path: String) {
      guard let attributes = try? files.attributesOfItem(atPath: path) else { return }
      let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
      let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      found.append("\(path)\t\(size)\t\(modified)")
    }
    for path in paths {
      guard let isFolder = RuleSources.isFolder(path) else {
        found.append("\(path)\tmissing")
        continue
      }
      guard isFolder else {
        note(path)
        continue
      }
      let names = files.enumerator(atPath: path)?.allObjects as? [String] ?? []
      for name in names where name.hasSuffix(".yici") {
        note(path + "/" + name)
      }
    }
    return found.sorted()
  }
}

/// Reloads the rules on SIGHUP.
///
/// The loop ends by cancellation when the group shuts down (`cancelWhenGracefulShutdown`, a
/// task group), not by `cancelOnGracefulShutdown()`: that one merges the signals with the
/// shutdown through swift-async-algorithms' `merge`, whose lock (1.1.4) can be left held when a
/// continuation is registered under it (apple/swift-async-algorithms#430): a server was seen
/// hung at SIGTERM inside that lock.
struct HangUpReloader: Service {
  let store: RuleStore

  func run() async throws {
    let store = store
    await cancelWhenGracefulShutdown {
      for await _ in await UnixSignalsSequence(trapping: .sighup) {
        await store.reload(trigger: .signal)
      }
    }
  }
}

extension Task where Success == Never, Failure == Never {
  /// Whether the task is cancelled or its service group is shutting down.
  static var isCancelledOrShuttingDown: Bool { isCancelled || isShuttingDownGracefully }
}
