import Foundation
import Testing

/// A small seeded pseudo-random generator (SplitMix64) for tests that draw their own inputs:
/// the same seed gives the same inputs on every machine and every run.
///
/// Use it through `withSeededRandom(_:_:)`, which lets `YICI_SEED` replace the test's seed
/// and names the seed in every failure. (Tests written with swift-property-based's
/// `propertyCheck` draw a fresh seed each run and print `.fixedSeed(…)` on failure instead;
/// see CONTRIBUTING.md.)
public struct SeededRandom: RandomNumberGenerator, Sendable {
  /// The seed the generator started from.
  public let seed: UInt64
  private var state: UInt64

  /// A generator that starts from `seed`.
  public init(seed: UInt64) {
    self.seed = seed
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`.
  public mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// `count` random bytes.
  public mutating func bytes(count: Int) -> [UInt8] {
    (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
  }

  /// The seed a test should use: `YICI_SEED` when set (a number, decimal or `0x` hex, or
  /// `random` for a fresh one), else the test's own.
  public static func seed(default fallback: UInt64) -> UInt64 {
    guard let text = ProcessInfo.processInfo.environment["YICI_SEED"] else { return fallback }
    if text == "random" { return UInt64.random(in: .min ... .max) }
    let parsed = text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
    guard let parsed else { fatalError("YICI_SEED=\(text) is not a number, 0x… or random") }
    return parsed
  }

  /// How to run the same inputs again.
  public var replay: String { "seed 0x\(String(seed, radix: 16)); replay with YICI_SEED=0x\(String(seed, radix: 16))" }
}

/// Runs `body` with a generator seeded from `YICI_SEED`, else from `seed`, and adds the seed
/// to every issue the body records, so any failure can be replayed.
public func withSeededRandom(
  _ seed: UInt64, isolation: isolated (any Actor)? = #isolation,
  _ body: (inout SeededRandom) async throws -> Void
) async throws {
  nonisolated(unsafe) var random = SeededRandom(seed: SeededRandom.seed(default: seed))
  let replay = random.replay
  let annotate: IssueHandlingTrait = .compactMapIssues { issue in
    var issue = issue
    issue.comments.append(Comment(rawValue: replay))
    return issue
  }
  guard let test = Test.current else { return try await body(&random) }
  nonisolated(unsafe) let run = body
  try await annotate.provideScope(for: test, testCase: Test.Case.current) {
    try await run(&random)
  }
}
