import Testing
import Yici
import YiciSemantics

/// A bundle is checked against its members and compiled into one model: members by their
/// service's place, the selection of each, one form of merged facts, the results between
/// members and the critical path they give.
@Suite struct BundleCheckerTests {
  static let rules = """
    calendar national {
      year 2025 { holiday "国庆节、中秋节" 2025-10-01 to 2025-10-08 workday 2025-09-28, 2025-10-11 }
    }
    vocabulary people { facts { age: number(years) "Age" ask "How old?" } }

    service tax_deregistration {
      name "Tax deregistration"
      basis "Rule 1"
      uses people
      facts { owes_tax: bool "Owes tax" }
      time limits { statutory 20 working days basis "Rule 1"  promised 10 working days }
    }
    service company_deregistration {
      name "Company deregistration"
      basis "Rule 2"
      uses people
      materials { tax_clearance: "Tax clearance" basis "Rule 2" }
      time limits { statutory 3 working days basis "Rule 2"  promised 1 working day }
    }
    service seal_cancellation {
      name "Seal cancellation"
      basis "Rule 3"
      time limits { statutory 3 working days basis "Rule 3"  promised 1 working day }
    }

    bundle close_company {
      name "Closing a company"
      visits 1
      promised 11 working days
      facts { has_seal: bool "Has a seal" ask "Does the company have a seal?" }
      situation entity "Kind" ask "What kind?" {
        company "Company": tax_deregistration, company_deregistration, seal_cancellation
        branch "Branch": tax_deregistration
      }
      members {
        tax_deregistration
        company_deregistration
        seal_cancellation when has_seal
      }
      results { tax_deregistration provides tax_clearance to company_deregistration }
    }
    """

  @Test func theModelHasMembersFormResultsAndPath() throws {
    let rules = RuleSet(text: Self.rules, path: "b.yici")
    #expect(rules.diagnostics.isEmpty, "\(rules.diagnostics.map(\.message))")
    let bundle = try #require(rules.compiled.bundle("close_company"))
    #expect(rules.compiled.bundleIndex("close_company") == 0)
    #expect(bundle.members.map(\.service) == ["tax_deregistration", "company_deregistration", "seal_cancellation"])
    #expect(rules.compiled.members(of: bundle).map(\.id) == bundle.members.map(\.service))
    #expect(bundle.header.visits == 1)
    #expect(bundle.promised == .workingDays(11))
    // One form: the bundle's facts, the situation, and each member fact once (age is shared).
    let ids = bundle.form.facts.map(\.id)
    #expect(ids == ["has_seal", "entity", "age", "owes_tax"])
    // Every member is restricted by the situation; the seal also by its `when`.
    #expect(bundle.members.allSatisfy { $0.selection != nil })
    #expect(bundle.situations.first?.members == [[0, 1, 2], [0]])
    let tax = bundle.members[0]
    #expect(tax.factSlots == [2, 3])
    #expect(bundle.results.map { "\($0.producer)→\($0.consumer):\($0.material)" } == ["0→1:tax_clearance"])
    #expect(bundle.members[1].after == [0])
    #expect(bundle.order == [0, 1, 2])
    let path = bundle.criticalPath { [10, 1, 1][$0] }
    #expect(path.length == 11 && path.members == [0, 1])
  }

  @Test func aBundleOfUnknownMembersIsLeftOut() {
    let rules = RuleSet(text: "bundle b { name \"B\" members { nowhere } }", path: "b.yici")
    #expect(rules.compiled.bundles.isEmpty)
    #expect(rules.errors.map(\.code.rawValue) == ["E0218"])
  }

  @Test func englishAndChineseKeywordsMeanTheSame() throws {
    let chinese = Self.rules.replacingOccurrences(
      of: """
        bundle close_company {
          name "Closing a company"
          visits 1
          promised 11 working days
        """,
      with: """
        一件事 close_company {
          名称 "Closing a company"
          到现场次数 1
          承诺 11 个工作日
        """)
    let rules = RuleSet(text: chinese, path: "b.yici")
    #expect(rules.errors.isEmpty, "\(rules.errors.map(\.message))")
    #expect(rules.compiled.bundle("close_company")?.promised == .workingDays(11))
  }
}
