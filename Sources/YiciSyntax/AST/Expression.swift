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
    /// `committed(item)`: whether the applicant signed the 告知承诺 of a condition or a
    /// material.
    case committed(Identifier)
    /// `not e` or `-e`.
    case unary(UnaryOperator, Expression)
    /// `a op b`, a comparison (`==`, `!=`, `<`, `<=`, `>`, `>=`).
    case binary(BinaryOperator, Expression, Expression)
    /// `a op b op c …` of one operator family (`and`; `or`; `+` and `-`; `*`), read left to
    /// right. A chain is n-ary, so however many terms it has it is one level deep, and no
    /// walk over it takes a stack frame per term.
    case chain(Expression, [Operation])
    /// `e in (a, b, …)`, or `e not in (…)` when `negated`.
    case membership(Expression, [Expression], negated: Bool)
    /// `today`/`申请日`: the application's date (the date it is decided on).
    case today
    /// A period, `6 months`/`6 个月`, as written: what a date is shifted by (`birth + 1 month`).
    case period(String, PeriodUnit)
    /// `years(a, b)`/`整年数(a, b)`, `months(…)`/`整月数(…)`, `days(…)`/`天数(…)`: the whole
    /// periods from date `a` to date `b`.
    case between(PeriodUnit, Expression, Expression)
    /// `at least n of (a, b, …)`/`至少 n 项(a, b, …)`: whether n or more of the yes/no
    /// operands hold; `n` as written.
    case atLeast(String, [Expression])
    /// `provided(material)`/`已提交(material)`: whether the material is on the counter.
    case provided(Identifier)
    /// `valid id number(e)`/`身份证号码有效(e)`, `valid credit code(e)`/`统一社会信用代码有效(e)`:
    /// whether the text is a well-formed 公民身份号码 (GB 11643) or 统一社会信用代码 (GB 32100).
    case validIdentifier(IdentifierKind, Expression)
    /// `e contains a`/`e 包含 a` (one option, `anyOf` false) or `e includes any of (a, b, …)`/
    /// `e 包含任一 (a, b, …)` (`anyOf` true): whether a multi-select fact has the option, or
    /// any of the options, chosen. The options are names, read against the fact's options.
    case includes(Expression, [Expression], anyOf: Bool)
    /// `count(e)`/`已选数(e)`: how many options of a multi-select fact are chosen.
    case countChosen(Expression)
    /// `e matches "pattern"`/`e 匹配 "pattern"`: whether the whole text matches the pattern
    /// (the string's value, and where the string literal is written).
    case matches(Expression, pattern: String, patternRange: SourceRange)
    /// `length(e)`/`长度(e)`: how many characters a text has.
    case length(Expression)
  }
}

/// The national identifiers an expression can check a text against.
public enum IdentifierKind: String, Sendable, Hashable {
  case idNumber = "id number"
  case creditCode = "credit code"
}

/// The unit of a period in an expression.
public enum PeriodUnit: String, Sendable, Hashable {
  case years, months, days
}

/// One link of a chain: an operator and the operand after it.
public struct Operation: Sendable, Hashable {
  /// The operator before the operand.
  public var op: BinaryOperator
  /// The operand.
  public var operand: Expression

  /// Creates a link.
  public init(_ op: BinaryOperator, _ operand: Expression) {
    self.op = op
    self.operand = operand
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
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case plus = "+"
  case minus = "-"
  case times = "*"
  case divide = "/"

  /// Whether the operator compares two values to give a yes/no.
  public var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
    default: false
    }
  }
}

extension Expression {
  /// The expressions directly inside this one, in source order.
  public var children: [Expression] {
    switch kind {
    case .number, .string, .date, .boolean, .name, .known, .committed, .today, .period, .provided: []
    case .unary(_, let operand): [operand]
    case .binary(_, let left, let right): [left, right]
    case .chain(let first, let links): [first] + links.map(\.operand)
    case .membership(let element, let members, _): [element] + members
    case .between(_, let start, let end): [start, end]
    case .atLeast(_, let operands): operands
    case .validIdentifier(_, let text), .countChosen(let text), .matches(let text, _, _), .length(let text): [text]
    case .includes(let element, let options, _): [element] + options
    }
  }

  /// Every name the expression reads (bare names and `known(…)`), in source order, with
  /// repeats; found with a work list, not by recursion.
  public var names: [String] {
    var names: [String] = []
    var pending = [self]
    while let next = pending.popLast() {
      switch next.kind {
      case .name(let name): names.append(name)
      case .known(let name): names.append(name.name)
      default: pending.append(contentsOf: next.children.reversed())
      }
    }
    return names
  }
}
