import YiciCalendar
import YiciEvaluation
import YiciExplanation
import YiciSemantics

/// Writes decisions of one service in one language as JSON, straight from their verdicts.
///
/// Every id and fixed text of the service is escaped once, when the writer is made (on the
/// service's first decision by a `Decider`), and each distinct explanation is rendered
/// once: it is rendered from its `ExplanationKey`, so applications without warnings whose
/// keys are equal get the same text, memoized under the key in the decider's
/// `DecisionMemos`. The JSON is written by `DecisionJSON`, the writer of `Decision.appendJSON`
/// too, so the bytes are those of the `Decision` without a trace. This is the path
/// `yici eval --batch` takes. Owned by one decider (one thread).
package final class DecisionWriter {
  let service: CompiledService
  /// The service's index in the rule set: the first bytes of every memo key.
  let serviceIndex: Int
  let language: Language
  let memos: DecisionMemos
  /// The rules' revision as a JSON string, when decisions carry it.
  let revision: [UInt8]?
  let serviceField: JSONPieces
  /// By material slot.
  let materialIDs: JSONPieces
  /// By condition slot.
  let reasons: JSONPieces
  /// By condition slot; empty for a condition without 告知承诺.
  let conditionCommitments: JSONPieces
  /// By material slot; empty for a material without 告知承诺.
  let materialCommitments: JSONPieces
  /// By index in the service's `waivers`.
  let waiverLetters: JSONPieces
  /// By fact slot.
  let questions: JSONPieces
  /// For an input fact declared for several periods, by slot: each version's period and
  /// its question's index in `questionVersions`.
  let versionedQuestions: [Int: [(period: Period, piece: Int)]]
  let questionVersions: JSONPieces
  /// The service's material texts in the language, prepared once the writer has written
  /// `preparedAfter` explanations without them (a service decided a few times is not
  /// worth preparing: the texts are the same either way).
  var prepared: Explainer.Prepared?
  /// Where each decision is written before it is appended (all but the explanation). Only
  /// this writer's thread touches it.
  @exclusivity(unchecked) private var output = JSONWriter(capacity: 2048)
  /// Where each explanation's memo key is written, after the service's index (grown to fit
  /// the largest). Only this writer's thread touches it.
  @exclusivity(unchecked) var keyStorage: [UInt8] = []
  /// How many explanations have been written afresh.
  var explained = 0
  static let preparedAfter = 3

  init(service: CompiledService, index: Int, language: Language, revision: [UInt8]? = nil, memos: DecisionMemos) {
    self.service = service
    self.revision = revision
    self.serviceIndex = index
    self.language = language
    self.memos = memos
    keyStorage = Self.keyStorage(count: 256, service: index)
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
    func sample(on date: CivilDate? = nil, _ edit: (inout Verdicts) -> Void) -> Decision {
      var verdicts = Verdicts(conditions: service.conditions.count, materials: service.materials.count)
      edit(&verdicts)
      let application = date.map { BoundApplication(for: service, date: $0) } ?? nowhere
      return Decision(verdicts, application: application, service: service, english: english, trace: false)
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
    // The letter of each waiver policy, for a day in its period.
    waiverLetters = JSONPieces(
      service.waivers.map { waiver in
        let day = waiver.period.from ?? waiver.period.until ?? CivilDate(dayNumber: 0)
        let letter = sample(on: day) { $0.outcome = .acceptedWithWaiver }.commitments.last
        return letter.map { letter in object { $0.commitment(letter) } } ?? []
      })
    let asked = sample { $0.questions = Array(service.facts.indices) }
    questions = JSONPieces(asked.questions.map { question in object { $0.question(question) } })
    // Each version of a fact declared for several periods, worded for a day in its period.
    var versioned: [Int: [(period: Period, piece: Int)]] = [:]
    var versionPieces: [[UInt8]] = []
    for (slot, versions) in service.factVersions {
      for version in versions {
        let day = version.period.from ?? version.period.until ?? CivilDate(dayNumber: 0)
        let question = sample(on: day) { $0.questions = [slot] }.questions[0]
        versioned[slot, default: []].append((version.period, versionPieces.count))
        versionPieces.append(object { $0.question(question) })
      }
    }
    versionedQuestions = versioned
    questionVersions = JSONPieces(versionPieces)
  }

  /// Appends the decision on `application` as compact JSON; `explain` writes the
  /// explanation (else it is empty, as with `DecisionOptions.explanation == false`).
  package func append(_ verdicts: Verdicts, for application: BoundApplication, explain: Bool, to buffer: inout [UInt8])
  {
    DecisionJSON.append(
      verdicts, application, by: VerdictsJSON(writer: self, explain: explain), using: &output, to: &buffer)
  }

  /// Appends the decision as a member's inside a bundle's: `selected`, and no id, revision
  /// or explanation.
  func appendMember(_ verdicts: Verdicts, for application: BoundApplication, to buffer: inout [UInt8]) {
    DecisionJSON.append(
      verdicts, application, by: VerdictsJSON(writer: self, explain: false, member: true), using: &output,
      to: &buffer)
  }
}

/// Decisions written straight from their verdicts, with the texts a writer escaped in
/// advance.
private struct VerdictsJSON: DecisionJSONSource {
  let writer: DecisionWriter
  let explain: Bool
  /// Whether it is a member's decision inside a bundle's.
  var member = false

  @inline(__always)
  func optionals(_ verdicts: borrowing Verdicts, _ application: borrowing BoundApplication) -> DecisionField.Optionals {
    // A batch with a trace is written from its `Decision`s.
    let hasDeadlines =
      switch verdicts.deadlines {
      case .some: true
      case .none: false
      }
    var optionals =
      member
      ? DecisionField.Optionals(id: false, deadlines: hasDeadlines, trace: false, member: true)
      : DecisionField.Optionals(
        id: application.id != nil, deadlines: hasDeadlines, trace: false, revision: writer.revision != nil)
    if verdicts.visits != nil { optionals.visits = true }
    if !verdicts.closedCommitments.isEmpty { optionals.closedCommitments = true }
    return optionals
  }

  @inline(__always)
  func write(
    _ field: DecisionField, _ verdicts: borrowing Verdicts, _ application: borrowing BoundApplication,
    to out: inout JSONWriter
  ) {
    switch field {
    case .id: out.string(application.id ?? "")
    case .selected: out.raw("true")
    case .bundle, .members, .produced: break  // a service's verdicts: never written
    case .service: writer.serviceField.append(0, to: &out)
    case .date: out.isoDate(application.date)
    case .revision: if let revision = writer.revision { out.append(revision) }
    case .decisionID: break  // put in by the server (`DecisionIDField`)
    case .outcome: out.raw(verdicts.outcome.quoted)
    case .reasons: writer.writeReasons(verdicts, to: &out)
    case .materials: writer.writeMaterials(verdicts, to: &out)
    case .deadlines: verdicts.deadlines?.write(to: &out)
    case .visits: if let visits = verdicts.visits { out.count(visits) }
    case .commitments: writer.writeCommitments(verdicts, on: application.date, to: &out)
    case .closedCommitments:
      out.append(UInt8(ascii: "["))
      for (place, slot) in verdicts.closedCommitments.enumerated() {
        if place > 0 { out.comma() }
        writer.materialIDs.append(slot, to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .questions: writer.writeQuestions(verdicts.questions, on: application.date, to: &out)
    case .warnings:
      if verdicts.ignored.isEmpty {
        out.stringArray(application.warnings)
      } else {
        out.stringArray(application.warnings + verdicts.ignoredWarnings(in: writer.service, on: application.date))
      }
    case .trace, .explanation: break
    }
  }

  func appendExplanation(
    _ verdicts: borrowing Verdicts, _ application: borrowing BoundApplication, to buffer: inout [UInt8]
  ) {
    if explain {
      writer.appendExplanation(verdicts, for: application, to: &buffer)
    } else {
      buffer.append(contentsOf: "\"\"".utf8)
    }
  }
}

extension DecisionWriter {
  /// `[…]`: the reasons of the failed conditions, in slot order.
  @inline(__always)
  fileprivate func writeReasons(_ verdicts: Verdicts, to out: inout JSONWriter) {
    out.append(UInt8(ascii: "["))
    verdicts.conditions.withUnsafeBufferPointer { conditions in
      var separator = Separator()
      for slot in conditions.indices {
        guard case .fails = conditions[slot] else { continue }
        separator.write(to: &out)
        reasons.append(slot, to: &out)
      }
    }
    out.append(UInt8(ascii: "]"))
  }

  /// `[…]`: the questions (fact slots), most decisive first.
  @inline(__always)
  func writeQuestions(_ facts: [Int], on date: CivilDate, to out: inout JSONWriter) {
    out.append(UInt8(ascii: "["))
    var separator = Separator()
    for fact in facts {
      separator.write(to: &out)
      if !versionedQuestions.isEmpty, let versions = versionedQuestions[fact],
        let version = versions.first(where: { $0.period.contains(date) })
      {
        questionVersions.append(version.piece, to: &out)
      } else {
        questions.append(fact, to: &out)
      }
    }
    out.append(UInt8(ascii: "]"))
  }
}

extension Outcome {
  /// The outcome as a JSON string (its raw value, quoted).
  var quoted: StaticString {
    switch self {
    case .accepted: "\"accepted\""
    case .acceptedWithWaiver: "\"accepted_with_waiver\""
    case .needsCorrection: "\"needs_correction\""
    case .needsInformation: "\"needs_information\""
    case .rejected: "\"rejected\""
    }
  }
}
