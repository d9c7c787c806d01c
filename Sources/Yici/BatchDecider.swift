import YiciInterchange

/// Decides a JSON Lines batch given in chunks of bytes: exactly one output line per input
/// line, in order, whatever the lines hold (what `yici eval --batch` runs).
///
/// ```swift
/// var batch = BatchDecider(rules, options: DecisionOptions(trace: false))
/// var output: [UInt8] = []
/// for chunk in chunks {  // any split of the input: a line may span chunks
///   batch.append(chunk.span, to: &output)
///   write(output); output.removeAll(keepingCapacity: true)
/// }
/// batch.finish(to: &output)
/// ```
/// A line ends with `\n` (the last one may end with the input). Each gives the decision's
/// JSON (the bytes of `Decider`), or `{"line":N,"error":"…"}` when it is not a valid
/// application: a blank line, bad JSON, a key given twice, a limit exceeded. A line is
/// decided as soon as its newline arrives, so no later line can change or lose its output.
/// A line longer than `InterchangeLimits.applicationBytes` is not kept, only counted to its
/// end, so memory stays flat however the input is made.
public struct BatchDecider {
  private var batch: LineBatch<Decider>
  /// How many lines have been decided (the number of the last one).
  public var lines: Int { batch.lines }
  /// How many of them gave an error object.
  public var failures: Int { batch.failures }

  /// A batch decided by the rules with the options.
  public init(_ ruleSet: RuleSet, options: DecisionOptions) {
    batch = LineBatch(Decider(ruleSet, options: options))
  }

  /// Decides every line that `chunk` ends, appending one output line (with its `\n`) for
  /// each to `output`; the bytes after the chunk's last newline wait for the next chunk.
  public mutating func append(_ chunk: Span<UInt8>, to output: inout [UInt8]) {
    batch.append(chunk, to: &output)
  }

  /// Ends the input: decides the last line when it has no newline.
  public mutating func finish(to output: inout [UInt8]) {
    batch.finish(to: &output)
  }
}
