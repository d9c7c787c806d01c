import Foundation
import Synchronization
import Yici
import YiciStore

/// One compiled rule set as the server serves it: the rules, their revision, where they were
/// read from and when, and the deciders that decide by them.
///
/// Immutable once made (its deciders are pooled behind a lock): a request takes the
/// current `LoadedRules` once and finishes on it, whatever a reload swaps in meanwhile.
public final class LoadedRules: Sendable {
  /// The checked rules.
  public let ruleSet: RuleSet
  /// The content hash of the rule files (`RuleRevision`): what every decision names.
  public let revision: String
  /// The full SHA-256 digest the revision is taken from.
  public let digest: String
  /// The files read, in the order read.
  public let files: [String]
  /// When the rules were loaded.
  public let loadedAt: Date
  /// How long reading and compiling took.
  public let compileTime: Duration
  /// The facts the rules mark as personal: how the decision log keeps them.
  public let personalFacts: PersonalFacts
  private let pools: [DeciderPool]
  private let sources: [SourceFile]
  private let context: [SourceFile]
  private let copy = Mutex<RuleSet?>(nil)

  /// Reads and compiles the rules at `paths`; nil diagnostics errors are left to the caller
  /// (`RuleStore` never serves rules with errors).
  public static func load(paths: [String]) throws(RuleSources.LoadError) -> LoadedRules {
    let clock = ContinuousClock()
    let start = clock.now
    let sources = try RuleSources.read(paths)
    let context = RuleSources.context(for: sources, paths: paths)
    let ruleSet = RuleSet(sources: sources, context: context)
    let files = sources + context
    return LoadedRules(
      ruleSet: ruleSet, sources: sources, context: context, revision: RuleRevision.of(sources, context: context),
      digest: RuleRevision.digest(files), files: files.map(\.path), compileTime: clock.now - start)
  }

  init(
    ruleSet: RuleSet, sources: [SourceFile], context: [SourceFile], revision: String, digest: String,
    files: [String], compileTime: Duration
  ) {
    self.ruleSet = ruleSet
    self.sources = sources
    self.context = context
    self.revision = revision
    self.digest = digest
    self.files = files
    self.loadedAt = Date()
    self.compileTime = compileTime
    personalFacts = PersonalFacts(ruleSet: ruleSet)
    pools = DecisionVariant.all.map { variant in
      DeciderPool(ruleSet: ruleSet, options: variant.options(revision: revision))
    }
  }

  /// Runs `body` with a decider of these rules for the variant, and returns it to the pool.
  func withDecider(_ variant: DecisionVariant, _ body: (inout Decider) throws(DecisionError) -> Void)
    throws(DecisionError)
  {
    try pools[variant.index].with(body)
  }

  /// The rules a batch's second thread decides with: a copy compiled from the same files
  /// (made on first use, then kept), which decides byte for byte alike and shares no
  /// reference counts with `ruleSet`; `ruleSet` itself for a catalogue too large to hold
  /// twice (as `yici eval --batch` does).
  func batchRules(thread: Int) -> RuleSet {
    guard thread > 0, ruleSet.compiled.services.count <= 64 else { return ruleSet }
    return copy.withLock { copy in
      if let copy { return copy }
      let made = RuleSet(sources: sources, context: context)
      copy = made
      return made
    }
  }

  /// The options a variant decides with, carrying this revision.
  func options(_ variant: DecisionVariant) -> DecisionOptions { variant.options(revision: revision) }
}

/// How a request asks to be decided: the language, whether with the trace and the
/// explanation (`?lang=`, `?trace=`, `?explanation=`).
struct DecisionVariant: Sendable, Equatable {
  var language: Language
  var trace: Bool
  var explanation: Bool

  static let all: [DecisionVariant] = [Language.zh, .en].flatMap { language in
    [true, false].flatMap { trace in
      [true, false].map { DecisionVariant(language: language, trace: trace, explanation: $0) }
    }
  }

  /// Its place in `all`.
  var index: Int { (language == .zh ? 0 : 4) + (trace ? 0 : 2) + (explanation ? 0 : 1) }

  func options(revision: String) -> DecisionOptions {
    DecisionOptions(language: language, trace: trace, explanation: explanation, revision: revision)
  }
}
