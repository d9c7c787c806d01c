import YiciEvaluation

extension Decision {
  /// The decision as compact JSON, in the documented field order, ending without a newline.
  ///
  /// Equivalent to encoding the `Codable` form (nil fields are left out), but written
  /// directly to bytes.
  public var jsonBytes: [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(512 + explanation.utf8.count)
    appendJSON(to: &bytes)
    return bytes
  }

  /// Appends the decision's compact JSON to a buffer (`DecisionJSON`, the writer a batch
  /// uses too).
  public func appendJSON(to buffer: inout [UInt8]) {
    var out = JSONWriter(capacity: 512)
    DecisionJSON.append(self, (), by: DecisionValueJSON(), using: &out, to: &buffer)
  }

  /// The optional fields written: those that are not nil.
  var optionals: DecisionField.Optionals {
    if let bundle {
      return DecisionField.Optionals(
        id: id != nil, deadlines: bundle.deadlines != nil, trace: false, bundle: true, revision: revision != nil)
    }
    var optionals = DecisionField.Optionals(
      id: id != nil, deadlines: deadlines != nil, trace: trace != nil, revision: revision != nil)
    optionals.visits = visits != nil
    optionals.closedCommitments = closedCommitments != nil
    return optionals
  }
}

/// A `Decision` value, written field by field.
private struct DecisionValueJSON: DecisionJSONSource {
  /// Whether the decision is a member's inside a bundle's (`selected`, no id, no explanation).
  var member = false

  func optionals(_ decision: borrowing Decision, _: borrowing Void) -> DecisionField.Optionals {
    var optionals = decision.optionals
    if member {
      optionals.member = true
      optionals.id = false
      optionals.revision = false
    }
    return optionals
  }

  func write(_ field: DecisionField, _ decision: borrowing Decision, _: borrowing Void, to out: inout JSONWriter) {
    switch field {
    case .id: out.string(decision.id ?? "")
    case .service: out.string(decision.service)
    case .bundle: out.string(decision.bundle?.bundle ?? "")
    case .selected: out.raw("true")
    case .members: out.array(decision.bundle?.members ?? []) { $0.member($1) }
    case .produced: out.array(decision.bundle?.produced ?? []) { $0.produced($1) }
    case .date: out.isoDate(decision.date)
    case .revision: out.string(decision.revision ?? "")
    case .decisionID: break  // put in by the server (`DecisionIDField`)
    case .outcome: out.string(decision.outcome.rawValue)
    case .reasons: out.array(decision.reasons) { $0.reason($1) }
    case .materials: decision.materials.write(to: &out)
    case .deadlines:
      if let bundle = decision.bundle {
        bundle.deadlines?.write(to: &out)
      } else {
        decision.deadlines?.write(to: &out)
      }
    case .visits: if let visits = decision.visits { out.count(visits) }
    case .commitments: out.array(decision.commitments) { $0.commitment($1) }
    case .closedCommitments: out.stringArray(decision.closedCommitments ?? [])
    case .questions: out.array(decision.questions) { $0.question($1) }
    case .warnings: out.stringArray(decision.warnings)
    case .trace: decision.trace?.write(to: &out)
    case .explanation: out.string(decision.explanation)
    }
  }

  func appendExplanation(_ decision: borrowing Decision, _: borrowing Void, to buffer: inout [UInt8]) {
    var out = JSONWriter(capacity: decision.explanation.utf8.count + 16)
    out.string(decision.explanation)
    out.append(to: &buffer)
  }
}

extension JSONWriter {
  /// A member of a bundle decision: its own decision with `selected: true`, or
  /// `{"service": …, "selected": false}` (`null` while the facts that select it are unknown).
  fileprivate mutating func member(_ member: MemberDecision) {
    guard let decision = member.decision else {
      raw("{\"service\":")
      string(member.service)
      raw(",\"selected\":")
      if let selected = member.selected { selected ? raw("true") : raw("false") } else { raw("null") }
      raw("}")
      return
    }
    var bytes: [UInt8] = []
    var out = JSONWriter(capacity: 512)
    DecisionJSON.append(decision, (), by: DecisionValueJSON(member: true), using: &out, to: &bytes)
    append(bytes)
  }

