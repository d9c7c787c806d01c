import YiciCalendar
import YiciSyntax

/// An expression that type-checked, with its type.
struct Typed {
  var expression: CompiledExpression
  var type: ValueType
}

extension ServiceCompiler {
  /// Checks an expression that must be yes/no.
  mutating func typeCheckBool(_ expression: Expression, in file: SourceFile, what: String) -> CompiledExpression? {
    guard let typed = typeCheck(expression, in: file) else { return nil }
    guard typed.type == .bool else {
      report(
        .typeMismatch, "\(what) must be yes/no, but this is \(typed.type)", in: file, at: expression.range,
        help: "compare it, e.g. `x >= 10` or `x == option`")
      return nil
    }
    return typed.expression
  }

  /// Types an expression and resolves its names to slots; nil after reporting an error.
  /// `context` is the type of the value it is compared with, so a bare name can be
  /// read as one of that fact's options.
  mutating func typeCheck(_ expression: Expression, in file: SourceFile, context: ValueType? = nil) -> Typed? {
    switch expression.kind {
    case .number(let text):
      guard let number = ExactDecimal(text) else {
        report(.invalidNumber, "'\(text)' has more digits than Yici keeps exactly (18)", in: file, at: expression.range)
        return nil
      }
      return Typed(expression: .constant(.number(number)), type: .number(unit: nil))
    case .string(let text):
      if case .options(let set) = context, let index = set.index(of: text) {
        report(
          .typeMismatch, "options are written without quotes", in: file, at: expression.range,
          help: "write \(set.options[index].id)")
        return nil
      }
      return Typed(expression: .constant(.text(text)), type: .text)
    case .date(let text):
      guard let date = CivilDate(iso: text) else { return nil }  // the lexer reported it
      return Typed(expression: .constant(.date(date)), type: .date)
    case .boolean(let value):
      return Typed(expression: .constant(.bool(value)), type: .bool)
    case .name(let name):
      return resolveName(name, at: expression.range, in: file, context: context)
    case .known(let name):
      guard let slot = factSlots[name.name] else {
        reportUnknownName(name.name, at: name.range, in: file)
        return nil
      }
      return Typed(expression: .known(slot), type: .bool)
    case .committed(let name):
      return resolveCommitment(name, in: file)
    case .unary(.not, let operand):
      guard let inner = typeCheckBool(operand, in: file, what: "the operand of 'not'") else { return nil }
      return Typed(expression: .not(inner), type: .bool)
    case .unary(.negate, let operand):
      guard let inner = typeCheck(operand, in: file) else { return nil }
      guard case .number = inner.type else {
        report(.typeMismatch, "'-' needs a number, but this is \(inner.type)", in: file, at: operand.range)
        return nil
      }
      return Typed(expression: .negate(inner.expression), type: inner.type)
    case .binary(let op, let left, let right):
      return typeCheckComparison(op, left, right, range: expression.range, in: file)
    case .chain(let first, let links):
      return typeCheckChain(first, links, in: file)
    case .membership(let element, let members, let negated):
      return typeCheckMembership(element, members, negated: negated, in: file)
    case .today:
      return Typed(expression: .today, type: .date)
    case .period:
      let period = file.text(in: expression.range)
      report(
        .dateArithmetic, "a period (\(period)) is added to or subtracted from a date", in: file,
        at: expression.range, help: "write e.g. issued + \(period) >= today")
      return nil
    case .between(let unit, let start, let end):
      return typeCheckBetween(unit, start, end, range: expression.range, in: file)
    case .atLeast(let count, let operands):
      return typeCheckAtLeast(count, operands, range: expression.range, in: file)
    case .provided(let name):
      return resolveProvided(name, in: file)
    case .validIdentifier(let kind, let text):
      return typeCheckIdentifier(kind, text, in: file)
    case .includes(let element, let options, let anyOf):
      return typeCheckIncludes(element, options, anyOf: anyOf, range: expression.range, in: file)
    case .countChosen(let fact):
      return typeCheckCountChosen(fact, in: file)
    case .matches(let text, let pattern, let range):
      return typeCheckMatches(text, pattern: pattern, at: range, in: file)
    case .length(let text):
      return typeCheckLength(text, in: file)
    }
  }

