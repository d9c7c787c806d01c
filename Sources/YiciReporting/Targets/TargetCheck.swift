import YiciCalendar
import YiciSemantics

/// A reform target checked on one date: whether the rules meet it, and the items that do
/// not.
public struct TargetCheck: Sendable {
  /// The target.
  public var target: ReformTarget
  /// Met (true), not met (false), or nil when the rules cannot say: a figure the target
  /// needs is not declared (`uncomputable` says which).
  public var met: Bool?
  /// How many items the target applies to.
  public var applicable: Int
  /// Of those, how many meet it (for the share target: the share's part).
  public var passing: Int
  /// The items that do not meet it, or whose figures cannot tell, in rule order.
  public var failing: [TargetFailure]
  /// Why the target as a whole cannot be computed from the rules, when it cannot.
  public var uncomputable: Uncomputable?

  /// Creates a check.
  public init(
    target: ReformTarget, met: Bool?, applicable: Int, passing: Int, failing: [TargetFailure],
    uncomputable: Uncomputable? = nil
  ) {
    self.target = target
    self.met = met
    self.applicable = applicable
    self.passing = passing
    self.failing = failing
    self.uncomputable = uncomputable
  }

  /// Why a whole target cannot be computed.
  public enum Uncomputable: String, Sendable, Hashable {
    /// No item in force declares its steps (办理环节), or items that declare none could
    /// tip the target.
    case stepsNotDeclared = "steps_not_declared"
    /// No item in force declares special procedures (不计入时限), so none is known complex.
    case noComplexItems = "no_complex_items"
    /// No item in force declares time limits without special procedures.
    case noSimpleItems = "no_simple_items"
    /// No item in force declares a statutory limit.
    case noStatutoryLimits = "no_statutory_limits"
    /// No item is in force.
    case noItems = "no_items"
    /// Items that declare no visits could tip the share either way.
    case visitsNotDeclared = "visits_not_declared"
  }
}

/// An item that fails a target, or whose figures cannot tell.
public struct TargetFailure: Sendable {
  /// The service's id.
  public var service: String
  /// Its name.
  public var name: LocalizedText
  /// Why.
  public var reason: Reason

  /// Creates a failure.
  public init(service: String, name: LocalizedText, reason: Reason) {
    self.service = service
    self.name = name
    self.reason = reason
  }

  /// Why an item fails a target.
  public enum Reason: Sendable, Hashable {
    /// More than one visit.
    case visits(Int)
    /// The header declares no visits (undetermined).
    case visitsNotDeclared
    /// A statutory limit and no promised one.
    case noPromisedLimit(statutory: DayCount)
    /// The promise is too long: its share of the statutory limit is above the target's.
    case promiseTooLong(promised: DayCount, statutory: DayCount)
    /// Special procedures but no statutory limit to halve (undetermined).
    case noStatutoryLimit
    /// A simple item handled as 承诺件.
    case notImmediate
    /// More steps (办理环节) than the target allows.
    case steps(Int)
    /// The item's guide declares no steps (undetermined).
    case stepsNotDeclared

    /// Whether the reason leaves the item's result open rather than failed.
    public var isUndetermined: Bool {
      switch self {
      case .visitsNotDeclared, .noStatutoryLimit: true
      default: false
      }
    }

    /// The reason's name in JSON.
    public var code: String {
      switch self {
      case .visits: "visits"
      case .visitsNotDeclared: "visits_not_declared"
      case .noPromisedLimit: "no_promised_limit"
      case .promiseTooLong: "promise_too_long"
      case .noStatutoryLimit: "no_statutory_limit"
      case .notImmediate: "not_immediate"
      case .steps: "steps"
      case .stepsNotDeclared: "steps_not_declared"
      }
    }
  }
}
