import YiciCalendar
import YiciEvaluation
import YiciExplanation
import YiciSemantics

/// Writes decisions of one service in one language as JSON, straight from their verdicts.
///
/// Every id and fixed text of the service is escaped once, when the writer is made (on the
/// service's first decision by a `Decider`), and each distinct explanation is written
/// once: applications with equal verdicts (and equal warnings, and dates where the
/// explanation states deadlines) get the same explanation, so it is memoized in the
/// decider's `DecisionMemos`. The bytes equal `Decision.appendJSON` without a trace; a test
/// holds the two together. This is the path `yici eval --batch` takes. Owned by one
/// decider (one thread).
final class DecisionWriter {
  let service: CompiledService
  /// The service's index in the rule set: the first bytes of every memo key.
  let serviceIndex: Int
  let language: Language
  let memos: DecisionMemos
  private let serviceField: JSONPieces
  /// By material slot.
  let materialIDs: JSONPieces
  /// By condition slot.
  private let reasons: JSONPieces
  /// By condition slot; empty for a condition without 告知承诺.
  let conditionCommitments: JSONPieces
  /// By material slot; empty for a material without 告知承诺.
  let materialCommitments: JSONPieces
  let waiverLetter: JSONPieces
  /// By fact slot.
  private let questions: JSONPieces
  /// The service's material texts in the language, prepared once the writer has written
  /// `preparedAfter` explanations without them (a service decided a few times is not
  /// worth preparing: the texts are the same either way).
  var prepared: Explainer.Prepared?
  /// How many explanations have been written afresh.
  var explained = 0
  static let preparedAfter = 3

  init(service: CompiledService, index: Int, language: Language, memos: DecisionMemos) {
    self.service = service
    self.serviceIndex = index
    self.language = language
    self.memos = memos
    let english = language == .en
    // The texts come from a Decision built for the purpose, so they are worded exactly as
    // `Decision(verdicts…)` words them.
    func object(_ write: (inout JSONWriter) -> Void) -> [UInt8] {
      var out = JSONWriter(capacity: 128)
      write(&out)
      return out.bytes
    }
    serviceField = JSONPieces(quoted: [service.id])
    materialIDs = JSONPieces(quoted: service.materials.map(\.id))
    let nowhere = BoundApplication(for: service, date: CivilDate(dayNumber: 0))
    func sample(_ edit: (inout Verdicts) -> Void) -> Decision {
      var verdicts = Verdicts(conditions: service.conditions.count, materials: service.materials.count)
      edit(&verdicts)
      return Decision(verdicts, application: nowhere, service: service, english: english, trace: false)
    }
    // Every condition failed: one reason per condition, in slot order.
    let failed = sample { $0.conditions = $0.conditions.map { _ in .fails } }
    reasons = JSONPieces(failed.reasons.map { reason in object { $0.reason(reason) } })
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
    var out = JSONWriter(capacity: 2048)
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
    if verdicts.ignored.isEmpty {
      out.stringArray(application.warnings)
    } else {
      out.stringArray(application.warnings + verdicts.ignoredWarnings(in: service, on: application.date))
    }
    out.raw(",\"explanation\":")
    guard explain else {
      out.raw("\"\"}")
      out.append(to: &buffer)
      return
    }
    // The explanation, most of the bytes, is copied once: straight into the buffer.
    out.append(to: &buffer)
    appendExplanation(verdicts, for: application, to: &buffer)
    buffer.append(UInt8(ascii: "}"))
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
