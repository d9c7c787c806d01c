import YiciCalendar
import YiciEvaluation
import YiciExplanation
import YiciSemantics

/// Writes decisions on one bundle (一件事) in one language as JSON, straight from their
/// verdicts (`BundleVerdicts`): what `yici eval --batch` does with a bundle's lines.
///
/// Each selected member is written by its service's `DecisionWriter` (its texts escaped in
/// advance, its `required` lists memoized), the merged lists from the form's material ids
/// and questions escaped once, and the one document for the whole bundle from the decider's
/// memo of explanations, under a key of everything the document's body says
/// (`BundleWriter+Explanation`); only its head and the application's id line are written
/// each time. The JSON is written by `DecisionJSON`, the writer of `Decision.appendJSON`
/// too, so the bytes are those of the `Decision`. Owned by one decider (one thread).
package final class BundleWriter {
  let bundle: CompiledBundle
  /// The bundle's place among the rule set's decision targets (after the services): the
  /// first bytes of every memo key.
  let index: Int
  /// The members' services, in member order.
  let services: [CompiledService]
  /// Every service of the rule set (what `BundleMember.serviceIndex` counts in).
  let ruleServices: [CompiledService]
  let language: Language
  let memos: DecisionMemos
  /// The rules' revision as a JSON string, when decisions carry it.
  let revision: [UInt8]?
  let bundleField: JSONPieces
  /// The members' service ids, by member.
  let memberFields: JSONPieces
  /// The form's writer: its material ids and questions (with their versions).
  let form: DecisionWriter
  /// The document's head, escaped (without quotes).
  let head: [UInt8]
  /// Where each decision is written before it is appended (all but the explanation).
  @exclusivity(unchecked) private var output = JSONWriter(capacity: 4096)
  /// Where each member's decision is written before it joins the bundle's.
  @exclusivity(unchecked) var scratch: [UInt8] = []
  /// Where each explanation's memo key is written.
  @exclusivity(unchecked) var key: [UInt8] = []

  init(
    bundle: CompiledBundle, index: Int, services: [CompiledService], language: Language, revision: [UInt8]?,
    memos: DecisionMemos
  ) {
    self.bundle = bundle
    self.index = index
    self.services = bundle.members.map { services[$0.serviceIndex] }
    ruleServices = services
    self.language = language
    self.revision = revision
    self.memos = memos
    bundleField = JSONPieces(quoted: [bundle.id])
    memberFields = JSONPieces(quoted: bundle.members.map(\.service))
    form = DecisionWriter(service: bundle.form, index: index, language: language, memos: memos)
    head = Self.escaped(Explainer.bundleHead(bundle, language: language))
  }

  /// Appends the decision on `application` as compact JSON, each member's written by its
  /// service's writer from `writers`; `explain` writes the explanation (else it is empty).
  package func append(
    _ found: BundleVerdicts, for application: BoundApplication, writers: DecisionWriters, explain: Bool,
    to buffer: inout [UInt8]
  ) {
    let texts = Texts(found, application: application, bundle: bundle, services: services, english: language == .en)
    let source = BundleVerdictsJSON(writer: self, writers: writers, texts: texts, explain: explain)
    DecisionJSON.append(found, application, by: source, using: &output, to: &buffer)
  }

  /// `text` as a JSON string's contents: escaped, without its quotes.
  static func escaped(_ text: String) -> [UInt8] {
    var out = JSONWriter(capacity: text.utf8.count + 2)
    out.string(text)
    let bytes = out.bytes
    return Array(bytes[1..<(bytes.count - 1)])
  }

  /// The reasons, commitments and warnings of the members, each once: taken from the
  /// members' own decisions, made only for a member that has any (most have none).
  struct Texts {
    var reasons: [Reason] = []
    var commitments: [Commitment] = []
    var warnings: [String]

    init(
      _ found: BundleVerdicts, application: BoundApplication, bundle: CompiledBundle, services: [CompiledService],
      english: Bool
    ) {
      warnings = found.warnings
      for (member, service) in zip(found.members, services) {
        guard let verdicts = member.verdicts, Self.hasTexts(verdicts),
          let decision = Decision.member(member, service: service, english: english)
        else { continue }
        Decision.mergeOnce(decision.reasons, into: &reasons)
        Decision.mergeOnce(decision.commitments, into: &commitments)
        Decision.mergeOnce(decision.warnings, into: &warnings)
      }
    }

    /// Whether a member's decision has a reason, a commitment or a warning.
    private static func hasTexts(_ verdicts: Verdicts) -> Bool {
      if verdicts.outcome == .acceptedWithWaiver || !verdicts.ignored.isEmpty { return true }
      for status in verdicts.conditions {
        switch status {
        case .fails, .committed: return true
        default: continue
        }
      }
      for status in verdicts.materials {
        if case .committed = status { return true }
      }
      return false
    }
  }
}

