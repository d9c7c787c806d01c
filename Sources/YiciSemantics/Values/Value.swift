import YiciCalendar

/// A fact's value at evaluation time.
public enum Value: Sendable, Hashable, CustomStringConvertible {
  case bool(Bool)
  case number(ExactDecimal)
  case text(String)
  case date(CivilDate)
  /// The index of an option in its fact's option list.
  case option(Int)
  /// The options chosen of a multi-select fact, as bits: option `i` is bit `1 << i` (a
  /// `choices(…)` fact has at most `ValueType.maxChoices` options).
  case choices(UInt64)

  /// The value as written in rules and interchange (`true`, `10.5`, `"x"`, `2025-10-01`; options by index).
  public var description: String {
    switch self {
    case .bool(let value): value ? "true" : "false"
    case .number(let value): value.description
    case .text(let value): "\"\(value)\""
    case .date(let value): value.description
    case .option(let index): "option #\(index)"
    case .choices(let bits):
      "options #[\((0..<64).filter { bits & (1 << UInt64($0)) != 0 }.map(String.init).joined(separator: ", "))]"
    }
  }
}

/// The type of a fact or an expression.
public enum ValueType: Sendable, Hashable, CustomStringConvertible {
  case bool
  /// A number, with its unit when it has one.
  case number(unit: String?)
  case text
  case date
  /// One of the options of an option set, identified by the fact that declares it.
  case options(OptionSet)
  /// Any number of the options of an option set (a multi-select fact, `choices(…)`).
  case choices(OptionSet)

  /// The most options a `choices(…)` fact may have: its value is one 64-bit word.
  public static let maxChoices = 64

  /// The named options of a fact; two sets are the same type only if they are the same set.
  public struct OptionSet: Sendable, Hashable {
    /// The declaring fact's id (the set's identity).
    public var owner: String
    /// The options, in declaration order.
    public var options: [OptionDefinition]

    /// Two option sets are the same type when the same fact declares them.
    public static func == (a: OptionSet, b: OptionSet) -> Bool { a.owner == b.owner }
    /// Hashes the declaring fact, consistently with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(owner) }

    /// The index of an option by id, or by label.
    public func index(of name: String) -> Int? {
      options.firstIndex { $0.id == name } ?? options.firstIndex { $0.label?.text == name }
    }
  }

  /// How the type is named in a diagnostic.
  public var description: String {
    switch self {
    case .bool: "yes/no"
    case .number(let unit): unit.map { "number (\($0))" } ?? "number"
    case .text: "text"
    case .date: "date"
    case .options(let set): "one of \(set.options.map(\.id).joined(separator: ", "))"
    case .choices(let set): "some of \(set.options.map(\.id).joined(separator: ", "))"
    }
  }

  /// Whether values of the two types can be compared for equality.
  func isComparable(with other: ValueType) -> Bool {
    switch (self, other) {
    case (.number(let a), .number(let b)):
      a == nil || b == nil || a == b || QuantityUnit(a!).ratio(to: QuantityUnit(b!)) != nil
    default: self == other
    }
  }
}

/// One option of an `options(…)` fact.
public struct OptionDefinition: Sendable, Hashable {
  /// The id used in rules and interchange.
  public var id: String
  /// The label shown to people, if given (also accepted in applications).
  public var label: LocalizedText?
}
