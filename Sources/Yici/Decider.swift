import YiciEvaluation

/// Decides interchange JSON applications one after another, keeping its working memory
/// from one to the next: the fastest way to decide many (`yici eval --batch` uses one).
///
/// ```swift
/// var decider = Decider(rules, options: DecisionOptions(trace: false))
/// for line in lines {  // each line: an application's JSON bytes
///   try line.withUnsafeBufferPointer { try decider.appendDecision(json: $0, to: &output) }
/// }
/// ```
/// Each decision's bytes are those of `RuleSet.appendDecision(json:options:to:)`. A
/// decider is a value with mutable state: make one per thread (the `RuleSet` behind it is
/// shared).
public struct Decider {
  /// The rules deciding.
  public let ruleSet: RuleSet
  /// How every application is decided.
  public let options: DecisionOptions
  private var decoded = ApplicationDecoder.Decoded()
  private var verdicts = Verdicts(conditions: 0, materials: 0)

  /// A decider for the rules, with the options for every decision.
  public init(_ ruleSet: RuleSet, options: DecisionOptions = DecisionOptions()) {
    self.ruleSet = ruleSet
    self.options = options
  }

  /// Decides an application given as interchange JSON and appends the decision's JSON to
  /// `buffer` (nothing is appended when it throws).
  public mutating func appendDecision(json: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8])
    throws(DecisionError)
  {
    if options.trace {
      try ruleSet.decide(json: json, options: options).appendJSON(to: &buffer)
      return
    }
    let serviceIndex: Int
    do {
      serviceIndex = try ruleSet.decoder.decode(json, date: options.date, into: &decoded)
    } catch {
      throw .invalidApplication(error)
    }
    do {
      try Evaluator.verdicts(for: decoded.application, by: ruleSet.programs[serviceIndex], into: &verdicts)
    } catch {
      throw .cannotDecide(error)
    }
    let writers = ruleSet.writers[serviceIndex]
    (options.language == .en ? writers.en : writers.zh).append(
      verdicts, for: decoded.application, explain: options.explanation, to: &buffer)
  }
}
