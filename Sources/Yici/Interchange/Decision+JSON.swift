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

  /// Appends the decision's compact JSON to a buffer: the path `yici eval --batch` takes,
  /// writing every decision into one output buffer.
  public func appendJSON(to buffer: inout [UInt8]) {
    var out = JSONWriter(capacity: 512 + explanation.utf8.count)
    defer { out.append(to: &buffer) }
    out.openObject(id: id, service: service)
    out.raw(",\"date\":")
    out.string(date.description)
    out.raw(",\"outcome\":")
    out.string(outcome.rawValue)
    out.raw(",\"reasons\":")
    out.array(reasons) { $0.reason($1) }
    out.raw(",\"materials\":")
    materials.write(to: &out)
    if let deadlines {
      out.raw(",\"deadlines\":")
      deadlines.write(to: &out)
    }
    out.raw(",\"commitments\":")
    out.array(commitments) { $0.commitment($1) }
    out.raw(",\"questions\":")
    out.array(questions) { $0.question($1) }
    out.raw(",\"warnings\":")
    out.stringArray(warnings)
    if let trace {
      out.raw(",\"trace\":")
      trace.write(to: &out)
    }
    out.raw(",\"explanation\":")
    out.string(explanation)
    out.raw("}")
  }
}

extension MaterialSummary {
  fileprivate func write(to out: inout JSONWriter) {
    out.raw("{\"required\":")
    out.stringArray(required)
    out.raw(",\"provided\":")
    out.stringArray(provided)
    out.raw(",\"missing\":")
    out.stringArray(missing)
    out.raw(",\"waived\":")
    out.array(waived) { out, waived in
      out.raw("{\"id\":")
      out.string(waived.id)
      if let due = waived.due {
        out.raw(",\"due\":")
        out.isoDate(due)
      }
      out.raw("}")
    }
    out.raw(",\"exempt\":")
    out.stringArray(exempt)
    out.raw(",\"committed\":")
    out.stringArray(committed)
    out.raw(",\"undetermined\":")
    out.stringArray(undetermined)
    out.raw("}")
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
  /// `{"id": …, "service": …` — how applications and decisions open (no id when nil).
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

  /// `{"fact": …, "text": …, "options": […]}`.
  mutating func question(_ question: Question) {
    raw("{\"fact\":")
    string(question.fact)
    raw(",\"text\":")
    string(question.text)
    if let options = question.options {
      raw(",\"options\":")
      stringArray(options)
    }
    raw("}")
  }
}
