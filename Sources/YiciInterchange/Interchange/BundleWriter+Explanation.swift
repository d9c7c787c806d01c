import YiciCalendar
import YiciEvaluation
import YiciExplanation

// A bundle's document is its head (the same for every decision), the application's id line,
// and a body that says only what the verdicts decide: the outcome; each member's selection,
// outcome, failed conditions, materials (which it requires, which are missing or waived and
// until when) and promised date; the questions; the bundle's dates. The body is memoized
// under a key of exactly those, so applications that differ only in their ids, their
// answers' values or the materials they brought (but not in what came of them) share it.

extension BundleWriter {
  /// Appends the explanation as an escaped JSON string: the head, the id's line, and the
  /// body from the memo (rendered from the decision and memoized when it is not there).
  func appendExplanation(_ found: BundleVerdicts, for application: BoundApplication, to buffer: inout [UInt8]) {
    buffer.append(UInt8(ascii: "\""))
    buffer += head
    if let id = application.id { buffer += Self.escaped(Explainer.bundleApplicationLine(id, language: language)) }
    writeKey(found, date: application.date)
    key.withUnsafeBytes { key in
      if memos.explanations.withValue(key, { buffer += $0 }) { return }
      let decision = Decision(
        found, application: application, bundle: bundle, services: ruleServices, english: language == .en,
        trace: false)
      let body = Self.escaped(
        Explainer.bundleBody(of: decision, bundle: bundle, services: services, language: language))
      body.withUnsafeBufferPointer { memos.explanations.insert(key, $0) }
      buffer += body
    }
    buffer.append(UInt8(ascii: "\""))
  }

  /// The memo key of the body: the bundle's place, the outcome, each member's selection and
  /// (when selected) its outcome, condition and material statuses (a waived material's due
  /// date after it) and promised date, the questions (and the date, when the form words a
  /// fact by period), and the bundle's dates.
  private func writeKey(_ found: BundleVerdicts, date: CivilDate) {
    key.removeAll(keepingCapacity: true)
    append(UInt32(truncatingIfNeeded: index))
    key.append(Self.byte(found.outcome))
    for member in found.members {
      switch member.selected {
      case false: key.append(0)
      case nil: key.append(1)
      case true: key.append(2)
      }
      guard let verdicts = member.verdicts else { continue }
      key.append(Self.byte(verdicts.outcome))
      for status in verdicts.conditions { key.append(status.rawValue) }
      for (slot, status) in verdicts.materials.enumerated() {
        key.append(status.rawValue)
        if case .waived = status { append(verdicts.due(slot)) }
      }
      append(verdicts.deadlines?.promised)
    }
    append(UInt32(truncatingIfNeeded: found.questions.count))
    for slot in found.questions { append(UInt32(truncatingIfNeeded: slot)) }
    if !found.questions.isEmpty, !bundle.form.factVersions.isEmpty { append(date) }
    if let deadlines = found.deadlines {
      key.append(1)
      append(deadlines.accepted)
      append(deadlines.criticalPath)
      append(deadlines.promised)
    } else {
      key.append(0)
    }
  }

  private func append(_ number: UInt32) {
    for byte in 0..<4 { key.append(UInt8(truncatingIfNeeded: number >> (8 * byte))) }
  }

  private func append(_ date: CivilDate?) {
    guard let date else {
      key.append(0)
      return
    }
    key.append(1)
    append(UInt32(truncatingIfNeeded: date.dayNumber))
  }

  private static func byte(_ outcome: Outcome) -> UInt8 {
    switch outcome {
    case .accepted: 0
    case .acceptedWithWaiver: 1
    case .needsCorrection: 2
    case .needsInformation: 3
    case .rejected: 4
    }
  }
}
