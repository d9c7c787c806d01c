import YiciCalendar
import YiciSyntax

/// A checked bundle (一件事): member services decided as one application, with one merged form.
///
/// `form` is the bundle's merged form as a service without materials: every fact of the
/// bundle and of its members, one slot per id (a fact two members share is asked once), and
/// one condition per member, in member order, that holds when the member is selected
/// (its `when` and the situations that name it); a member that is always selected has
/// none (`BundleMember.selection` is nil). An application to the bundle is bound to the
/// form, and each member's application is read from it through `BundleMember.factSlots`.
/// A class with only constants, shared without copying.
public final class CompiledBundle: Sendable {
  /// The bundle's id.
  public let id: String
  /// Name, department, basis, visits.
  public let header: BundleHeader
  /// When the bundle is in force.
  public let period: Period
  /// The members, in the order written.
  public let members: [BundleMember]
  /// Results of one member that stand for a material of another (结果互认).
  public let results: [BundleResult]
  /// The situations (办理情形): the form's option facts that select members.
  public let situations: [BundleSituation]
  /// Facts a member's result settles, never asked once that member is handled.
  public let settled: [SettledFact]
  /// The bundle's own promised limit (承诺办结时限).
  public let promised: DayCount?
  /// The calendar the bundle's promise is counted on (the first member's, else the default).
  public let calendar: WorkingCalendar?
  /// The merged form: the facts of the bundle and its members, and a condition per member
  /// that may not be selected.
  public let form: CompiledService
  /// Where the bundle is declared.
  public let span: SourceSpan
  /// The members in an order where each comes after those whose results it needs.
  public let order: [Int]
  /// For each member, the results that stand for its materials.
  private let resultsByConsumer: [[BundleResult]]

  /// Creates a compiled bundle (the checker does this).
  public init(
    id: String, header: BundleHeader, period: Period, members: [BundleMember], results: [BundleResult],
    situations: [BundleSituation], settled: [SettledFact] = [], promised: DayCount?, calendar: WorkingCalendar?,
    form: CompiledService, span: SourceSpan
  ) {
    self.settled = settled
    self.id = id
    self.header = header
    self.period = period
    self.members = members
    self.results = results
    self.situations = situations
    self.promised = promised
    self.calendar = calendar
    self.form = form
    self.span = span
    order = Self.order(of: members)
    resultsByConsumer = members.indices.map { member in results.filter { $0.consumer == member } }
  }

  /// The member handling a service, by the service's id.
  public func memberIndex(_ service: String) -> Int? {
    members.firstIndex { $0.service == service }
  }

  /// The results that stand for materials of a member.
  public func results(for member: Int) -> [BundleResult] {
    resultsByConsumer[member]
  }

  private static func order(of members: [BundleMember]) -> [Int] {
    var placed = [Bool](repeating: false, count: members.count)
    var order: [Int] = []
    while order.count < members.count {
      let before = order.count
      for member in members.indices where !placed[member] && members[member].after.allSatisfy({ placed[$0] }) {
        placed[member] = true
        order.append(member)
      }
      if order.count == before { break }  // unreachable: the checker rejects cycles
    }
    return order
  }

  /// The longest chain of members by `length` of each member's place (nil takes no time): each member
  /// starts when the members whose results it needs are done, the others at acceptance
  /// (浙江 第5条: acceptance at the window is acceptance by every parallel department).
  /// Lengths in the comparable unit of the caller's choice.
  public func criticalPath(_ length: (Int) -> Int?) -> (length: Int, members: [Int]) {
    var finish = [Int](repeating: 0, count: members.count)
    var previous = [Int?](repeating: nil, count: members.count)
    for member in order {
      let start = members[member].after.max { finish[$0] < finish[$1] }
      previous[member] = start
      finish[member] = (start.map { finish[$0] } ?? 0) + (length(member) ?? 0)
    }
    guard var last = finish.indices.max(by: { finish[$0] < finish[$1] }) else { return (0, []) }
    let total = finish[last]
    var path = [last]
    while let before = previous[last] {
      path.insert(before, at: 0)
      last = before
    }
    return (total, path)
  }
}

/// What a bundle's header says.
public struct BundleHeader: Sendable {
  /// 一件事名称.
  public var name: LocalizedText
  /// The department that leads it (牵头部门), if given.
  public var department: LocalizedText?
  /// The legal basis.
  public var basis: LocalizedText?
  /// 到办事现场次数 of the whole bundle.
  public var visits: Int?
}

/// One member of a bundle.
public struct BundleMember: Sendable {
  /// The member service's id.
  public var service: String
  /// The service's place in `CompiledRuleSet.services`.
  public var serviceIndex: Int
  /// The slot of the form's condition that selects it; nil when it is always selected.
  public var selection: Int?
  /// For each fact slot of the member's service, the form's slot holding the same fact.
  public var factSlots: [Int]
  /// For each material slot of the member's service, the form's slot of the material with
  /// its id (the form names every member's material once).
  public var materialSlots: [Int]
  /// For each condition slot of the member's service, the form's slot of the condition with
  /// its id, when the form has it (a condition that allows a 告知承诺).
  public var conditionSlots: [Int?]
  /// The members whose results it needs (they come first).
  public var after: [Int]
  /// Where it is named in the bundle.
  public var span: SourceSpan
}

/// `producer provides material to consumer`: a result made inside the bundle that stands for
/// a material of a member, so the applicant is never asked for it.
public struct BundleResult: Sendable {
  /// The member whose result it is.
  public var producer: Int
  /// The material id it stands for.
  public var material: String
  /// The member that requires the material.
  public var consumer: Int
  /// Where it is declared.
  public var span: SourceSpan
}

/// A situation (办理情形): an option fact of the form whose options select members.
public struct BundleSituation: Sendable {
  /// The fact's slot in the form.
  public var fact: Int
  /// For each option (by index), the members it selects.
  public var members: [[Int]]
}

/// `producer settles fact = value`: once the producer is handled, its result answers a fact of
/// the form for every member, so the applicant is never asked it.
public struct SettledFact: Sendable {
  /// The member whose result settles it.
  public var producer: Int
  /// The fact's slot in the form.
  public var fact: Int
  /// The answer the result gives.
  public var value: Value
  /// Where it is declared.
  public var span: SourceSpan
}
