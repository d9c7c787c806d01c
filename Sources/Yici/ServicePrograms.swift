import YiciEvaluation
import YiciInterchange
import YiciSemantics

/// The evaluator's programs one `Decider` has made: one per service it has decided, made on
/// that service's first decision.
typealias ServicePrograms = PerServiceCache<ServiceProgram>

extension PerServiceCache<ServiceProgram> {
  /// The program of the service at `index` of the rule set.
  mutating func program(_ index: Int, _ service: CompiledService) -> ServiceProgram {
    value(index, service, make: ServiceProgram.init)
  }
}
