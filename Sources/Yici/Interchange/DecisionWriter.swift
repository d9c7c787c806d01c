import Synchronization
import YiciCalendar
import YiciEvaluation
import YiciExplanation
import YiciSemantics

/// Writes decisions of one service in one language as JSON, straight from their verdicts.
///
/// Every id and fixed text of the service is escaped once, when the writer is made, and
/// each distinct explanation is written once: applications with equal verdicts (and equal
/// warnings, and dates where the explanation states deadlines) get the same explanation,
/// so it is memoized. The bytes equal `Decision.appendJSON` without a trace; a test holds
/// the two together. This is the path `yici eval --batch` takes.
final class DecisionWriter: Sendable {
  let service: CompiledService
  let language: Language
  private let serviceField: [UInt8]
  private let materialIDs: [[UInt8]]
  private let reasons: [[UInt8]]
  private let conditionCommitments: [[UInt8]?]
  private let materialCommitments: [[UInt8]?]
  private let waiverLetter: [UInt8]
  private let questions: [[UInt8]]
  private let explanations = Mutex<[[UInt8]: [UInt8]]>([:])
  /// How many distinct explanations are kept before the memo starts afresh.
  static let memoLimit = 20_000

  init(service: CompiledService, language: Language) {
    self.service = service
    self.language = language
    let english = language == .en
    // The texts come from a Decision built for the purpose, so they are worded exactly as
    // `Decision(verdicts…)` words them.
    func object(_ write: (inout JSONWriter) -> Void) -> [UInt8] {
      var out = JSONWriter(capacity: 128)
      write(&out)
      return out.bytes
    }
    serviceField = object { $0.string(service.id) }
    materialIDs = service.materials.map { material in object { $0.string(material.id) } }
    let nowhere = BoundApplication(for: service, date: CivilDate(dayNumber: 0))
    func sample(_ edit: (inout Verdicts) -> Void) -> Decision {
      var verdicts = Verdicts(conditions: service.conditions.count, materials: service.materials.count)
      edit(&verdicts)
      return Decision(verdicts, application: nowhere, service: service, english: english, trace: false)
    }
    // Every condition failed: one reason per condition, in slot order.
    reasons = sample { $0.conditions = $0.conditions.map { _ in .fails } }.reasons.map { reason in
      object { $0.reason(reason) }
    }
    // Everything committed under a waiver: the commitments of conditions, then of
    // materials, in slot order, then the waiver letter.
    var committed = sample {
      $0.outcome = .acceptedWithWaiver
      $0.conditions = $0.conditions.map { _ in .committed }
      $0.materials = $0.materials.map { _ in .committed }
    }.commitments.makeIterator()
    conditionCommitments = service.conditions.map { condition in
      condition.commitment == nil ? nil : committed.next().map { commitment in object { $0.commitment(commitment) } }
    }
    materialCommitments = service.materials.map { material in
      material.commitment == nil ? nil : committed.next().map { commitment in object { $0.commitment(commitment) } }
    }
    waiverLetter = committed.next().map { commitment in object { $0.commitment(commitment) } } ?? []
    let asked = sample { $0.questions = Array(service.facts.indices) }
    questions = asked.questions.map { question in object { $0.question(question) } }
  }

  /// Appends the decision on `application` as compact JSON; `explain` writes the
  /// explanation (else it is empty, as with `DecisionOptions.explanation == false`).
  func append(_ verdicts: Verdicts, for application: BoundApplication, explain: Bool, to buffer: inout [UInt8]) {
    var out = JSONWriter(taking: &buffer)
    defer { swap(&out.bytes, &buffer) }
    out.raw("{")
    if let id = application.id {
      out.key("id")
      out.string(id)
      out.comma()
    }
    out.key("service")
    out.bytes += serviceField
    out.raw(",\"date\":")
    out.isoDate(application.date)
    out.raw(",\"outcome\":")
    out.string(verdicts.outcome.rawValue)
    out.raw(",\"reasons\":")
    out.list(verdicts.conditions.indices) { out, slot in
      guard verdicts.conditions[slot] == .fails else { return false }
      out.bytes += reasons[slot]
      return true
    }
    out.raw(",\"materials\":{\"required\":")
    out.list(verdicts.materials.indices) { out, slot in
      guard verdicts.materials[slot].isRequired else { return false }
      out.bytes += materialIDs[slot]
      return true
    }
    for (list, key) in Self.lists {
      out.bytes += key
      out.list(verdicts.materials.indices) { out, slot in
        guard verdicts.materials[slot].list(outcome: verdicts.outcome) == list else { return false }
        guard list == .waived else {
          out.bytes += materialIDs[slot]
          return true
        }
        out.raw("{\"id\":")
        out.bytes += materialIDs[slot]
        if let due = verdicts.due(slot) {
          out.raw(",\"due\":")
          out.isoDate(due)
        }
        out.raw("}")
        return true
      }
    }
    out.raw("}")
    if let deadlines = verdicts.deadlines {
      out.raw(",\"deadlines\":")
      deadlines.write(to: &out)
    }
    // Commitments: the conditions', then the materials', then the waiver letter.
    out.raw(",\"commitments\":")
    let conditionCount = verdicts.conditions.count
    out.list(0..<(conditionCount + verdicts.materials.count + 1)) { out, index in
      let piece: [UInt8]?
      if index < conditionCount {
        piece = verdicts.conditions[index] == .committed ? conditionCommitments[index] : nil
      } else if index - conditionCount < verdicts.materials.count {
        let slot = index - conditionCount
        piece = verdicts.materials[slot].list(outcome: verdicts.outcome) == .committed ? materialCommitments[slot] : nil
      } else {
        piece = verdicts.outcome == .acceptedWithWaiver ? waiverLetter : nil
      }
      guard let piece else { return false }
      out.bytes += piece
      return true
    }
    out.raw(",\"questions\":")
    out.list(verdicts.questions.indices) { out, index in
      out.bytes += questions[verdicts.questions[index]]
      return true
    }
    out.raw(",\"warnings\":")
    out.stringArray(application.warnings)
    out.raw(",\"explanation\":")
    if explain {
      out.bytes += explanation(verdicts, for: application)
    } else {
      out.raw("\"\"")
    }
    out.raw("}")
  }

