/// What decides one application's JSON and appends its decision's JSON: the façade's
/// `Decider`, which the batch machinery here (`LineBatch`, `ParallelLineBatch`) drives
/// without knowing the rule set behind it.
package protocol LineDecider: SendableMetatype {
  /// Decides the application in `json` and appends its decision's JSON to `buffer`
  /// (nothing is appended when it throws).
  mutating func appendDecision(json: Span<UInt8>, to buffer: inout [UInt8]) throws(DecisionError)
}