  private mutating func resolveName(_ name: String, at range: SourceRange, in file: SourceFile, context: ValueType?)
    -> Typed?
  {
    if let slot = factSlots[name] {
      if !factSyntax[slot].syntax.isDerived {
        return Typed(expression: .fact(slot), type: facts[slot].type)
      }
      guard let type = derivedType(slot) else { return nil }
      return Typed(expression: .fact(slot), type: type)
    }
    if case .options(let set) = context, let index = set.index(of: name) {
      return Typed(expression: .constant(.option(index)), type: .options(set))
    }
    if let condition = conditionExpressions[name] { return Typed(expression: condition, type: .bool) }
    if case .options(let set) = context {
      report(
        .unknownOption, "'\(name)' is not an option of '\(set.owner)'", in: file, at: range,
        label: Suggestions.label(for: name, in: set.options.map(\.id) + set.options.compactMap(\.label?.text)),
        help: "the options are \(set.options.map(\.id).joined(separator: ", "))")
      return nil
    }
    reportUnknownName(name, at: range, in: file)
    return nil
  }

  mutating func reportUnknownName(_ name: String, at range: SourceRange, in file: SourceFile) {
    guard reportsMore else { return }
    // With a vocabulary missing, an unknown name is most likely one of its facts: one error
    // (the E0206) says so, not one per name.
    if unresolvedUses != nil {
      namesNotChecked += 1
      return
    }
    if sortedFactIDs == nil { sortedFactIDs = factSlots.keys.sorted() }
    report(
      .unknownName, "no fact named '\(name)'", in: file, at: range,
      label: Suggestions.label(for: name, in: sortedFactIDs ?? []), help: unknownNameHelp(name))
  }

  /// What an unknown name in an expression most likely is, and how to write what was meant.
  private func unknownNameHelp(_ name: String) -> String? {
    // A name longer than any real one is no typo of anything: no search (it may be huge).
    guard Suggestions.mayBeTypo(name) else { return nil }
    if name.allSatisfy({ "零〇一二两三四五六七八九十百千万亿点".contains($0) }) {
      return "write numbers with digits, e.g. 10 or 10.5"
    }
    if let split = Self.gluedKeyword(in: name, isName: { factSlots[$0] != nil }) { return split }
    if let fact = facts.first(where: { $0.label?.text == name || $0.label?.english == name }) {
      return "'\(name)' is the label of fact '\(fact.id)'; expressions name facts by id: write \(fact.id)"
    }
    let versions = service.conditions.filter { $0.id.name == name }.count
    if versions > 1 {
      return "'\(name)' is a condition declared for \(versions) policy periods, which an expression cannot name: "
        + "make what it checks a derived fact (let \(name)_holds = …) and name that"
    }
    if versions == 1 {
      return "'\(name)' is a condition, but not one this expression can read: a later condition, a material's "
        + "`when` or an `only if` reads a condition with no errors (a `let` reads facts only); or make what it "
        + "checks a derived fact (let \(name)_holds = …) and name that"
    }
    if service.materials.contains(where: { $0.id.name == name }) {
      return "'\(name)' is a material; whether it is on the counter is provided(\(name))"
    }
    // The service's own facts come after its vocabularies': prefer them.
    if let owner = facts.last(where: { fact in
      if case .options(let set) = fact.type { return set.index(of: name) != nil }
      return false
    }) {
      return "'\(name)' is an option of '\(owner.id)': compare that fact with it, e.g. \(owner.id) == \(name)"
    }
    if let vocabulary = vocabularies.values.sorted(by: { $0.syntax.id.name < $1.syntax.id.name }).first(where: {
      entry in
      !used.contains { $0.syntax.id.name == entry.syntax.id.name }
        && entry.syntax.facts.contains { $0.id.name == name }
    }) {
      return "'\(name)' is a fact of vocabulary '\(vocabulary.syntax.id.name)', which this service does not use: "
        + "add `uses \(vocabulary.syntax.id.name)`"
    }
    return nil
  }

