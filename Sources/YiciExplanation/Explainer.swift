import YiciEvaluation
import YiciSemantics

/// Writes decisions for the applicant: the explanation (the decision's `explanation`
/// field) and the one-time notice (一次性告知书) to print.
///
/// Both are deterministic: they depend only on the decision, the service and the
/// language, never on the current date or on dictionary order. Lines carry no trailing
/// spaces and the text ends with a newline.
package enum Explainer {
  /// The plain-text explanation for the applicant (the `explanation` field of a decision).
  ///
  /// The first line gives the outcome and the service (`需补正：食品经营许可（餐饮服务）`);
  /// then, all at once, what the outcome asks of the applicant and what would change it;
  /// exempt materials and signed commitments whenever there are any. The decision's
  /// `warnings` (for the clerk and tools, in English) are never part of it.
  ///
  /// `waiver` says whether the applicant qualifies for the waiver policy (the evaluator's
  /// verdict); without it the decision's trace is read, and without a trace the hint about
  /// waivable materials is worded conditionally.
  package static func explain(
    _ decision: Decision, service: CompiledService, language: Language, waiver: QualifierStatus? = nil
  ) -> String {
    Rendering(decision, service: service, language: language, waiver: waiver).explanation
  }

  /// What explaining decisions of one service in one language always writes the same way
  /// (each material's heading and details), written once:
  /// `explanationLines(key:warnings:service:language:prepared:)` with it gives the same text
  /// as without, faster.
  package final class Prepared: Sendable {
    let service: CompiledService
    let language: Language
    let materials: PreparedMaterials

    /// Prepares the texts of a service's materials in a language.
    package init(service: CompiledService, language: Language) {
      self.service = service
      self.language = language
      materials = PreparedMaterials(service: service, phrases: Phrases(language))
    }
  }

  /// The one-time notice (一次性告知书) as printable text: a formal letter listing, at
  /// once, everything the applicant must supply or correct, with each material's name,
  /// form, copies, where to get it and legal basis; for waived materials the due date and
  /// the commitment letter to sign; the service's name and department; lines for the
  /// clerk's signature with the date and for the applicant's receipt.
  ///
  /// For accepted decisions it reads as a 受理通知书, for rejected ones as a 不予受理通知书.
  package static func notice(_ decision: Decision, service: CompiledService, language: Language) -> String {
    Rendering(decision, service: service, language: language).notice
  }

  /// The outcome in words, as an explanation's first line says it: 需补正 / Materials missing.
  package static func title(of outcome: Outcome, in language: Language) -> String {
    Phrases(language).outcome(outcome)
  }
}
