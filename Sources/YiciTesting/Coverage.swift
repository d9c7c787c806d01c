import Yici
import YiciSemantics

/// What the tests saw of the rules: for each condition, each material's `when` and each
/// waiver's `only if`, whether some decision saw it hold and whether one saw it fail.
public struct Coverage: Sendable {
  /// What is covered.
  public enum Kind: String, Sendable {
    /// An acceptance condition.
    case condition
    /// A material's `when`.
    case when
    /// The waiver policy's `only if`.
    case waiver
  }

  /// One clause and what the tests saw of it.
  public struct Item: Sendable {
    /// The service it belongs to.
    public var service: String
    /// What it is.
    public var kind: Kind
    /// The condition's or material's id; `only if` for a waiver.
    public var id: String
    /// `file:line:column` of its first version.
    public var location: String
    /// Whether a decision saw it hold (a material: required).
    public var holds = false
    /// Whether a decision saw it fail (a material: not required).
    public var fails = false
  }

  /// Every clause of every service the tests loaded, in service and declaration order.
  public private(set) var items: [Item] = []
  private var index: [String: Int] = [:]

  /// How many of the two outcomes of each clause the tests saw.
  public var seen: Int { items.reduce(0) { $0 + ($1.holds ? 1 : 0) + ($1.fails ? 1 : 0) } }
  /// Two outcomes for each clause.
  public var total: Int { items.count * 2 }
  /// `seen` of `total` in percent (100 when there is nothing to cover).
  public var percent: Double { total == 0 ? 100 : Double(seen) * 100 / Double(total) }

  /// The percentage with one decimal, as printed (`87.5%`).
  public var percentText: String {
    let tenths = Int((percent * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }

  /// Adds the clauses of a rule set's services (once per rule set).
  mutating func add(_ rules: RuleSet, key: String) {
    for service in rules.compiled.services {
      for condition in service.conditions {
        add(Item(service: service.id, kind: .condition, id: condition.id, location: condition.span.description), key)
      }
      for material in service.materials where material.when != nil {
        add(Item(service: service.id, kind: .when, id: material.id, location: material.span.description), key)
      }
      if let waiver = service.waivers.first(where: { $0.qualifier != nil }) {
        add(Item(service: service.id, kind: .waiver, id: "only if", location: waiver.span.description), key)
      }
    }
  }

  private mutating func add(_ item: Item, _ key: String) {
    let name = Self.name(key, item.service, item.kind, item.id)
    guard index[name] == nil else { return }
    index[name] = items.count
    items.append(item)
  }

  /// Records what a decision's trace saw.
  mutating func record(_ decision: Decision, key: String) {
    for condition in decision.trace?.conditions ?? [] {
      mark(Self.name(key, decision.service, .condition, condition.id), verdict: condition.verdict)
    }
    for material in decision.trace?.materials ?? [] {
      let verdict =
        switch material.verdict {
        case "not_required": "fails"
        case "provided", "exempt", "committed", "missing", "waived": "holds"
        default: material.verdict
        }
      mark(Self.name(key, decision.service, .when, material.id), verdict: verdict)
    }
    if let waiver = decision.trace?.waiver {
      mark(Self.name(key, decision.service, .waiver, "only if"), verdict: waiver)
    }
    // A bundle's (一件事) decision holds its members' decisions, each with its own trace.
    for member in decision.bundle?.members ?? [] {
      if let decision = member.decision { record(decision, key: key) }
    }
  }

  private mutating func mark(_ name: String, verdict: String) {
    guard let at = index[name] else { return }
    if verdict == "holds" { items[at].holds = true }
    if verdict == "fails" { items[at].fails = true }
  }

  private static func name(_ key: String, _ service: String, _ kind: Kind, _ id: String) -> String {
    "\(key)\u{0}\(service)\u{0}\(kind.rawValue)\u{0}\(id)"
  }
}