  /// "put a space after '当': '当 面积'" when a Chinese keyword was written inside a name
  /// (Chinese has no spaces between words, so `当面积`, `面积属于`, `甲且乙` read as one name):
  /// the keyword splits the name into pieces of which at least one is a known name.
  static func gluedKeyword(in name: String, isName: (String) -> Bool) -> String? {
    let characters = Array(name)
    for keyword in Keyword.chinesePrefixes {
      let word = Array(keyword)
      guard characters.count > word.count,
        let start = (0...(characters.count - word.count)).first(where: {
          characters[$0..<($0 + word.count)].elementsEqual(word)
        })
      else { continue }
      let before = String(characters[..<start])
      let after = String(characters[(start + word.count)...])
      guard isName(before) || isName(after) else { continue }
      switch (before.isEmpty, after.isEmpty) {
      case (true, false): return "put a space after '\(keyword)': '\(keyword) \(after)'"
      case (false, true): return "put a space before '\(keyword)': '\(before) \(keyword)'"
      case (false, false): return "put spaces around '\(keyword)': '\(before) \(keyword) \(after)'"
      case (true, true): continue
      }
    }
    return nil
  }

  /// Types a chain of one operator family, operand by operand (never recursing per term).
  private mutating func typeCheckChain(_ first: Expression, _ links: [Operation], in file: SourceFile) -> Typed? {
    let op = links[0].op
    if op == .and || op == .or {
      var operands: [CompiledExpression] = []
      var failed = false
      for operand in [first] + links.map(\.operand) {
        if let typed = typeCheckBool(operand, in: file, what: "each side of '\(op.rawValue)'") {
          operands.append(typed)
        } else {
          failed = true
        }
      }
      if failed { return nil }
      return Typed(expression: op == .and ? .and(operands) : .or(operands), type: .bool)
    }
    let head = typeCheck(first, in: file)
    if head?.type == .date || links.contains(where: { if case .period = $0.operand.kind { true } else { false } }) {
      return typeCheckDateShift(head, first, links, in: file)
    }
    var type = head?.type
    var start = head?.expression
    var terms: [ArithmeticTerm] = []
    for link in links {
      let operand = typeCheck(link.operand, in: file, context: type)
      guard let left = type, let operand else {
        type = nil
        continue
      }
      let found = arithmeticType(link.op, left, operand.type, range: first.range.union(link.operand.range), in: file)
      type = found?.type
      // Units of one dimension convert: the coarser side is multiplied into the finer unit.
      if let scale = found?.scaleLeft, let so = start {
        start = Self.scaled(terms.isEmpty ? so : .arithmetic(so, terms), by: scale)
        terms = []
      }
      let arithmetic: ArithmeticOperator =
        switch link.op {
        case .plus: .plus
        case .minus: .minus
        case .divide: .divide
        default: .times
        }
      terms.append(
        ArithmeticTerm(
          arithmetic, found?.scaleRight.map { Self.scaled(operand.expression, by: $0) } ?? operand.expression))
    }
    guard let start, let type else { return nil }
    return Typed(expression: .arithmetic(start, terms), type: type)
  }

  /// `expression × factor`: a quantity in a coarser unit brought into a finer one.
  static func scaled(_ expression: CompiledExpression, by factor: ExactDecimal) -> CompiledExpression {
    .arithmetic(expression, [ArithmeticTerm(.times, .constant(.number(factor)))])
  }

