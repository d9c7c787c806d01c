import YiciCalendar

extension TargetCheck {
  /// Every target checked on the figures of the items in force on one date, in the order of
  /// `ReformTarget.allCases`.
  package static func all(_ services: [ServiceFigures]) -> [TargetCheck] {
    ReformTarget.allCases.map { check($0, services) }
  }

  /// One target checked on the items' figures.
  package static func check(_ target: ReformTarget, _ services: [ServiceFigures]) -> TargetCheck {
    switch target {
    case .oneVisitShare: oneVisitShare(services)
    case .promisedShortened:
      limitTarget(target, services.filter { $0.limits.statutory != nil }, most: (4, 5), none: .noStatutoryLimits)
    case .complexHalved:
      limitTarget(target, services.filter { !$0.limits.specialProcedures.isEmpty }, most: (1, 2), none: .noComplexItems)
    case .simpleImmediate: simpleImmediate(services)
    case .atMostFourSteps: atMostFourSteps(services)
    }
  }

  /// Every item has at most 4 steps (seed 004). Items whose guide declares no steps are
  /// listed; the target is open while one of them could fail it, and not met as soon as one
  /// declared item has more.
  private static func atMostFourSteps(_ services: [ServiceFigures]) -> TargetCheck {
    let failing = services.compactMap { service -> TargetFailure? in
      guard let steps = service.steps else { return failure(service, .stepsNotDeclared) }
      return steps > 4 ? failure(service, .steps(steps)) : nil
    }
    let declared = services.filter { $0.steps != nil }.count
    let passing = services.filter { ($0.steps ?? 5) <= 4 }.count
    let tooMany = failing.contains { if case .steps = $0.reason { true } else { false } }
    let met: Bool? = tooMany ? false : (declared == services.count && declared > 0 ? true : nil)
    return TargetCheck(
      target: .atMostFourSteps, met: met, applicable: services.count, passing: passing, failing: failing,
      uncomputable: met == nil ? .stepsNotDeclared : nil)
  }

  /// At least half of the items need at most one visit. Items without declared visits are
  /// listed; the target is open when counting them either way changes whether it is met.
  private static func oneVisitShare(_ services: [ServiceFigures]) -> TargetCheck {
    let passing = services.filter { $0.atMostOneVisit == true }.count
    let open = services.filter { $0.atMostOneVisit == nil }.count
    let failing = services.compactMap { service -> TargetFailure? in
      guard let visits = service.visits else { return failure(service, .visitsNotDeclared) }
      return visits > 1 ? failure(service, .visits(visits)) : nil
    }
    guard let low = Share(passing, of: services.count), let high = Share(passing + open, of: services.count) else {
      return TargetCheck(
        target: .oneVisitShare, met: nil, applicable: 0, passing: 0, failing: [], uncomputable: .noItems)
    }
    let met: Bool? = low.isAtLeast(1, 2) ? true : high.isAtLeast(1, 2) ? nil : false
    return TargetCheck(
      target: .oneVisitShare, met: met, applicable: services.count, passing: passing, failing: failing,
      uncomputable: met == nil ? .visitsNotDeclared : nil)
  }

  /// Every applicable item promises at most `most` of its statutory limit (an item handled
  /// on the spot always does).
  private static func limitTarget(
    _ target: ReformTarget, _ applicable: [ServiceFigures], most: (Int, Int), none: Uncomputable
  ) -> TargetCheck {
    guard !applicable.isEmpty else {
      return TargetCheck(target: target, met: nil, applicable: 0, passing: 0, failing: [], uncomputable: none)
    }
    let failing = applicable.compactMap { service -> TargetFailure? in
      let limits = service.limits
      guard limits.handling != .immediate else { return nil }
      guard let statutory = limits.statutory else { return failure(service, .noStatutoryLimit) }
      guard let promised = limits.promised else { return failure(service, .noPromisedLimit(statutory: statutory)) }
      guard let share = limits.promisedShare, share.isAtMost(most.0, most.1) else {
        return failure(service, .promiseTooLong(promised: promised, statutory: statutory))
      }
      return nil
    }
    return verdict(target, applicable: applicable.count, failing: failing)
  }

  /// Every item with time limits and no special procedures is 即办件 (or 即办 when its
  /// `immediate when` holds).
  private static func simpleImmediate(_ services: [ServiceFigures]) -> TargetCheck {
    let simple = services.filter { $0.limits.declared && $0.limits.specialProcedures.isEmpty }
    guard !simple.isEmpty else {
      return TargetCheck(
        target: .simpleImmediate, met: nil, applicable: 0, passing: 0, failing: [], uncomputable: .noSimpleItems)
    }
    let failing = simple.filter { $0.limits.handling == .promised }.map { failure($0, .notImmediate) }
    return verdict(.simpleImmediate, applicable: simple.count, failing: failing)
  }

  /// Met when nothing fails, not met when something does, open when only undetermined
  /// items stand in the way.
  private static func verdict(_ target: ReformTarget, applicable: Int, failing: [TargetFailure]) -> TargetCheck {
    let failed = failing.contains { !$0.reason.isUndetermined }
    let met: Bool? = failed ? false : failing.isEmpty ? true : nil
    return TargetCheck(
      target: target, met: met, applicable: applicable, passing: applicable - failing.count, failing: failing)
  }

  private static func failure(_ service: ServiceFigures, _ reason: TargetFailure.Reason) -> TargetFailure {
    TargetFailure(service: service.id, name: service.name, reason: reason)
  }
}