  private static let lists: [(MaterialList, [UInt8])] = [
    (.provided, Array(",\"provided\":".utf8)), (.missing, Array(",\"missing\":".utf8)),
    (.waived, Array(",\"waived\":".utf8)), (.exempt, Array(",\"exempt\":".utf8)),
    (.committed, Array(",\"committed\":".utf8)), (.undetermined, Array(",\"undetermined\":".utf8)),
  ]

  /// The explanation as an escaped JSON string, written on first need and memoized.
  private func explanation(_ verdicts: Verdicts, for application: BoundApplication) -> [UInt8] {
    guard application.warnings.isEmpty, let key = Self.key(verdicts, date: application.date) else {
      return written(verdicts, for: application)
    }
    if let known = explanations.withLock({ $0[key] }) { return known }
    let bytes = written(verdicts, for: application)
    explanations.withLock { memo in
      if memo.count >= Self.memoLimit { memo.removeAll(keepingCapacity: true) }
      memo[key] = bytes
    }
    return bytes
  }

  /// What the explanation reads of the verdicts, packed into bytes: the outcome, the waiver
  /// verdict, failed and committed conditions, the materials it mentions (every other
  /// material is alike to it), the questions, and the dates it states. Nil when a slot
  /// does not fit a byte (then nothing is memoized).
  private static func key(_ verdicts: Verdicts, date: CivilDate) -> [UInt8]? {
    guard verdicts.questions.allSatisfy({ $0 < 256 }) else { return nil }
    var key: [UInt8] = []
    key.reserveCapacity(verdicts.conditions.count + verdicts.materials.count + verdicts.questions.count + 24)
    key.append(UInt8(Outcome.allCases.firstIndex(of: verdicts.outcome)!))
    key.append(verdicts.waiver.map { $0.rawValue + 1 } ?? 0)
    for status in verdicts.conditions {
      key.append(status == .fails || status == .committed ? status.rawValue : 0)
    }
    for (slot, status) in verdicts.materials.enumerated() {
      switch status.list(outcome: verdicts.outcome) {
      case nil, .provided: key.append(0)
      default:
        key.append(status.rawValue)
        if status == .waived, let due = verdicts.due(slot) { append(due, to: &key) }
      }
    }
    key.append(UInt8(truncatingIfNeeded: verdicts.questions.count))
    for question in verdicts.questions { key.append(UInt8(question)) }
    if let deadlines = verdicts.deadlines {
      append(date, to: &key)
      for day in [deadlines.accepted, deadlines.promised, deadlines.statutory, deadlines.warning] {
        if let day { append(day, to: &key) } else { key += [0xFF, 0xFF, 0xFF] }
      }
      key.append(deadlines.immediate ? 1 : 0)
    }
    return key
  }

  private static func append(_ date: CivilDate, to key: inout [UInt8]) {
    let day = date.dayNumber
    key += [UInt8(truncatingIfNeeded: day), UInt8(truncatingIfNeeded: day >> 8), UInt8(truncatingIfNeeded: day >> 16)]
  }

  /// The explanation written afresh, escaped as a JSON string.
  private func written(_ verdicts: Verdicts, for application: BoundApplication) -> [UInt8] {
    var decision = Decision(
      verdicts, application: application, service: service, english: language == .en, trace: false)
    decision.explanation = Explainer.explain(decision, service: service, language: language, waiver: verdicts.waiver)
    var out = JSONWriter(capacity: decision.explanation.utf8.count + 16)
    out.string(decision.explanation)
    return out.bytes
  }
}
