/// The explanation text, outcome by outcome.
extension Rendering {
  /// The whole explanation.
  var explanation: String { explanationLines.text }

  /// The whole explanation, as lines.
  var explanationLines: TextLines {
    var text = TextLines()
    text.add(title)
    switch decision.outcome {
    case .rejected:
      // A rejected application is told why, and nothing about materials or commitments.
      text.add(phrases.rejectedIntro)
      text.add(reasonItems)
    case .needsInformation:
      addNeedsInformation(to: &text)
    case .needsCorrection:
      addNeedsCorrection(to: &text)
    case .acceptedWithWaiver:
      text.add(phrases.waivedIntro)
      text.add(waivedItems)
      text.add(letterLine)
      text.add(phrases.waiverConsequence)
      text.add(timeLines())
      addExemptAndCommitments(to: &text)
    case .accepted:
      text.add(phrases.acceptedIntro)
      text.add(timeLines())
      addExemptAndCommitments(to: &text)
    }
    // The decision's warnings are for the clerk and for tools (`warnings`), in English:
    // the applicant's text holds nothing but the applicant's language.
    return text
  }

  /// The questions, then what is already known to be missing or may be needed.
  private func addNeedsInformation(to text: inout TextLines) {
    if !decision.questions.isEmpty {
      text.add(phrases.questionsIntro)
      text.add(questionItems)
    }
    let known = knownMissing
    if !known.isEmpty {
      text.add(phrases.knownMissingIntro)
      text.add(missingItems(known))
    }
    if !decision.materials.undetermined.isEmpty {
      text.add(phrases.dependsOnAnswersIntro)
      text.add(materials.items(decision.materials.undetermined))
    }
    addExemptAndCommitments(to: &text)
    text.add(phrases.needsInformationClosing)
  }

  /// Every missing material, those that may be needed, and what would change the outcome.
  private func addNeedsCorrection(to text: inout TextLines) {
    text.add(phrases.missingIntro)
    text.add(missingItems(decision.materials.missing))
    if !decision.materials.undetermined.isEmpty {
      text.add(phrases.undeterminedIntro)
      text.add(materials.items(decision.materials.undetermined))
    }
    addExemptAndCommitments(to: &text)
    text.add(phrases.correctionClosing)
    text.add(waiverHint)
  }

  private func addExemptAndCommitments(to text: inout TextLines) {
    text.add(exemptLine)
    let commitments = commitmentItems
    if !commitments.isEmpty {
      text.add(phrases.commitmentsIntro)
      text.add(commitments)
    }
  }
}
