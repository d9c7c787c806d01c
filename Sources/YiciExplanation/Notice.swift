/// The one-time notice (一次性告知书) and its accepted / rejected counterparts.
extension Rendering {
  /// A titled section of the notice.
  private struct Section {
    var title: String
    var lines: [String]
  }

  /// The whole notice: title, service, salutation and opening, numbered sections, the
  /// closing, and the signature lines.
  var notice: String {
    var text = TextLines()
    text.add(phrases.noticeTitle(decision.outcome))
    text.blank()
    text.add(phrases.serviceLabel(serviceName))
    text.add(service.header.code.map(phrases.codeLabel))
    text.add(department.map(phrases.departmentLabel))
    text.add(service.header.basis.map { phrases.basisLabel($0.text(english: english)) })
    text.add(decision.id.map(phrases.applicationLabel))
    text.blank()
    text.add(phrases.salutation)
    text.add(phrases.noticeOpening(decision.outcome, service: serviceName))
    for (offset, section) in sections.enumerated() {
      text.blank()
      text.add(phrases.section(offset + 1, section.title))
      text.add(section.lines)
    }
    let closing = closingLines
    if !closing.isEmpty {
      text.blank()
      text.add(closing)
    }
    text.blank()
    text.add(phrases.issuedBy(department))
    text.add(phrases.clerkSignature(decision.date))
    text.add(phrases.applicantReceipt)
    return text.text
  }

  private var department: String? { service.header.department?.text(english: english) }

  /// The sections for the outcome; empty ones are left out.
  private var sections: [Section] {
    let summary = decision.materials
    var sections: [Section] = []
    switch decision.outcome {
    case .rejected:
      sections.append(Section(title: phrases.reasonsSection, lines: reasonItems))
    case .needsInformation:
      sections.append(Section(title: phrases.questionsSection, lines: questionItems))
      sections.append(Section(title: phrases.knownMissingSection, lines: missingItems(knownMissing)))
      sections.append(
        Section(title: phrases.dependsOnAnswersSection, lines: materials.items(summary.undetermined)))
    case .needsCorrection:
      sections.append(Section(title: phrases.missingSection, lines: missingItems(summary.missing)))
      sections.append(Section(title: phrases.undeterminedSection, lines: materials.items(summary.undetermined)))
    case .acceptedWithWaiver:
      sections.append(Section(title: phrases.waivedSection, lines: waivedItems))
      sections.append(Section(title: phrases.letterSection, lines: [letterLine, phrases.committerSignature]))
      sections.append(Section(title: phrases.providedSection, lines: providedItems))
    case .accepted:
      sections.append(Section(title: phrases.providedSection, lines: providedItems))
    }
    if decision.outcome != .rejected {
      sections.append(Section(title: phrases.exemptSection, lines: exemptLine.map { [$0] } ?? []))
      sections.append(Section(title: phrases.commitmentsSection, lines: commitmentItems))
    }
    if decision.outcome == .accepted || decision.outcome == .acceptedWithWaiver {
      sections.append(Section(title: phrases.handlingSection, lines: timeLines(forNotice: true)))
    }
    return sections.filter { !$0.lines.isEmpty }
  }

  /// What the applicant does next, or what happens if they do not.
  private var closingLines: [String] {
    switch decision.outcome {
    case .needsCorrection: [phrases.noticeCorrectionClosing] + (waiverHint.map { [$0] } ?? [])
    case .needsInformation: [phrases.noticeInformationClosing]
    case .acceptedWithWaiver: [phrases.waiverConsequence]
    case .accepted, .rejected: []
    }
  }
}
