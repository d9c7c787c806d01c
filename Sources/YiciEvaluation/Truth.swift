import YiciSemantics

/// The result of evaluating an expression: a value, unknown (a fact it needs was not
/// told), or an error (it cannot be evaluated). The three are never confused: an error is
/// not false, and unknown is not an error.
public enum EvaluationResult: Sendable, Equatable {
  case value(Value)
  case unknown
  case error(String)

  /// The three-valued truth of a yes/no result (errors stay errors).
  var truth: Truth {
    switch self {
    case .value(.bool(let value)): value ? .true : .false
    case .value: .error("not a yes/no value")
    case .unknown: .unknown
    case .error(let message): .error(message)
    }
  }
}

/// Three-valued truth, plus error.
public enum Truth: Sendable, Equatable {
  case `true`
  case `false`
  case unknown
  case error(String)

  /// `and`: false wins over everything, then error, then unknown.
  static func && (a: Truth, b: @autoclosure () -> Truth) -> Truth {
    if a == .false { return .false }
    let b = b()
    if b == .false { return .false }
    if case .error = a { return a }
    if case .error = b { return b }
    if a == .unknown || b == .unknown { return .unknown }
    return .true
  }

  /// `or`: true wins over everything, then error, then unknown.
  static func || (a: Truth, b: @autoclosure () -> Truth) -> Truth {
    if a == .true { return .true }
    let b = b()
    if b == .true { return .true }
    if case .error = a { return a }
    if case .error = b { return b }
    if a == .unknown || b == .unknown { return .unknown }
    return .false
  }

  /// Whether the truth is known: true or false.
  var isKnown: Bool { self == .true || self == .false }

  static prefix func ! (a: Truth) -> Truth {
    switch a {
    case .true: .false
    case .false: .true
    default: a
    }
  }

  var result: EvaluationResult {
    switch self {
    case .true: .value(.bool(true))
    case .false: .value(.bool(false))
    case .unknown: .unknown
    case .error(let message): .error(message)
    }
  }
}

/// Three-valued truth, plus error, without the error's words: what the evaluator's loops
/// pass around (a byte, copied for free). An error's words are read again from the tree
/// walk when they are needed.
enum Trit: UInt8 {
  case `false`, `true`, unknown, error
}

extension Truth {
  /// The truth without its error's words.
  var trit: Trit {
    switch self {
    case .true: .true
    case .false: .false
    case .unknown: .unknown
    case .error: .error
    }
  }
}
