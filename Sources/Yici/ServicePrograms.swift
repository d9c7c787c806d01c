import YiciEvaluation
import YiciSemantics

/// The evaluator's programs one `Decider` has made: one per service it has decided, made on
/// that service's first decision, so that loading a rule set derives none and a decider's
/// memory grows with the services it decides, not with those in the rule set. At most
/// `limit` are kept (past that the set starts afresh).
struct ServicePrograms {
  private var programs: [Int: ServiceProgram] = [:]
  /// The program of the last decision (a batch often decides one service many times).
  private var last: (index: Int, program: ServiceProgram)?
  /// How many programs are kept before the set starts afresh.
  static let limit = 16_384

  /// The program of the service at `index` of the rule set.
  mutating func program(_ index: Int, _ service: CompiledService) -> ServiceProgram {
    if let last, last.index == index { return last.program }
    let program: ServiceProgram
    if let known = programs[index] {
      program = known
    } else {
      if programs.count >= Self.limit { programs.removeAll() }
      program = ServiceProgram(service)
      programs[index] = program
    }
    last = (index, program)
    return program
  }
}
