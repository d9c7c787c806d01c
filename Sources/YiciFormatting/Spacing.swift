import YiciSyntax

/// Whether one space goes between two tokens on a line.
enum Spacing {
  /// Keywords written against their `(`: `options(…)`, `number(m2)`, `any(…)`, `known(x)`,
  /// `months(a, b)`, `provided(m)`, `choices(…)`, `count(x)`, `length(x)`.
  private static let calls: Set<Keyword> = [
    .number, .options, .any, .known, .committed, .yearsBetween, .monthsBetween, .daysBetween, .provided,
    .validIDNumber, .validCreditCode, .choices, .countChosen, .length,
  ]

  /// Whether a space goes between token `left` and token `right`.
  static func spaced(_ left: Int, _ right: Int, tokens: [Token], keywords: KeywordTokens) -> Bool {
    switch tokens[right].kind {
    case .comma, .semicolon, .colon, .rightParen, .percent: return false
    case .leftParen: if let keyword = keywords.keyword(at: left), calls.contains(keyword) { return false }
    default: break
    }
    if tokens[left].kind == .leftParen { return false }
    if tokens[left].kind == .minus, isUnary(left, tokens: tokens, keywords: keywords) { return false }
    return true
  }

  /// Whether the `-` at `index` is a sign, not a subtraction: it follows no value.
  private static func isUnary(_ index: Int, tokens: [Token], keywords: KeywordTokens) -> Bool {
    guard index > 0 else { return true }
    let before = tokens[index - 1]
    switch before.kind {
    case .number, .string, .date, .rightParen: return false
    case .identifier:
      guard let keyword = keywords.keyword(at: index - 1) else { return false }
      return keyword != .true && keyword != .false
    default: return true
    }
  }
}
