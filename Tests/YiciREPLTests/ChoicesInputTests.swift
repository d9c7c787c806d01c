import Testing
import Yici
import YiciSemantics

@testable import YiciREPL

/// A multi-select fact's answer as a clerk types it: ids or labels separated by commas.
@Suite struct ChoicesInputTests {
  static let rules = RuleSet(
    text: """
      service pharmacy {
        name "药品零售许可"
        basis "x"
        facts { scope: choices(rx "处方药", otc "非处方药", cold "冷藏药品") ask "经营范围？" }
      }
      """)

  static var fact: FactDefinition {
    let service = rules.compiled.service("pharmacy")!
    return service.facts[service.factSlots["scope"]!]
  }

  func read(_ text: String) -> Result<FactValue, InputError> {
    FactInput.parse(text, for: Self.fact, today: CivilDate(iso: "2025-06-02")!)
  }

  @Test func idsAndLabelsSeparatedByCommas() throws {
    #expect(try read("rx, 冷藏药品").get() == .list(["rx", "cold"]))
    #expect(try read("处方药，otc、cold").get() == .list(["rx", "otc", "cold"]))
    #expect(try read("rx, rx").get() == .list(["rx"]))
    #expect(try read("none").get() == .list([]))
    #expect(try read("无").get() == .list([]))
  }

  @Test func anUnknownOptionOrAnEmptyOneSaysWhichAndTheOptions() {
    guard case .failure(let error) = read("rx, vaccine") else {
      Issue.record("vaccine read as an option")
      return
    }
    #expect(error.message == "'vaccine' is not an option of 'scope'")
    #expect(error.help.first == "the options are rx (处方药), otc (非处方药), cold (冷藏药品)")
    guard case .failure(let empty) = read("rx,,cold") else {
      Issue.record("an empty option read")
      return
    }
    #expect(empty.message.hasPrefix("give the options chosen of 'scope'"))
  }

  @Test func aChoiceIsShownByItsLabels() {
    #expect(Show.value(.list(["rx", "cold"]), of: Self.fact, english: false) == "rx (处方药), cold (冷藏药品)")
    #expect(Show.value(.list([]), of: Self.fact, english: true) == "none")
    #expect(FactInput.revalidate(.list(["处方药"]), for: Self.fact) == .list(["rx"]))
    #expect(FactInput.revalidate(.text("rx"), for: Self.fact) == nil)
  }
}
