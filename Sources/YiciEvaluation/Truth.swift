import YiciSemantics

/// The result of evaluating an expression: a value, unknown (a fact it needs was not
/// told), or an error (it cannot be evaluated). The three are never confused: an error is
/// not false, and unknown is not an error.
package enum EvaluationResult: Sendable, Equatable {
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
package enum Truth: Sendable, Equatable {
  case `true`
  case `false`
  case unknown
  case error(String)

  /// `and`: `Trit.and`, with the first error's words; `b` is not evaluated when `a` is
  /// false.
  static func && (a: Truth, b: @autoclosure () -> Truth) -> Truth {
    if a == .false { return .false }
    let b = b()
    return Truth(Trit.and(a.trit, b.trit), errorOf: a, b)
  }

  /// `or`: `Trit.or`, with the first error's words; `b` is not evaluated when `a` is true.
  static func || (a: Truth, b: @autoclosure () -> Truth) -> Truth {
    if a == .true { return .true }
    let b = b()
    return Truth(Trit.or(a.trit, b.trit), errorOf: a, b)
  }

  /// A trit with its words: for an error, those of the first of `a`, `b` that is one.
  private init(_ trit: Trit, errorOf a: Truth, _ b: Truth) {
    switch trit {
    case .true: self = .true
    case .false: self = .false
    case .unknown: self = .unknown
    case .error:
      if case .error = a { self = a } else { self = b }
    }
  }

  /// Whether the truth is known: true or false.
  var isKnown: Bool { self == .true || self == .false }

  /// `not`: `Trit.negated`, keeping an error's words.
  static prefix func ! (a: Truth) -> Truth {
    switch a.trit.negated {
    case .true: .true
    case .false: .false
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
/// pass around (a byte, copied for free; its raw value is the flat tests' two-bit code). An
/// error's words are read again from the tree walk when they are needed.
///
/// This is the one definition of Yici's connectives: the tree walk (`Truth`'s `&&`, `||`,
/// `!`) and the flat tests both compute through `and`, `or` and `negated`.
enum Trit: UInt8 {
  case `false`, `true`, unknown, error

  /// `and`: false wins over everything, then error, then unknown, then true. (With the raw
  /// values ordered true < unknown < error, that is: false if either is, else the larger.)
  @inline(__always)
  static func and(_ a: Trit, _ b: Trit) -> Trit {
    a == .false || b == .false ? .false : (a.rawValue > b.rawValue ? a : b)
  }

  /// `or`: true wins over everything, then error, then unknown, then false. (With the raw
  /// values ordered false < unknown < error: true if either is, else the larger.)
  @inline(__always)
  static func or(_ a: Trit, _ b: Trit) -> Trit {
    a == .true || b == .true ? .true : (a.rawValue > b.rawValue ? a : b)
  }

  /// `not`: true and false swap; unknown and error stay.
  @inline(__always)
  var negated: Trit {
    switch self {
    case .true: .false
    case .false: .true
    default: self
    }
  }

  /// A known truth.
  @inline(__always)
  init(_ value: Bool) { self = value ? .true : .false }

  /// The trit in the low two bits of a flat test's stack.
  @inline(__always)
  init(bits: UInt64) {
    switch bits & 3 {
    case 0: self = .false
    case 1: self = .true
    case 2: self = .unknown
    default: self = .error
    }
  }
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
