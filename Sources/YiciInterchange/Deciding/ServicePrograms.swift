import YiciEvaluation
import YiciSemantics

/// The evaluator's programs one `Decider` has made: one per service it has decided, made on
/// that service's first decision.
///
/// Declared here, beside `PerServiceCache`, so that the cache is specialized for programs in
/// this module: called from the façade unspecialized, each decision would look the generic
/// type's metadata up at run time (about 1 % of a batch decision).
package typealias ServicePrograms = PerServiceCache<ServiceProgram>

extension PerServiceCache<ServiceProgram> {
  /// The program of the service at `index` of the rule set.
  package mutating func program(_ index: Int, _ service: CompiledService) -> ServiceProgram {
    value(index, service, make: ServiceProgram.init)
  }
}
