import Foundation
import Yici

// This file is compiled twice: into the fuzz targets (Fuzz/) and, through the symlink
// Tests/YiciTests/FuzzHarness.swift, into the main package's tests, which replay every
// saved crash input through exactly this code.

/// An invariant a fuzz target checks that did not hold: the fuzzer traps on it.
public struct FuzzFailure: Error, CustomStringConvertible {
  /// What did not hold.
  public var description: String
}

/// What one fuzz input gave, for the replay test to judge.
public struct FuzzOutcome: Sendable, CustomStringConvertible {
  /// Diagnostics (rules) or rejected applications or lines (application, batch).
  public var problems = 0
  /// Decisions written (application, batch).
  public var decisions = 0
  /// The longest diagnostic or error text seen, in bytes.
  public var longestMessage = 0

  /// A one-line summary.
  public var description: String {
    "\(problems) problems, \(decisions) decisions, longest message \(longestMessage) bytes"
  }
}

/// The work of the fuzz targets on one input: `rules` parses and checks a rule file,
/// `application` decides one application against the bundled rules, `batch` decides
/// JSON Lines. Each checks cheap invariants and throws `FuzzFailure` when one fails;
/// crashes, hangs and runaway memory are the sanitizer's and libFuzzer's to catch.
public struct FuzzHarness: Sendable {
  /// The bundled rules (`rules/`) and `multiSelect`, deciding the application and batch
  /// inputs.
  public let bundled: RuleSet
  /// The bundled vocabularies and calendars (`rules/common`, `rules/calendar`), checked
  /// together with a fuzzed rule file so its `uses` and `calendar` references resolve.
  public let libraries: [SourceFile]

  /// Loads the bundled rules from the repository at `root`.
  public init(root: String) throws(RuleSources.LoadError) {
    let sources = try RuleSources.read(["rules"], relativeTo: root)
    bundled = RuleSet(
      sources: sources + [Self.multiSelect],
      context: RuleSources.context(for: sources, paths: ["rules"], relativeTo: root))
    libraries = try RuleSources.read(["rules/common", "rules/calendar"], relativeTo: root)
  }

  /// A service with a multi-select fact (`choices`), so the application targets reach the
  /// decoder of option lists (`"scope": ["rx", "冷藏药品"]`); Fuzz/regressions/application has
  /// an application to it as a seed.
  static let multiSelect = SourceFile(
    path: "fuzz/multi_select.yici",
    text: """
      service fuzz_choices {
        name "药品零售许可"
        basis "x"
        facts {
          scope: choices(rx "处方药", otc_a "甲类非处方药", otc_b "乙类非处方药", herbal "中药饮片", cold "冷藏药品") ask "?"
        }
        conditions { some: count(scope) >= 1 otherwise "x" basis "x" }
        materials {
          cold_chain: "冷链设施说明" original when scope contains cold basis "x"
          otc_staff: "药学技术人员证明" original when scope includes any of (otc_a, otc_b) basis "x"
        }
      }
      """)

  /// Loads the bundled rules from the repository holding this source file (the fuzz
  /// package's parent), or from `$YICI_ROOT` when set.
  public static func forRepository(file: String = #filePath, levels: Int) -> FuzzHarness {
    var root = file
    for _ in 0..<levels { root = String(root[..<(root.lastIndex(of: "/") ?? root.startIndex)]) }
    if let override = getenv("YICI_ROOT") { root = String(cString: override) }
    do {
      return try FuzzHarness(root: root)
    } catch {
      fatalError("cannot load the bundled rules from \(root): \(error)")
    }
  }

  /// Parses and checks the bytes as a rule file, alone and with the bundled libraries,
  /// renders the diagnostics, and decides an application with no facts for every service
  /// that compiled (which asks for every input the outcome depends on).
  public func rules(_ bytes: UnsafeBufferPointer<UInt8>) throws(FuzzFailure) -> FuzzOutcome {
    let text = String(validating: bytes, as: UTF8.self) ?? String(decoding: bytes, as: UTF8.self)
    let alone = RuleSet(sources: [SourceFile(path: "fuzz.yici", text: text)])
    let together = RuleSet(sources: libraries + [SourceFile(path: "services/fuzz.yici", text: text)])
    var outcome = FuzzOutcome(problems: together.diagnostics.count)
    // The diagnostics of the file alone are mostly those it has with the libraries too:
    // rendering them once keeps the target fast.
    let rendered = DiagnosticRenderer().render(together.diagnostics)
    if !together.diagnostics.isEmpty && rendered.isEmpty {
      throw FuzzFailure(description: "diagnostics rendered as nothing")
    }
    for diagnostic in alone.diagnostics + together.diagnostics {
      outcome.longestMessage = max(outcome.longestMessage, diagnostic.message.utf8.count)
      guard diagnostic.span.file.path.hasSuffix("fuzz.yici") || diagnostic.span.file.path.hasPrefix("rules/") else {
        throw FuzzFailure(description: "a diagnostic points into \(diagnostic.span.file.path)")
      }
      _ = diagnostic.record
    }
    for service in together.compiled.services {
      let json = Array("{\"service\":\"\(service.id)\",\"date\":\"2025-10-01\",\"facts\":{}}".utf8)
      guard let decision = try? together.decide(json: json) else { continue }
      try expectOneLine(decision.jsonBytes, "a decision")
      outcome.decisions += 1
    }
    return outcome
  }