/// A bundle's decision written from its verdicts.
private struct BundleVerdictsJSON: DecisionJSONSource {
  let writer: BundleWriter
  let writers: DecisionWriters
  let texts: BundleWriter.Texts
  let explain: Bool

  func optionals(_ found: borrowing BundleVerdicts, _ application: borrowing BoundApplication)
    -> DecisionField.Optionals
  {
    DecisionField.Optionals(
      id: application.id != nil, deadlines: found.deadlines != nil, trace: false, bundle: true,
      revision: writer.revision != nil)
  }

  func write(
    _ field: DecisionField, _ found: borrowing BundleVerdicts, _ application: borrowing BoundApplication,
    to out: inout JSONWriter
  ) {
    switch field {
    case .id: out.string(application.id ?? "")
    case .bundle: writer.bundleField.append(0, to: &out)
    case .date: out.isoDate(application.date)
    case .revision: if let revision = writer.revision { out.append(revision) }
    case .outcome: out.raw(found.outcome.quoted)
    case .reasons: out.array(texts.reasons) { $0.reason($1) }
    case .members: writer.writeMembers(found, writers: writers, to: &out)
    case .materials: writer.writeMaterials(found.materials, to: &out)
    case .produced: out.array(found.produced) { $0.produced($1) }
    case .deadlines: found.deadlines?.write(to: &out)
    case .commitments: out.array(texts.commitments) { $0.commitment($1) }
    case .questions: writer.form.writeQuestions(found.questions, on: application.date, to: &out)
    case .warnings: out.stringArray(texts.warnings)
    case .decisionID: break  // put in by the server (`DecisionIDField`)
    case .service, .selected, .trace, .explanation, .visits, .closedCommitments: break
    }
  }

  func appendExplanation(
    _ found: borrowing BundleVerdicts, _ application: borrowing BoundApplication, to buffer: inout [UInt8]
  ) {
    if explain {
      writer.appendExplanation(found, for: application, to: &buffer)
    } else {
      buffer.append(contentsOf: "\"\"".utf8)
    }
  }
}

extension BundleWriter {
  /// `[…]`: each member's own decision, or `{"service": …, "selected": false}` (`null`
  /// while unknown).
  fileprivate func writeMembers(_ found: BundleVerdicts, writers: DecisionWriters, to out: inout JSONWriter) {
    out.append(UInt8(ascii: "["))
    for (place, member) in found.members.enumerated() {
      if place > 0 { out.comma() }
      guard let verdicts = member.verdicts, let application = member.application else {
        out.raw("{\"service\":")
        memberFields.append(place, to: &out)
        out.raw(",\"selected\":")
        if let selected = member.selected { selected ? out.raw("true") : out.raw("false") } else { out.raw("null") }
        out.append(UInt8(ascii: "}"))
        continue
      }
      scratch.removeAll(keepingCapacity: true)
      writers.writer(bundle.members[place].serviceIndex, services[place]).appendMember(
        verdicts, for: application, to: &scratch)
      out.append(scratch)
    }
    out.append(UInt8(ascii: "]"))
  }

  /// The merged `materials` object, by the form's material ids.
  fileprivate func writeMaterials(_ merged: MergedMaterials, to out: inout JSONWriter) {
    let copies: ((inout JSONWriter) -> Void)? =
      merged.copies.isEmpty
      ? nil
      : { [form] out in
        for (place, counted) in merged.copies.enumerated() {
          if place > 0 { out.comma() }
          out.countedCopies(counted.copies) { form.materialIDs.append(counted.slot, to: &$0) }
        }
      }
    out.materials(copies: copies) { list, out in
      func ids(_ slots: [Int]) {
        for (place, slot) in slots.enumerated() {
          if place > 0 { out.comma() }
          form.materialIDs.append(slot, to: &out)
        }
      }
      switch list {
      case .required: ids(merged.required)
      case .provided: ids(merged.provided)
      case .missing: ids(merged.missing)
      case .waived:
        for (place, waived) in merged.waived.enumerated() {
          if place > 0 { out.comma() }
          out.waived(due: waived.due) { form.materialIDs.append(waived.slot, to: &$0) }
        }
      case .exempt: ids(merged.exempt)
      case .committed: ids(merged.committed)
      case .undetermined: ids(merged.undetermined)
      }
    }
  }
}
