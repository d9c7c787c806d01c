import YiciEvaluation
import YiciExplanation
import YiciInterchange
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
    decision.revision = options.revision
    if options.explanation {
      decision.explanation = Explainer.bundleExplanation(
        of: decision, bundle: bundle, services: compiled.members(of: bundle), language: options.language)
    }
    return decision
  }
}

extension RuleSet {
  /// Decides an application to the bundle with id `bundle` (its `service` is ignored): the
  /// Swift twin of `"bundle": "ID"` in the interchange, with the same checks and errors.
  public func decide(_ application: Application, bundle id: String, options: DecisionOptions = DecisionOptions())
    throws(DecisionError) -> Decision
  {
    guard let index = compiled.bundleIndex(id) else {
      throw .invalidApplication(InterchangeError("no bundle '\(id)'", path: "bundle"))
    }
    let bound: BoundApplication
    do {
      bound = try application.bound(to: compiled.bundles[index].form, date: options.date)
    } catch {
      throw .invalidApplication(error)
    }
    let services = compiled.services
    return try decideBundle(bound, target: services.count + index, options: options) { ServiceProgram(services[$0]) }
  }
}
