import Testing
import YiciEvaluation

@testable import YiciExplanation

/// What holds of every text, whatever the outcome and language.
@Suite struct PropertyTests {
  /// No trailing spaces, no runs of blank lines, one final newline, same text every time.
  @Test(arguments: Language.allCases) func wellFormed(_ language: Language) throws {
    for (name, decision, service) in try Scenarios.all() {
      for text in [
        Explainer.explain(decision, service: service, language: language),
        Explainer.notice(decision, service: service, language: language),
      ] {
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"), "\(name)")
        #expect(!text.contains("\n\n\n"), "\(name)")
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
          #expect(line.last.map { !$0.isWhitespace } ?? true, "\(name): trailing space in '\(line)'")
        }
      }
      #expect(
        Explainer.explain(decision, service: service, language: language)
          == Explainer.explain(decision, service: service, language: language))
    }
  }

  /// The text is re-read from the service: a decision made in English explains the same.
  @Test(arguments: Language.allCases) func independentOfDecisionLanguage(_ language: Language) throws {
    let chinese = try Scenarios.all(english: false)
    let english = try Scenarios.all(english: true)
    for ((name, a, service), (_, b, _)) in zip(chinese, english) {
      #expect(
        Explainer.explain(a, service: service, language: language)
          == Explainer.explain(b, service: service, language: language), "\(name)")
      #expect(
        Explainer.notice(a, service: service, language: language)
          == Explainer.notice(b, service: service, language: language), "\(name)")
    }
  }

  /// The first line names the outcome and the service.
  @Test func firstLines() throws {
    let expected = [
      "不予受理：食品经营许可（餐饮服务）", "需补充信息：食品经营许可（餐饮服务）", "需补正：食品经营许可（餐饮服务）",
      "容缺受理：食品经营许可（餐饮服务）", "予以受理：食品经营许可（餐饮服务）",
    ]
    let english = [
      "Not accepted: Food business licence (catering)", "More information needed: Food business licence (catering)",
      "Materials missing: Food business licence (catering)",
      "Accepted with materials to follow: Food business licence (catering)",
      "Accepted: Food business licence (catering)",
    ]
    let decisions = try Scenarios.all().prefix(5)
    for ((_, decision, service), (zh, en)) in zip(decisions, zip(expected, english)) {
      #expect(
        Explainer.explain(decision, service: service, language: .zh).split(separator: "\n").first == Substring(zh))
      #expect(
        Explainer.explain(decision, service: service, language: .en).split(separator: "\n").first == Substring(en))
    }
  }

  /// A waived material without a due date says nothing about one.
  @Test func waivedWithoutDueDate() throws {
    var decision = try Scenarios.acceptedWithWaiver()
    decision.materials.waived[0].due = nil
    let text = Explainer.explain(decision, service: Fixture.service, language: .zh)
    #expect(text.contains("1. 经营场所平面布局图（原件）\n   依据："))
    #expect(!text.contains("请于"))
  }

  /// The waiver hint is not offered once the decision says the applicant does not qualify,
  /// and is unconditional once it says they do.
  @Test func waiverHintFollowsTheTrace() throws {
    var decision = try Scenarios.needsCorrection()
    decision.trace?.waiver = "fails"
    #expect(!Explainer.explain(decision, service: Fixture.service, language: .zh).contains("可容缺"))
    decision.trace?.waiver = "holds"
    #expect(
      Explainer.explain(decision, service: Fixture.service, language: .zh).contains(
        "\n其中经营场所平面布局图可容缺：补齐其余材料并签署容缺受理承诺书后即可先行受理，容缺材料受理后补交。\n"))
  }

  /// Section numbering of the notice.
  @Test func numerals() {
    #expect([1, 2, 9, 10, 11, 20, 23].map(Phrases.chineseNumeral) == ["一", "二", "九", "十", "十一", "二十", "二十三"])
    #expect([1, 2, 26, 27].map(Phrases.letter) == ["A", "B", "Z", "27"])
  }
}
