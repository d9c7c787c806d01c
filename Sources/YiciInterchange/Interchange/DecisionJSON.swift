import YiciCalendar

/// What the decision JSON is written from, field by field: a `Decision` value, or a batch's
/// verdicts with the service's texts escaped in advance.
///
/// The decision is given to every method as two parts, `decided` (the `Decision`, or the
/// `Verdicts`) and `application` (nothing, or the `BoundApplication`), borrowed, so that the
/// batch copies neither.
protocol DecisionJSONSource {
  associatedtype Decided
  associatedtype Applied

  /// Which optional fields the decision has.
  func optionals(_ decided: borrowing Decided, _ application: borrowing Applied) -> DecisionField.Optionals
  /// Writes the value of `field`, one other than `explanation`.
  func write(
    _ field: DecisionField, _ decided: borrowing Decided, _ application: borrowing Applied, to out: inout JSONWriter)
  /// Appends the explanation, a JSON string, straight to the output (it is most of the bytes).
  func appendExplanation(_ decided: borrowing Decided, _ application: borrowing Applied, to buffer: inout [UInt8])
}

/// The one writer of the decision JSON: compact, the fields in the order `DecisionField`
/// declares them, ending without a newline. A `Decision` value and a batch's verdicts are
/// both written by it.
enum DecisionJSON {
  /// Appends a decision to `buffer`, writing all but its explanation in `out` first (which
  /// it empties before and after: a writer may keep one for every decision).
  ///
  /// The fields are written one by one, in `DecisionField.order` (a test holds the two
  /// together), so that each one's key and checks are resolved when this is compiled.
  @inline(__always)
  static func append<Source: DecisionJSONSource>(
    _ decided: borrowing Source.Decided, _ application: borrowing Source.Applied, by source: Source,
    using out: inout JSONWriter, to buffer: inout [UInt8]
  ) {
    out.removeAll()
    defer { out.removeAll() }
    out.append(UInt8(ascii: "{"))
    let optional = source.optionals(decided, application)
    var first = true
    if optional.has(.id) {
      out.key(.id, first: &first)
      source.write(.id, decided, application, to: &out)
    }
    if optional.has(.service) {
      out.key(.service, first: &first)
      source.write(.service, decided, application, to: &out)
    }
    if optional.has(.bundle) {
      out.key(.bundle, first: &first)
      source.write(.bundle, decided, application, to: &out)
    }
    if optional.has(.selected) {
      out.key(.selected, first: &first)
      source.write(.selected, decided, application, to: &out)
    }
    if optional.has(.date) {
      out.key(.date, first: &first)
      source.write(.date, decided, application, to: &out)
    }
    if optional.has(.revision) {
      out.key(.revision, first: &first)
      source.write(.revision, decided, application, to: &out)
    }
    if optional.has(.outcome) {
      out.key(.outcome, first: &first)
      source.write(.outcome, decided, application, to: &out)
    }
    if optional.has(.reasons) {
      out.key(.reasons, first: &first)
      source.write(.reasons, decided, application, to: &out)
    }
    if optional.has(.members) {
      out.key(.members, first: &first)
      source.write(.members, decided, application, to: &out)
    }
    if optional.has(.materials) {
      out.key(.materials, first: &first)
      source.write(.materials, decided, application, to: &out)
    }
    if optional.has(.produced) {
      out.key(.produced, first: &first)
      source.write(.produced, decided, application, to: &out)
    }
    if optional.has(.deadlines) {
      out.key(.deadlines, first: &first)
      source.write(.deadlines, decided, application, to: &out)
    }
    if optional.has(.visits) {
      out.key(.visits, first: &first)
      source.write(.visits, decided, application, to: &out)
    }
    if optional.has(.commitments) {
      out.key(.commitments, first: &first)
      source.write(.commitments, decided, application, to: &out)
    }
    if optional.has(.closedCommitments) {
      out.key(.closedCommitments, first: &first)
      source.write(.closedCommitments, decided, application, to: &out)
    }
    if optional.has(.questions) {
      out.key(.questions, first: &first)
      source.write(.questions, decided, application, to: &out)
    }
    if optional.has(.warnings) {
      out.key(.warnings, first: &first)
      source.write(.warnings, decided, application, to: &out)
    }
    if optional.has(.trace) {
      out.key(.trace, first: &first)
      source.write(.trace, decided, application, to: &out)
    }
    guard optional.has(.explanation) else {
      out.append(UInt8(ascii: "}"))
      out.append(to: &buffer)
      return
    }
    out.key(.explanation, first: &first)
    // The explanation, most of the bytes, is copied once: straight into the buffer.
    out.append(to: &buffer)
    source.appendExplanation(decided, application, to: &buffer)
    buffer.append(UInt8(ascii: "}"))
  }
}

extension JSONWriter {
  /// A field's `,"name":`, without the comma for the first field of an object.
  @inline(__always)
  mutating func key(_ field: DecisionField, first: inout Bool) {
    let skip = first ? 1 : 0
    first = false
    field.key.withUTF8Buffer { bytes in append(UnsafeBufferPointer(rebasing: bytes[skip...])) }
  }

  /// A `materials` object: every list in `MaterialListField.order`, each one's elements
  /// (comma-separated) written by `elements`.
  @inline(__always)
  ///
  /// `copies`, when given, writes the elements of the `copies` list (`countedCopies`), which
  /// follows the lists when some listed material's copies are counted per a fact.
  mutating func materials(
    copies: ((inout JSONWriter) -> Void)? = nil, _ elements: (MaterialListField, inout JSONWriter) -> Void
  ) {
    for list in MaterialListField.order {
      raw(list.opening)
      elements(list, &self)
    }
    if let copies {
      raw("],\"copies\":[")
      copies(&self)
    }
    raw(MaterialListField.closing)
  }

  /// A whole number from 0 (`"visits"`).
  mutating func count(_ value: Int) {
    for digit in String(value).utf8 { append(digit) }
  }

  /// `{"id": …, "copies": n}`: how many copies of a material this applicant brings, its id
  /// written by `id`.
  mutating func countedCopies(_ copies: Int, id: (inout JSONWriter) -> Void) {
    raw("{\"id\":")
    id(&self)
    raw(",\"copies\":")
    for digit in String(copies).utf8 { append(digit) }
    raw("}")
  }

  /// `{"id": …, "due": …}` of a waived material, its id written by `id`.
  @inline(__always)
  mutating func waived(due: CivilDate?, id: (inout JSONWriter) -> Void) {
    raw("{\"id\":")
    id(&self)
    if let due {
      raw(",\"due\":")
      isoDate(due)
    }
    append(UInt8(ascii: "}"))
  }
}
