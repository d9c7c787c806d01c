import YiciCalendar
import YiciEvaluation
import YiciExplanation

extension DecisionWriter {
  /// Appends the explanation as an escaped JSON string: from the memo, or written now and
  /// memoized (the explanation never holds the warnings, so they are no part of the key).
  func appendExplanation(_ verdicts: Verdicts, for application: BoundApplication, to buffer: inout [UInt8]) {
    guard verdicts.questions.allSatisfy({ $0 < 256 }) else {
      buffer += written(verdicts, for: application)
      return
    }
    let notes = (verdicts.deadlines?.provisional.count ?? 0) + (verdicts.deadlines?.undated.count ?? 0)
    let capacity =
      30 + verdicts.conditions.count + 4 * verdicts.materials.count + verdicts.questions.count + 3 * notes
      + 2 * verdicts.closedCommitments.count
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { scratch in
      var key = KeyBytes(scratch)
      key.append(service: serviceIndex)
      Self.write(verdicts, date: application.date, to: &key)
      let bytes = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: scratch[..<key.count]))
      if memos.explanations.withValue(bytes, { buffer += $0 }) { return }
      let explanation = written(verdicts, for: application)
      explanation.withUnsafeBufferPointer { memos.explanations.insert(bytes, $0) }
      buffer += explanation
    }
  }

  /// What the explanation reads of the verdicts, packed into bytes: the outcome, the waiver
  /// verdict (when the text reads it), failed and committed conditions, the materials it
  /// mentions (every other material is alike to it), the questions (each below 256), and
  /// the dates it states.
  private static func write(_ verdicts: Verdicts, date: CivilDate, to key: inout KeyBytes) {
    let outcome = verdicts.outcome
    key.append(UInt8(Outcome.allCases.firstIndex(of: outcome)!))
    // Only the needs-correction text reads the waiver verdict (in its waiver hint).
    key.append(outcome == .needsCorrection ? verdicts.waiver.map { $0.rawValue + 1 } ?? 0 : 0)
    for status in verdicts.conditions {
      key.append(status == .fails || status == .committed ? status.rawValue : 0)
    }
    // A rejected application is told only why: its materials do not matter.
    if outcome != .rejected {
      verdicts.materials.withUnsafeBufferPointer { statuses in
        for slot in statuses.indices {
          switch statuses[slot].list(outcome: outcome) {
          case nil, .provided: key.append(0)
          default:
            key.append(statuses[slot].rawValue)
            if statuses[slot] == .waived, let due = verdicts.due(slot) { key.append(due) }
          }
        }
      }
    }
    key.append(UInt8(truncatingIfNeeded: verdicts.questions.count))
    for question in verdicts.questions { key.append(UInt8(question)) }
    // Commitments the text does not offer this applicant (their `only if` is false).
    for slot in verdicts.closedCommitments {
      key.append(UInt8(truncatingIfNeeded: slot))
      key.append(UInt8(truncatingIfNeeded: slot >> 8))
    }
    if let deadlines = verdicts.deadlines {
      key.append(date)
      for day in [deadlines.accepted, deadlines.promised, deadlines.statutory, deadlines.warning] {
        if let day { key.append(day) } else { for _ in 0..<3 { key.append(0xFF) } }
      }
      key.append(deadlines.immediate ? 1 : 0)
      // The explanation names the years of provisional and undatable dates, and which dates.
      for notes in [deadlines.provisional, deadlines.undated] {
        key.append(UInt8(truncatingIfNeeded: notes.count))
        for note in notes {
          key.append(UInt8(truncatingIfNeeded: note.year >> 8))
          key.append(UInt8(truncatingIfNeeded: note.year))
          key.append(UInt8(truncatingIfNeeded: note.field.utf8.first ?? 0))
        }
      }
    }
  }

  /// The explanation written afresh, escaped as a JSON string: with the prepared texts
  /// once the service has been explained a few times, composed directly before (the same
  /// text).
  func written(_ verdicts: Verdicts, for application: BoundApplication) -> [UInt8] {
    let decision = Decision(
      verdicts, application: application, service: service, english: language == .en, trace: false)
    var out = JSONWriter(capacity: 2048)
    explained += 1
    if prepared == nil, explained > Self.preparedAfter {
      prepared = Explainer.Prepared(service: service, language: language)
    }
    if let prepared {
      out.string(lines: Explainer.explanationLines(decision, prepared: prepared, waiver: verdicts.waiver))
    } else {
      out.string(Explainer.explain(decision, service: service, language: language, waiver: verdicts.waiver))
    }
    return out.bytes
  }
}

/// A memo key being written into scratch memory of a size fixed in advance.
private struct KeyBytes {
  private let storage: UnsafeMutableBufferPointer<UInt8>
  private(set) var count = 0

  init(_ storage: UnsafeMutableBufferPointer<UInt8>) {
    self.storage = storage
  }

  mutating func append(_ byte: UInt8) {
    precondition(count < storage.count, "the explanation key outgrew its capacity")
    storage[count] = byte
    count += 1
  }

  /// Four bytes of a service's index in the rule set.
  mutating func append(service index: Int) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8(truncatingIfNeeded: index >> shift)) }
  }

  /// Three bytes of the day number (dates the calendar covers fit them).
  mutating func append(_ date: CivilDate) {
    let day = date.dayNumber
    append(UInt8(truncatingIfNeeded: day))
    append(UInt8(truncatingIfNeeded: day >> 8))
    append(UInt8(truncatingIfNeeded: day >> 16))
  }
}