  /// The type of `a op b` for an arithmetic operator, with the factor that brings either
  /// side into the other's unit when they are units of one dimension; nil after reporting a
  /// mismatch. `a + b` and `a - b` are in the finer unit; `a / b` of one dimension is a ratio
  /// (no unit: 容积率), of two a quotient unit (`m2/人`: 人均面积).
  private mutating func arithmeticType(
    _ op: BinaryOperator, _ a: ValueType, _ b: ValueType, range: SourceRange, in file: SourceFile
  ) -> (type: ValueType, scaleLeft: ExactDecimal?, scaleRight: ExactDecimal?)? {
    guard case .number(let unitA) = a, case .number(let unitB) = b else {
      report(.typeMismatch, "'\(op.rawValue)' needs numbers, but these are \(a) and \(b)", in: file, at: range)
      return nil
    }
    guard let unitA, let unitB else {
      if op == .divide { return (.number(unit: unitA), nil, nil) }
      return (.number(unit: unitA ?? unitB), nil, nil)
    }
    let (left, right) = (QuantityUnit(unitA), QuantityUnit(unitB))
    switch op {
    case .times:
      return (.number(unit: nil), nil, nil)
    case .divide:
      guard left.dimension == right.dimension else { return (.number(unit: "\(unitA)/\(unitB)"), nil, nil) }
      if let ratio = left.ratio(to: right), ratio != ExactDecimal(1) { return (.number(unit: nil), ratio, nil) }
      return (.number(unit: nil), nil, right.ratio(to: left).flatMap { $0 == ExactDecimal(1) ? nil : $0 })
    default:
      guard left.dimension == right.dimension, let ratio = left.ratio(to: right) else {
        report(
          .typeMismatch,
          "cannot add or subtract \(unitA) and \(unitB): \(left.dimensionName) and \(right.dimensionName) are different "
            + "quantities",
          in: file, at: range,
          help: "only quantities of one dimension add up (元 and 万元, m2 and 公顷): check the units of the facts")
        return nil
      }
      if ratio == ExactDecimal(1) { return (.number(unit: unitA), nil, nil) }
      // Into the finer unit: the side whose unit is larger is scaled.
      return ratio > ExactDecimal(1)
        ? (.number(unit: unitB), ratio, nil) : (.number(unit: unitA), nil, right.ratio(to: left))
    }
  }

  private mutating func typeCheckComparison(
    _ op: BinaryOperator, _ left: Expression, _ right: Expression, range: SourceRange, in file: SourceFile
  ) -> Typed? {
    // A bare name that is no fact may be an option of the other side: type that side first.
    let leftIsBareOption: Bool
    if case .name(let name) = left.kind, factSlots[name] == nil {
      leftIsBareOption = true
    } else {
      leftIsBareOption = false
    }
    let a: Typed?
    let b: Typed?
    // A multi-select fact is reported before the other side is typed: its options are no
    // values to compare with.
    if leftIsBareOption {
      b = typeCheck(right, in: file)
      if case .choices(let set) = b?.type {
        reportChoicesCompared(right, set, op: op.rawValue, in: file, at: range)
        return nil
      }
      a = typeCheck(left, in: file, context: b?.type)
    } else {
      a = typeCheck(left, in: file)
      if case .choices(let set) = a?.type {
        reportChoicesCompared(left, set, op: op.rawValue, in: file, at: range)
        return nil
      }
      b = typeCheck(right, in: file, context: a?.type)
    }
    guard let a, let b else { return nil }
    if case .choices(let set) = b.type {
      reportChoicesCompared(right, set, op: op.rawValue, in: file, at: range)
      return nil
    }
    guard a.type.isComparable(with: b.type) else {
      report(
        .typeMismatch, "cannot compare \(a.type) with \(b.type)", in: file, at: range,
        help: Self.unitMismatchHelp(a.type, b.type, left: left, right: right, in: file))
      return nil
    }
    let comparison = ComparisonOperator(rawValue: op.rawValue)!
    if case .number(let unitA?) = a.type, case .number(let unitB?) = b.type,
      let ratio = QuantityUnit(unitA).ratio(to: QuantityUnit(unitB)), ratio != ExactDecimal(1)
    {
      // 万元 against 元: the side in the larger unit is brought into the smaller, exactly.
      let (left, right) =
        ratio > ExactDecimal(1)
        ? (Self.scaled(a.expression, by: ratio), b.expression)
        : (a.expression, Self.scaled(b.expression, by: QuantityUnit(unitB).ratio(to: QuantityUnit(unitA)) ?? ratio))
      return Typed(expression: .compare(comparison, left, right), type: .bool)
    }
    if comparison != .equal && comparison != .notEqual {
      switch a.type {
      case .number, .date: break
      default:
        report(
          .typeMismatch, "'\(op.rawValue)' orders numbers and dates, not \(a.type)", in: file, at: range,
          help: "use '==' or '!='")
        return nil
      }
    }
    return Typed(expression: .compare(comparison, a.expression, b.expression), type: .bool)
  }

