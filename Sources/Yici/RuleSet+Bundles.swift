import YiciEvaluation
import YiciExplanation
import YiciSemantics

extension RuleSet {
  /// Decides an application bound to a bundle's form (`target` past the services): each
  /// selected member by its own program, then the one decision of the bundle
  /// (`BundleEvaluator`); `program` gives a member's program by its place in the services.
  func decideBundle(
    _ application: BoundApplication, target: Int, options: DecisionOptions, program: (Int) -> ServiceProgram
  ) throws(DecisionError) -> Decision {
    let bundle = compiled.bundles[target - compiled.services.count]
    var decision: Decision
    do {
      decision = try BundleEvaluator.decide(
        application, bundle: bundle, services: compiled.services, program: program,
        english: options.language == .en, trace: options.trace)
    } catch {
      throw .cannotDecide(error)
    }
    if options.explanation {
      decision.explanation = Explainer.bundleExplanation(
        of: decision, bundle: bundle, services: compiled.members(of: bundle), language: options.language)
    }
    return decision
  }
}