  /// Decides the bytes as one application against the bundled rules, every way the
  /// library offers: `decide(json:)` with a trace and both explanations, the one-time
  /// notice, and a `Decider` writing batch JSON, which must agree with `decide`.
  public func application(_ bytes: UnsafeBufferPointer<UInt8>) throws(FuzzFailure) -> FuzzOutcome {
    var outcome = FuzzOutcome()
    for language in [Language.zh, .en] {
      let written = try decideLine(bytes, language: language, into: &outcome)
      let quick = DecisionOptions(language: language, trace: false)
      let decided: Decision? = try? bundled.decide(json: bytes.span, options: quick)
      guard (decided != nil) == (written != nil) else {
        throw FuzzFailure(description: "decide and Decider disagree on whether the application decodes")
      }
      if let decided, let written, decided.jsonBytes != written {
        throw FuzzFailure(description: "decide and Decider write different JSON")
      }
      guard let traced = try? bundled.decide(json: bytes.span, options: DecisionOptions(language: language)) else {
        continue
      }
      try expectOneLine(traced.jsonBytes, "a traced decision")
      _ = bundled.notice(for: traced, language: language)
      _ = traced.explanation.utf8.count
    }
    return outcome
  }

  /// Decides the bytes as JSON Lines through `BatchDecider`, as `yici eval --batch` does:
  /// exactly one output line per input line, the same output whether the input comes in
  /// one chunk or in small ones (a size taken from the input's length).
  public func batch(_ bytes: UnsafeBufferPointer<UInt8>) throws(FuzzFailure) -> FuzzOutcome {
    let whole = decideBatch(bytes, chunk: max(bytes.count, 1))
    let chunked = decideBatch(bytes, chunk: 1 + bytes.count % 61)
    let newlines = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    let lines = newlines + (bytes.last.map { $0 == 0x0A ? 0 : 1 } ?? 0)
    let written = whole.output.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    guard written == lines, whole.batch.lines == lines, whole.output.last ?? 0x0A == 0x0A else {
      throw FuzzFailure(description: "\(lines) lines in, \(written) out (\(whole.batch.lines) counted)")
    }
    guard whole.output == chunked.output else {
      throw FuzzFailure(description: "the output depends on how the input is split in chunks")
    }
    guard String(validating: whole.output, as: UTF8.self) != nil else {
      throw FuzzFailure(description: "the batch output is not UTF-8")
    }
    var outcome = FuzzOutcome(problems: whole.batch.failures, decisions: lines - whole.batch.failures)
    for line in whole.output.split(separator: 0x0A) where line.starts(with: Array("{\"line\":".utf8)) {
      outcome.longestMessage = max(outcome.longestMessage, line.count)
    }
    return outcome
  }

  /// The batch's output and counts, the input given `chunk` bytes at a time.
  private func decideBatch(_ bytes: UnsafeBufferPointer<UInt8>, chunk: Int) -> (batch: BatchDecider, output: [UInt8]) {
    var batch = BatchDecider(bundled, options: DecisionOptions(trace: false))
    var output: [UInt8] = []
    var start = 0
    while start < bytes.count {
      let end = min(start + chunk, bytes.count)
      batch.append(bytes.span.extracting(start..<end), to: &output)
      start = end
    }
    batch.finish(to: &output)
    return (batch, output)
  }

  /// Decides one line with a `Decider` as `--batch` does; the written decision, or nil
  /// with the error counted.
  private func decideLine(_ bytes: UnsafeBufferPointer<UInt8>, language: Language, into outcome: inout FuzzOutcome)
    throws(FuzzFailure) -> [UInt8]?
  {
    var decider = Decider(bundled, options: DecisionOptions(language: language, trace: false))
    var written: [UInt8] = []
    do {
      try decider.appendDecision(json: bytes.span, to: &written)
    } catch {
      outcome.problems += 1
      let message = "\(error)"
      guard !message.isEmpty else { throw FuzzFailure(description: "an error without a message") }
      outcome.longestMessage = max(outcome.longestMessage, message.utf8.count)
      guard written.isEmpty else { throw FuzzFailure(description: "a failed decision left bytes behind") }
      return nil
    }
    outcome.decisions += 1
    try expectOneLine(written, "a batch decision")
    return written
  }

  /// Throws unless the bytes are UTF-8 on one line.
  private func expectOneLine(_ bytes: [UInt8], _ what: String) throws(FuzzFailure) {
    guard !bytes.contains(0x0A), String(validating: bytes, as: UTF8.self) != nil else {
      throw FuzzFailure(description: "\(what) is not one line of UTF-8")
    }
  }
}
