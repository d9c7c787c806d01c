import NIOCore
import NIOPosix

extension DecisionServer {
  /// Makes Swift concurrency run its jobs on the server's event loops (NIO's singleton group,
  /// which Hummingbird serves on), so that a request is read, decided and answered without
  /// hopping between two thread pools: on two cores that hop is a good part of a decision's
  /// latency. Blocking work (reloads, walking the rule files) runs on `NIOThreadPool`.
  ///
  /// Call it first thing in `main`, on the main thread, before any task is started, and at
  /// most once; it returns whether it took effect.
  @discardableResult
  public static func runTasksOnEventLoops() -> Bool {
    NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
  }
}
