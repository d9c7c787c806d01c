import YiciSyntax

extension ServiceCompiler {
  /// `e matches "pattern"`: a text and a well-formed pattern (E0229 at the character that is
  /// wrong) that some text matches (E0231).
  mutating func typeCheckMatches(
    _ text: Expression, pattern: String, at range: SourceRange, in file: SourceFile
  ) -> Typed? {
    guard let typed = typeCheck(text, in: file) else { return nil }
    guard typed.type == .text else {
      report(
        .typeMismatch, "'matches' checks a text, but \(file.text(in: text.range)) is \(typed.type)", in: file,
        at: text.range, help: "name a text fact, e.g. licence_no matches \"[0-9A-Z]{15}\"")
      return nil
    }
    let compiled: TextPattern
    do {
      compiled = try TextPattern(pattern)
    } catch {
      report(
        .invalidPattern, "the pattern is malformed: \(error.message)", in: file,
        at: Self.range(ofPatternScalar: error.offset, inLiteral: range, of: file),
        help: "a pattern has characters, '.', [sets] such as [0-9A-Z], (groups) with |, and ? * + {n} {n,m} "
          + "after what they repeat; a backslash is written \\\\ in the rule's string")
      return nil
    }
    guard compiled.lengths != nil else {
      report(
        .patternCannotMatch, "the pattern \"\(pattern)\" matches no text", in: file, at: range,
        help: "a set with no character ([]) matches nothing: list the characters it allows")
      return nil
    }
    return Typed(expression: .matches(typed.expression, compiled), type: .bool)
  }

  /// `length(e)`: how many characters a text has, a number.
  mutating func typeCheckLength(_ text: Expression, in file: SourceFile) -> Typed? {
    guard let typed = typeCheck(text, in: file) else { return nil }
    guard typed.type == .text else {
      report(
        .typeMismatch, "length(…) counts the characters of a text, but \(file.text(in: text.range)) is \(typed.type)",
        in: file, at: text.range, help: "name a text fact, e.g. length(licence_no) == 15")
      return nil
    }
    return Typed(expression: .length(typed.expression), type: .number(unit: nil))
  }

  /// The source range of the pattern's scalar at `offset` (its end: the closing quote),
  /// inside the string literal at `literal`: the string's escapes (`\\`, `\"`) take two
  /// characters of the source for one of the pattern.
  static func range(ofPatternScalar offset: Int, inLiteral literal: SourceRange, of file: SourceFile) -> SourceRange {
    let source = Array(file.text(in: literal).unicodeScalars)
    var position = 1  // after the opening quote
    var scalar = 0
    while scalar < offset, position < source.count - 1 {
      position += source[position] == "\\" ? 2 : 1
      scalar += 1
    }
    let start = literal.start + min(position, max(source.count - 1, 0))
    let width = position < source.count - 1 && source[position] == "\\" ? 2 : 1
    return SourceRange(start: start, end: min(start + width, literal.end))
  }

  /// E0231 for a pattern no text can match that also has the length the same conditions
  /// require: `length(id) == 18` beside `id matches "[0-9]{17}"`, in one condition or in two
  /// conditions always in force (every application must meet both).
  mutating func checkPatternLengths(_ conditions: [ConditionSyntax], in file: SourceFile) {
    let always = conditions.filter { $0.period.from == nil && $0.period.until == nil }.flatMap {
      Self.conjuncts($0.expression)
    }
    var reported = Set<SourceRange>()
    for condition in conditions {
      let own = Self.conjuncts(condition.expression)
      let isAlways = condition.period.from == nil && condition.period.until == nil
      let terms = isAlways ? always : own + always
      for term in own {
        guard case .matches(let text, let pattern, let range) = term.kind, case .name(let fact) = text.kind,
          factSlots[fact] != nil, !reported.contains(range), let lengths = (try? TextPattern(pattern))?.lengths,
          let allowed = Self.allowedLengths(of: fact, in: terms)
        else { continue }
        guard !allowed.admitsSome(of: lengths) else { continue }
        reported.insert(range)
        let most = lengths.most.map { $0 == lengths.least ? "" : "–\($0)" } ?? " or more"
        report(
          .patternCannotMatch,
          "no text of the length required matches this pattern: '\(fact)' must have \(allowed.described) "
            + "characters, the pattern matches \(lengths.least)\(most)",
          in: file, at: range,
          help: "the length and the pattern cannot both hold, so the condition never does: make the pattern "
            + "match texts of that length, or correct the length")
      }
    }
  }

  /// The operands of a top-level `and` chain, or the expression itself.
  static func conjuncts(_ expression: Expression) -> [Expression] {
    guard case .chain(let first, let links) = expression.kind, links.allSatisfy({ $0.op == .and }) else {
      return [expression]
    }
    return [first] + links.map(\.operand)
  }

  /// What the terms require of `length(fact)`: nil when they require nothing.
  static func allowedLengths(of fact: String, in terms: [Expression]) -> AllowedLengths? {
    var allowed = AllowedLengths()
    var constrained = false
    func isLength(_ expression: Expression) -> Bool {
      if case .length(let inner) = expression.kind, case .name(fact) = inner.kind { return true }
      return false
    }
    func number(_ expression: Expression) -> Int? {
      if case .number(let text) = expression.kind { return Int(text) }
      return nil
    }
    for term in terms {
      switch term.kind {
      case .binary(let op, let left, let right):
        if isLength(left), let n = number(right) {
          constrained = allowed.require(op, n) || constrained
        } else if isLength(right), let n = number(left) {
          constrained = allowed.require(op.flipped, n) || constrained
        }
      case .membership(let element, let members, negated: false) where isLength(element):
        let values = members.compactMap(number)
        guard values.count == members.count else { continue }
        allowed.restrict(to: Set(values))
        constrained = true
      default: continue
      }
    }
    return constrained ? allowed : nil
  }
}

/// The lengths a text may have: a range, and maybe a set of the values listed.
struct AllowedLengths {
  var least = 0
  var most = Int.max
  var values: Set<Int>? = nil

  /// Narrows by `length op n`; whether it did (`!=` does not).
  mutating func require(_ op: BinaryOperator, _ n: Int) -> Bool {
    switch op {
    case .equal: restrict(to: [n])
    case .less: most = min(most, n - 1)
    case .lessEqual: most = min(most, n)
    case .greater: least = max(least, n + 1)
    case .greaterEqual: least = max(least, n)
    default: return false
    }
    return true
  }

  mutating func restrict(to set: Set<Int>) {
    values = values.map { $0.intersection(set) } ?? set
  }

  /// Whether some length allowed is one the pattern matches.
  func admitsSome(of lengths: (least: Int, most: Int?)) -> Bool {
    let low = max(least, lengths.least)
    let high = min(most, lengths.most ?? Int.max)
    guard low <= high else { return false }
    guard let values else { return true }
    return values.contains { $0 >= low && $0 <= high }
  }

  /// `18`, `15 or 18`, `at least 6`, `6 to 12`.
  var described: String {
    if let values {
      let inRange = values.filter { $0 >= least && $0 <= most }.sorted().map(String.init)
      return inRange.isEmpty ? "no number of" : inRange.joined(separator: " or ")
    }
    if most == Int.max { return "at least \(least)" }
    return least == most ? "\(least)" : "\(least) to \(most)"
  }
}

extension BinaryOperator {
  /// The operator with its sides swapped (`3 < x` is `x > 3`).
  var flipped: BinaryOperator {
    switch self {
    case .less: .greater
    case .lessEqual: .greaterEqual
    case .greater: .less
    case .greaterEqual: .lessEqual
    default: self
    }
  }
}
