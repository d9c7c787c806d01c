/// An expression in a condition, a `when` clause, a waiver qualifier or a derived fact.
public struct Expression: Sendable, Hashable {
  /// What the expression is.
  public var kind: Kind
  /// Where it was written.
  public var range: SourceRange

  /// Creates an expression.
  public init(_ kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// The forms an expression takes.
  public indirect enum Kind: Sendable, Hashable {
    /// An exact decimal literal, as written (`10`, `10.5`).
    case number(String)
    /// A string literal.
    case string(String)
    /// A date literal (`2025-10-01`).
    case date(String)
    /// `true`/`是` or `false`/`否`.
    case boolean(Bool)
    /// A name: a fact, or an option of the fact it is compared with.
    case name(String)
    /// `known(fact)`: whether the applicant has told it.
    case known(Identifier)
    /// `not e` or `-e`.
    case unary(UnaryOperator, Expression)
    /// `a op b`.
    case binary(BinaryOperator, Expression, Expression)
    /// `e in (a, b, …)`, or `e not in (…)` when `negated`.
    case membership(Expression, [Expression], negated: Bool)
  }
}

/// Prefix operators.
public enum UnaryOperator: String, Sendable, Hashable {
  case not
  case negate = "-"
}

/// Infix operators, loosest first.
public enum BinaryOperator: String, Sendable, Hashable {
  case or, and
  case equal = "==", notEqual = "!="
  case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case plus = "+", minus = "-", times = "*"

  /// Whether the operator compares two values to give a yes/no.
  public var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
    default: false
    }
  }

  /// Whether the operator is arithmetic.
  public var isArithmetic: Bool { self == .plus || self == .minus || self == .times }
}
