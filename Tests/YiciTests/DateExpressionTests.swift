import Testing
import Yici
import YiciSemantics
import YiciTestSupport

@testable import YiciEvaluation

/// The application's date, dates plus periods, whole periods between dates, `at least n of`
/// and `provided(…)` in expressions: decided by the tree walk and by the flat tests alike,
/// and as a model written here from the month-end rule.
@Suite struct DateExpressionTests {
  static let rules = RuleSet(
    text: """
      service dates {
        basis "Rule 0"
        name "Dates"
        facts {
          birth: date ask "birth?"
          issued: date ask "issued?"
          a: bool ask "a?"
          b: bool ask "b?"
          n: number ask "n?"
          let age = years(birth, today)
        }
        conditions {
          adult: years(birth, today) >= 18 otherwise "adult" basis "x"
          within_month: today <= birth + 1 month otherwise "within a month" basis "x"
          recent: issued + 6 months >= today otherwise "issued within six months" basis "x"
          thirty: birth + 30 days > today otherwise "thirty days" basis "x"
          fixed: birth - 1 year < 2000-01-01 otherwise "fixed" basis "x"
          two: at least 2 of (a, b, n > 5) otherwise "two of three" basis "x"
          months: months(issued, today) < 3 or days(birth, today) == 0 otherwise "months" basis "x"
          derived: age >= 18 otherwise "derived" basis "x"
        }
        materials {
          form: "Form" original basis "x"
          annex: "Annex" original when provided(form) and at least 1 of (a, b) basis "x"
          consent: "Guardian's consent" original when not adult basis "x"
        }
      }
      """)

  static var service: CompiledService {
    get throws { try #require(rules.compiled.service("dates"), "\(rules.diagnostics.map(\.message))") }
  }

  /// A random date near 2000 or 2025, at a month's end a third of the time.
  static func randomDate(_ random: inout SeededRandom) -> CivilDate {
    let year = [1999, 2000, 2004, 2007, 2024, 2025][random.next(6)]
    let month = 1 + random.next(12)
    let last = CivilDate.daysInMonth(year: year, month: month)
    let day = random.next(3) == 0 ? last - random.next(2) : 1 + random.next(last)
    return CivilDate(year: year, month: month, day: day)!
  }

  /// The month-end rule written again, the slow way: n months on, the same day or the
  /// month's last.
  static func plusMonths(_ date: CivilDate, _ months: Int) -> CivilDate {
    let index = date.year * 12 + date.month - 1 + months
    let (year, month) = (index / 12, index % 12 + 1)
    return CivilDate(year: year, month: month, day: min(date.day, CivilDate.daysInMonth(year: year, month: month)))!
  }

  /// The whole months from a to b by counting up (a <= b).
  static func wholeMonths(_ a: CivilDate, _ b: CivilDate) -> Int {
    var n = 0
    while plusMonths(a, n + 1) <= b { n += 1 }
    return n
  }

  /// What the model says of each condition, nil when a fact it reads is unknown.
  static func expected(
    _ id: String, birth: CivilDate?, issued: CivilDate?, a: Bool?, b: Bool?, n: Int?, today: CivilDate
  )
    -> Bool?
  {
    switch id {
    case "adult", "derived":
      guard let birth else { return nil }
      return birth <= today && wholeMonths(birth, today) >= 18 * 12
    case "within_month": return birth.map { today <= plusMonths($0, 1) }
    case "recent": return issued.map { plusMonths($0, 6) >= today }
    case "thirty": return birth.map { $0.adding(days: 30) > today }
    case "fixed": return birth.map { plusMonths($0, -12) < CivilDate(iso: "2000-01-01")! }
    case "two":
      let items = [a, b, n.map { $0 > 5 }]
      let holding = items.filter { $0 == true }.count
      let possible = items.filter { $0 != false }.count
      return holding >= 2 ? true : possible < 2 ? false : nil
    case "months":
      let few = issued.map { today < $0 || wholeMonths($0, today) < 3 }
      let sameDay = birth.map { $0 == today }
      if few == true || sameDay == true { return true }
      return few == nil || sameDay == nil ? nil : false
    default: return nil
    }
  }

  @Test func theTreeWalkAndTheFlatTestsDecideAsTheModel() async throws {
    let service = try Self.service
    let program = ServiceProgram(service)
    #expect(program.flatTests.conditions.compactMap { $0 }.count >= 5, "the date shapes are flat")
    try await withSeededRandom(0xDA7E_1001) { random in
      for _ in 0..<3_000 {
        let today = Self.randomDate(&random)
        var application = BoundApplication(for: service, date: today)
        let birth = random.next(5) == 0 ? nil : Self.randomDate(&random)
        let issued = random.next(5) == 0 ? nil : today.adding(days: -random.next(400))
        let a = random.next(4) == 0 ? nil : random.next(2) == 0
        let b = random.next(4) == 0 ? nil : random.next(2) == 0
        let n = random.next(4) == 0 ? nil : random.next(10)
        let values: [String: Value?] = [
          "birth": birth.map(Value.date), "issued": issued.map(Value.date), "a": a.map(Value.bool),
          "b": b.map(Value.bool), "n": n.map { .number(ExactDecimal($0)) },
        ]
        for (id, value) in values { application.facts[service.factSlots[id]!] = value }
        let evaluator = ExpressionEvaluator(service: service, application: application)
        for (slot, condition) in service.conditions.enumerated() {
          let model = Self.expected(condition.id, birth: birth, issued: issued, a: a, b: b, n: n, today: today)
          let trit = model.map { Trit($0) } ?? .unknown
          let context =
            "\(condition.id) on \(today): birth \(String(describing: birth)), issued \(String(describing: issued))"
          #expect(evaluator.truth(condition.expression).trit == trit, "tree: \(context)")
          if let test = program.flatTests.conditions[slot] {
            #expect(evaluator.truth(program.flatTests, test) == trit, "flat: \(context)")
          }
        }
      }
    }
  }

  @Test func providedReadsTheCounter() throws {
    let json = { (materials: String) in
      #"{"service": "dates", "date": "2025-03-01", "facts": {"a": true}, "materials": [\#(materials)]}"#
    }
    let without = try Self.rules.decide(json: Array(json("").utf8))
    #expect(!without.materials.required.contains("annex"))
    let with = try Self.rules.decide(json: Array(json(#""form""#).utf8))
    #expect(with.materials.required.contains("annex"))
  }

  @Test func aConditionNamedInAWhenReadsAsItsExpression() throws {
    let service = try Self.service
    let when = try #require(service.materials.first { $0.id == "consent" }?.when)
    for (birth, required) in [("2007-03-02", true), ("2007-03-01", false)] {
      var application = BoundApplication(for: service, date: CivilDate(iso: "2025-03-01")!)
      application.facts[service.factSlots["birth"]!] = .date(CivilDate(iso: birth)!)
      let evaluator = ExpressionEvaluator(service: service, application: application)
      #expect(evaluator.truth(when).trit == Trit(required), "born \(birth)")
    }
  }
}