  /// `{"id": …, "by": …, "to": […]}`: a material a member's result stands for.
  mutating func produced(_ produced: ProducedMaterial) {
    raw("{\"id\":")
    string(produced.id)
    raw(",\"by\":")
    string(produced.by)
    raw(",\"to\":")
    stringArray(produced.to)
    raw("}")
  }
}

extension BundleDeadlines {
  /// `{"accepted": …, "critical_path": …, "promised": …}` (a date it cannot count left out).
  func write(to out: inout JSONWriter) {
    out.raw("{\"accepted\":")
    out.isoDate(accepted)
    if let criticalPath {
      out.raw(",\"critical_path\":")
      out.isoDate(criticalPath)
    }
    if let promised {
      out.raw(",\"promised\":")
      out.isoDate(promised)
    }
    out.raw("}")
  }
}

extension MaterialSummary {
  fileprivate func write(to out: inout JSONWriter) {
    let copies = self.copies.map { counted in
      { (out: inout JSONWriter) in
        out.elements(counted) { out, entry in out.countedCopies(entry.copies) { $0.string(entry.id) } }
      }
    }
    out.materials(copies: copies) { list, out in
      if list == .waived {
        out.elements(waived) { out, waived in out.waived(due: waived.due) { $0.string(waived.id) } }
      } else {
        out.elements(ids(list)) { $0.string($1) }
      }
    }
  }

  /// The ids in a list other than `waived`.
  private func ids(_ list: MaterialListField) -> [String] {
    switch list {
    case .required: required
    case .provided: provided
    case .missing: missing
    case .waived: waived.map(\.id)
    case .exempt: exempt
    case .committed: committed
    case .undetermined: undetermined
    }
  }
}

extension Trace {
  fileprivate func write(to out: inout JSONWriter) {
    out.raw("{\"conditions\":")
    out.array(conditions) { out, verdict in
      Trace.writeVerdict(&out, verdict.id, verdict.verdict, verdict.location, verdict.basis)
    }
    out.raw(",\"materials\":")
    out.array(materials) { out, verdict in
      Trace.writeVerdict(&out, verdict.id, verdict.verdict, verdict.location, verdict.basis)
    }
    if let waiver {
      out.raw(",\"waiver\":")
      out.string(waiver)
    }
    out.raw("}")
  }

  private static func writeVerdict(
    _ out: inout JSONWriter, _ id: String, _ verdict: String, _ location: String, _ basis: String?
  ) {
    out.raw("{\"id\":")
    out.string(id)
    out.raw(",\"verdict\":")
    out.string(verdict)
    out.raw(",\"location\":")
    out.string(location)
    if let basis {
      out.raw(",\"basis\":")
      out.string(basis)
    }
    out.raw("}")
  }
}

extension JSONWriter {
  /// `e, e, …` (no brackets), each element written by `element`.
  mutating func elements<T>(_ values: [T], _ element: (inout JSONWriter, T) -> Void) {
    for (index, value) in values.enumerated() {
      if index > 0 { comma() }
      element(&self, value)
    }
  }

  /// `{"id": …, "service": …` — how applications open (no id when nil).
  mutating func openObject(id: String?, service: String) {
    raw("{")
    if let id {
      key("id")
      string(id)
      comma()
    }
    key("service")
    string(service)
  }

  /// `{"id": …, "text": …, "basis": …}`.
  mutating func reason(_ reason: Reason) {
    raw("{\"id\":")
    string(reason.id)
    raw(",\"text\":")
    string(reason.text)
    if let basis = reason.basis {
      raw(",\"basis\":")
      string(basis)
    }
    raw("}")
  }

  /// `{"id": …, "text": …}`.
  mutating func commitment(_ commitment: Commitment) {
    raw("{\"id\":")
    string(commitment.id)
    raw(",\"text\":")
    string(commitment.text)
    raw("}")
  }

  /// `{"fact": …, "text": …, "options": […]}`, with `"multiple": true` for a multi-select fact.
  mutating func question(_ question: Question) {
    raw("{\"fact\":")
    string(question.fact)
    raw(",\"text\":")
    string(question.text)
    if let options = question.options {
      raw(",\"options\":")
      stringArray(options)
    }
    if question.multiple == true { raw(",\"multiple\":true") }
    raw("}")
  }
}