  private mutating func typeCheckMembership(
    _ element: Expression, _ members: [Expression], negated: Bool, in file: SourceFile
  ) -> Typed? {
    guard let typed = typeCheck(element, in: file) else { return nil }
    if case .choices(let set) = typed.type {
      reportChoicesCompared(element, set, op: negated ? "not in" : "in", in: file, at: element.range)
      return nil
    }
    var values = Set<Value>()
    var failed = false
    for member in members {
      guard let value = typeCheck(member, in: file, context: typed.type) else {
        failed = true
        continue
      }
      guard case .constant(let constant) = value.expression else {
        report(.typeMismatch, "the list after 'in' holds fixed values, not expressions", in: file, at: member.range)
        failed = true
        continue
      }
      guard typed.type.isComparable(with: value.type) else {
        report(.typeMismatch, "cannot compare \(typed.type) with \(value.type)", in: file, at: member.range)
        failed = true
        continue
      }
      values.insert(constant)
    }
    if failed { return nil }
    return Typed(expression: .member(typed.expression, values, negated: negated), type: .bool)
  }
}

extension ServiceCompiler {
  /// For two numbers in different units: which side is in which unit, and how to compare
  /// them.
  static func unitMismatchHelp(
    _ a: ValueType, _ b: ValueType, left: Expression, right: Expression, in file: SourceFile
  ) -> String? {
    guard case .number(let unitA?) = a, case .number(let unitB?) = b else { return nil }
    let (quantityA, quantityB) = (QuantityUnit(unitA), QuantityUnit(unitB))
    return "\(file.text(in: left.range)) is in \(unitA) (\(quantityA.dimensionName)) and \(file.text(in: right.range)) "
      + "in \(unitB) (\(quantityB.dimensionName)): quantities of different dimensions cannot be compared; units "
      + "of one dimension convert by themselves (元 and 万元, m2 and 平方米)"
  }
}

extension ServiceCompiler {
  /// Notes on the E0206 of a missing vocabulary how many names were not checked for it.
  mutating func noteNamesNotChecked() {
    guard let index = unresolvedUses, namesNotChecked > 0, index < diagnostics.count else { return }
    diagnostics[index].notes.append(
      Diagnostic.Note(
        "\(namesNotChecked) name\(namesNotChecked == 1 ? "" : "s") in this service \(namesNotChecked == 1 ? "is" : "are") "
          + "not checked until the vocabulary is found"))
  }
}

extension ServiceCompiler {
  /// `committed(id)`: a condition or material of the service that allows a 告知承诺.
  mutating func resolveCommitment(_ name: Identifier, in file: SourceFile) -> Typed? {
    let declared = service.materials + used.flatMap(\.syntax.materials)
    let found: (kind: String, item: CommitmentItem, allowsOne: Bool, help: String)?
    if let condition = service.conditions.first(where: { $0.id.name == name.name }) {
      found = ("condition", .condition(name.name), condition.commitment != nil, "ask a fact instead")
    } else if let material = declared.first(where: { $0.id.name == name.name }) {
      found = (
        "material", .material(name.name), material.commitment != nil,
        "ask whether it is on the counter with a fact"
      )
    } else {
      found = nil
    }
    guard let found else {
      report(
        .unknownName, "no condition or material named '\(name.name)'", in: file, at: name.range,
        label: Suggestions.label(for: name.name, in: service.conditions.map(\.id.name) + declared.map(\.id.name)),
        help: "committed(…) names a condition or material whose 告知承诺 the applicant may sign")
      return nil
    }
    guard found.allowsOne else {
      report(
        .typeMismatch, "\(found.kind) '\(name.name)' allows no 告知承诺, so it is never committed", in: file,
        at: name.range, help: "give it commitment \"…\", or \(found.help)")
      return nil
    }
    return Typed(expression: .committed(found.item), type: .bool)
  }
}
