import YiciEvaluation

/// Why an application could not be decided.
public enum DecisionError: Error, Sendable, CustomStringConvertible {
  /// The application is not valid interchange for these rules (bad input).
  case invalidApplication(InterchangeError)
  /// The outcome depends on something that cannot be evaluated.
  case cannotDecide(EvaluationError)

  /// A one-line description.
  public var description: String {
    switch self {
    case .invalidApplication(let error): "invalid application: \(error)"
    case .cannotDecide(let error): "cannot decide: \(error)"
    }
  }
}
