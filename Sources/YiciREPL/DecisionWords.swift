import Yici
import YiciExplanation
import YiciSemantics

/// The words of the one-line summary, in the session's language.
struct DecisionWords {
  let language: Language

  private func pick(_ zh: String, _ en: String) -> String { language.isEnglish ? en : zh }

  /// The outcome: in Chinese as the applicant's explanation words it (`需补正`), in English
  /// by its interchange name (`needs correction`), which clerks see in JSON too.
  func outcome(_ outcome: Outcome) -> String {
    language.isEnglish ? outcome.rawValue.replacing("_", with: " ") : Explainer.title(of: outcome, in: .zh)
  }

  /// The counts after the outcome: `缺 2 项材料` / `2 materials missing`, …
  func counts(_ decision: Decision) -> [String] {
    let materials = decision.materials
    var counts: [String] = []
    switch decision.outcome {
    case .rejected:
      counts.append(count(decision.reasons.count, zh: "项受理条件不符", zhBefore: "", en: "condition", enAfter: "failed"))
    case .needsInformation:
      counts.append(count(decision.questions.count, zh: "个问题", zhBefore: "待问", en: "question", enAfter: "to ask"))
    case .acceptedWithWaiver:
      counts.append(count(materials.waived.count, zh: "项材料", zhBefore: "容缺", en: "material", enAfter: "waived"))
    case .accepted, .needsCorrection:
      break
    }
    if !materials.missing.isEmpty && decision.outcome != .rejected {
      counts.append(count(materials.missing.count, zh: "项材料", zhBefore: "缺", en: "material", enAfter: "missing"))
    }
    if !materials.undetermined.isEmpty && decision.outcome != .rejected {
      counts.append(
        count(materials.undetermined.count, zh: "项材料待定", zhBefore: "", en: "material", enAfter: "undetermined"))
    }
    if !decision.commitments.isEmpty && decision.outcome != .rejected {
      counts.append(count(decision.commitments.count, zh: "项承诺", zhBefore: "签署", en: "commitment", enAfter: "to sign"))
    }
    return counts
  }

  /// `缺 2 项材料` or `2 materials missing`.
  private func count(_ n: Int, zh: String, zhBefore: String, en: String, enAfter: String) -> String {
    if language.isEnglish { return "\(n) \(en)\(n == 1 ? "" : "s") \(enAfter)" }
    return zhBefore.isEmpty ? "\(n) \(zh)" : "\(zhBefore) \(n) \(zh)"
  }
}

/// Material names by id, in the session's language.
struct MaterialNames {
  let service: CompiledService
  let english: Bool

  /// The display name, or the id when there is none.
  func name(_ id: String) -> String {
    service.materialSlots[id].map { service.materials[$0].name.text(english: english) } ?? id
  }

  /// The materials as names a clerk may type: ids, then names.
  var items: [NamedItem] {
    service.materials.map { NamedItem(id: $0.id, label: $0.name) }
  }
}
