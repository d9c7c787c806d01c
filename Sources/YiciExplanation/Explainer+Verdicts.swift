import YiciCalendar
import YiciEvaluation
import YiciSemantics

/// Explanations of verdicts: the `explanation` field of every decision the rule set makes,
/// whether it is returned as a `Decision` or written straight to JSON by a batch.
extension Explainer {
  /// The explanation of `verdicts` decided on `date`: the text rendered from their
  /// `ExplanationKey`.
  package static func explanation(
    of verdicts: Verdicts, date: CivilDate, service: CompiledService, language: Language
  ) -> String {
    let key = ExplanationKey.bytes(verdicts, date: date, service: service)
    return rendering(key: key, service: service, language: language, prepared: nil).explanation
  }

  /// The lines of the explanation whose `ExplanationKey` is `key` (its text is each line
  /// followed by a newline, or a single newline when there are none): the one renderer of
  /// verdicts, reading nothing of them but the key. `prepared`, when given, is the
  /// service's in the language.
  package static func explanationLines(
    key: [UInt8], service: CompiledService, language: Language, prepared: Prepared?
  ) -> ArraySlice<String> {
    rendering(key: key, service: service, language: language, prepared: prepared).explanationLines.finalLines
  }

  private static func rendering(
    key: [UInt8], service: CompiledService, language: Language, prepared: Prepared?
  ) -> Rendering {
    let (verdicts, date) = ExplanationKey.read(key, service: service)
    // The decision reads nothing of the application but its date (the warnings it would
    // take from it are no part of the text).
    var application = BoundApplication()
    application.date = date
    let decision = Decision(
      verdicts, application: application, service: service, english: language == .en, trace: false)
    return Rendering(
      decision, service: service, language: language, waiver: verdicts.waiver, prepared: prepared?.materials)
  }
}
