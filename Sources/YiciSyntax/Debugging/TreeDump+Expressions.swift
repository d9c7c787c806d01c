// Expressions as tree-dump nodes: one node per form, a chain's operands one level below it,
// each after its operator.

extension TreeDump {
  mutating func expression(_ expression: Expression, label: String? = nil) {
    let range = expression.range
    switch expression.kind {
    case .number(let number): node("Number", [number], label: label, range: range)
    case .string(let string): node("String", [Self.quoted(string)], label: label, range: range)
    case .date(let date): node("Date", [date], label: label, range: range)
    case .boolean(let value): node("Boolean", ["\(value)"], label: label, range: range)
    case .name(let name): node("Name", [name], label: label, range: range)
    case .known(let fact): node("Known", [fact.name], label: label, range: range)
    case .committed(let item): node("Committed", [item.name], label: label, range: range)
    case .unary(let op, let operand):
      node("Unary", [op.rawValue], label: label, range: range) { dump in dump.expression(operand) }
    case .binary(let op, let left, let right):
      node("Comparison", [op.rawValue], label: label, range: range) { dump in
        dump.expression(left)
        dump.expression(right)
      }
    case .chain(let first, let links):
      let operators = Set(links.map(\.op.rawValue)).sorted().joined(separator: ",")
      node("Chain", [operators], label: label, range: range) { dump in
        dump.expression(first)
        for link in links { dump.expression(link.operand, label: link.op.rawValue) }
      }
    case .membership(let element, let members, let negated):
      node("Membership", [negated ? "not in" : "in"], label: label, range: range) { dump in
        dump.expression(element)
        for member in members { dump.expression(member, label: "member:") }
      }
    case .today: node("Today", [], label: label, range: range)
    case .period(let value, let unit): node("Period", [value, unit.rawValue], label: label, range: range)
    case .between(let unit, let start, let end):
      node("Between", [unit.rawValue], label: label, range: range) { dump in
        dump.expression(start)
        dump.expression(end)
      }
    case .atLeast(let count, let operands):
      node("AtLeast", [count], label: label, range: range) { dump in
        for operand in operands { dump.expression(operand) }
      }
    case .provided(let material): node("Provided", [material.name], label: label, range: range)
    case .validIdentifier(let kind, let text):
      node("ValidIdentifier", [kind.rawValue], label: label, range: range) { dump in dump.expression(text) }
    case .matches(let text, let pattern, _):
      node("Matches", [Self.quoted(pattern)], label: label, range: range) { dump in dump.expression(text) }
    case .length(let text):
      node("Length", label: label, range: range) { dump in dump.expression(text) }
    case .includes(let element, let options, let anyOf):
      node("Includes", [anyOf ? "any of" : "contains"], label: label, range: range) { dump in
        dump.expression(element)
        for option in options { dump.expression(option, label: "option:") }
      }
    case .countChosen(let fact):
      node("CountChosen", [], label: label, range: range) { dump in dump.expression(fact) }
    }
  }
}
