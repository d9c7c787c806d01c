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
  private let serviceField: JSONPieces
  /// By material slot.
  private let materialIDs: JSONPieces
  /// By condition slot.
  private let reasons: JSONPieces
  /// By condition slot; empty for a condition without 告知承诺.
  private let conditionCommitments: JSONPieces
  /// By material slot; empty for a material without 告知承诺.
  private let materialCommitments: JSONPieces
  private let waiverLetter: JSONPieces
  /// By fact slot.
  private let questions: JSONPieces
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
    serviceField = JSONPieces([object { $0.string(service.id) }])
    materialIDs = JSONPieces(service.materials.map { material in object { $0.string(material.id) } })
    let nowhere = BoundApplication(for: service, date: CivilDate(dayNumber: 0))
    func sample(_ edit: (inout Verdicts) -> Void) -> Decision {
      var verdicts = Verdicts(conditions: service.conditions.count, materials: service.materials.count)
      edit(&verdicts)
      return Decision(verdicts, application: nowhere, service: service, english: english, trace: false)
    }
    // Every condition failed: one reason per condition, in slot order.
    reasons = JSONPieces(
      sample { $0.conditions = $0.conditions.map { _ in .fails } }.reasons.map { reason in object { $0.reason(reason) }
      })
    // Everything committed under a waiver: the commitments of conditions, then of
    // materials, in slot order, then the waiver letter.
    var committed = sample {
      $0.outcome = .acceptedWithWaiver
      $0.conditions = $0.conditions.map { _ in .committed }
      $0.materials = $0.materials.map { _ in .committed }
    }.commitments.makeIterator()
    func nextCommitment(if declared: Bool) -> [UInt8] {
      guard declared, let commitment = committed.next() else { return [] }
      return object { $0.commitment(commitment) }
    }
    conditionCommitments = JSONPieces(service.conditions.map { nextCommitment(if: $0.commitment != nil) })
    materialCommitments = JSONPieces(service.materials.map { nextCommitment(if: $0.commitment != nil) })
    waiverLetter = JSONPieces([nextCommitment(if: true)])
    let asked = sample { $0.questions = Array(service.facts.indices) }
    questions = JSONPieces(asked.questions.map { question in object { $0.question(question) } })
  }

  /// Appends the decision on `application` as compact JSON; `explain` writes the
  /// explanation (else it is empty, as with `DecisionOptions.explanation == false`).
  func append(_ verdicts: Verdicts, for application: BoundApplication, explain: Bool, to buffer: inout [UInt8]) {
    var out = JSONWriter(capacity: 4096)
    defer { out.append(to: &buffer) }
    out.raw("{")
    if let id = application.id {
      out.key("id")
      out.string(id)
      out.comma()
    }
    out.key("service")
    serviceField.append(0, to: &out)
    out.raw(",\"date\":")
    out.isoDate(application.date)
    out.raw(",\"outcome\":")
    out.raw(verdicts.outcome.quoted)
    out.raw(",\"reasons\":[")
    verdicts.conditions.withUnsafeBufferPointer { conditions in
      var separator = Separator()
      for slot in conditions.indices where conditions[slot] == .fails {
        separator.write(to: &out)
        reasons.append(slot, to: &out)
      }
    }
    out.raw("]")
    writeMaterials(verdicts, to: &out)
    if let deadlines = verdicts.deadlines {
      out.raw(",\"deadlines\":")
      deadlines.write(to: &out)
    }
    writeCommitments(verdicts, to: &out)
    out.raw(",\"questions\":[")
    var separator = Separator()
    for fact in verdicts.questions {
      separator.write(to: &out)
      questions.append(fact, to: &out)
    }
    out.raw("],\"warnings\":")
    out.stringArray(application.warnings)
    out.raw(",\"explanation\":")
    if explain {
      out.append(explanation(verdicts, for: application))
    } else {
      out.raw("\"\"")
    }
    out.raw("}")
  }

  /// `,"materials":{"required":[…],"provided":[…],…}`: one pass finds which lists have
  /// members, then each list that has any is written in slot order.
  private func writeMaterials(_ verdicts: Verdicts, to out: inout JSONWriter) {
    let outcome = verdicts.outcome
    verdicts.materials.withUnsafeBufferPointer { statuses in
      var present: UInt8 = 0
      for status in statuses { present |= Self.membership(status, outcome) }
      for (index, key) in Self.materialKeys.enumerated() {
        out.raw(key)
        let list: UInt8 = 1 << index
        guard present & list != 0 else { continue }
        var separator = Separator()
        for slot in statuses.indices where Self.membership(statuses[slot], outcome) & list != 0 {
          separator.write(to: &out)
          guard list == Self.waivedList else {
            materialIDs.append(slot, to: &out)
            continue
          }
          out.raw("{\"id\":")
          materialIDs.append(slot, to: &out)
          if let due = verdicts.due(slot) {
            out.raw(",\"due\":")
            out.isoDate(due)
          }
          out.raw("}")
        }
      }
      out.raw("]}")
    }
  }

  /// `,"commitments":[…]`: the conditions', then the materials', then the waiver letter.
  private func writeCommitments(_ verdicts: Verdicts, to out: inout JSONWriter) {
    out.raw(",\"commitments\":[")
    var separator = Separator()
    for slot in verdicts.conditions.indices
    where verdicts.conditions[slot] == .committed && !conditionCommitments.isEmpty(slot) {
      separator.write(to: &out)
      conditionCommitments.append(slot, to: &out)
    }
    for slot in verdicts.materials.indices
    where verdicts.materials[slot].list(outcome: verdicts.outcome) == .committed && !materialCommitments.isEmpty(slot) {
      separator.write(to: &out)
      materialCommitments.append(slot, to: &out)
    }
    if verdicts.outcome == .acceptedWithWaiver && !waiverLetter.isEmpty(0) {
      separator.write(to: &out)
      waiverLetter.append(0, to: &out)
    }
    out.raw("]")
  }

  /// The `materials` keys in the documented order, each closing the list before it: the
  /// list at index `i` is bit `i` of `membership`.
  private static let materialKeys: [StaticString] = [
    ",\"materials\":{\"required\":[", "],\"provided\":[", "],\"missing\":[", "],\"waived\":[", "],\"exempt\":[",
    "],\"committed\":[", "],\"undetermined\":[",
  ]
  private static let waivedList: UInt8 = 1 << 3

  /// The lists of the `materials` summary a material with `status` is in, as bits in the
  /// order of `materialKeys`.
  @inline(__always)
  private static func membership(_ status: MaterialStatus, _ outcome: Outcome) -> UInt8 {
    let required: UInt8 = status.isRequired ? 1 : 0
    return switch status.list(outcome: outcome) {
    case nil: required
    case .provided: required | 1 << 1
    case .missing: required | 1 << 2
    case .waived: required | 1 << 3
    case .exempt: required | 1 << 4
    case .committed: required | 1 << 5
    case .undetermined: required | 1 << 6
    }
  }

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

extension Outcome {
  /// The outcome as a JSON string (its raw value, quoted).
  fileprivate var quoted: StaticString {
    switch self {
    case .accepted: "\"accepted\""
    case .acceptedWithWaiver: "\"accepted_with_waiver\""
    case .needsCorrection: "\"needs_correction\""
    case .needsInformation: "\"needs_information\""
    case .rejected: "\"rejected\""
    }
  }
}
