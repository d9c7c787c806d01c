import YiciCalendar
import YiciEvaluation
import YiciSemantics

/// Everything an explanation says, packed into bytes, and nothing else: the renderer's only
/// input besides the service, the language and the warnings.
///
/// An explanation is always rendered *from* its key (`Explainer.explanationLines(key:…)`
/// reads the verdicts back out of it), so verdicts with equal keys get equal text by
/// construction, and a memo of texts keyed by it can never serve a stale one: what the
/// renderer does not find in the key it cannot read. What is left out is what no text
/// says: conditions that neither failed nor were committed, materials in no list the text
/// names (those provided, and every material of a rejected application), the waiver verdict outside needs-correction, due
/// dates of materials not waived, and the decision date without deadlines (unless the
/// service has ids or a waiver policy declared for several periods, whose version in force
/// the text names).
///
/// Layout: the outcome; the waiver verdict; one byte per condition slot; unless rejected,
/// one byte per material slot (a waived one's due date after it, then copies counted per a fact); the questions; the
/// commitments not offered; the visits, when they depend on the facts; the date, when read; then the deadlines, when there are any. Numbers are LEB128, dates zig-zag day
/// numbers.
package enum ExplanationKey {
  /// Writes the key of the explanation of `verdicts`, decided on `date` by `service`, into `storage`
  /// from `start` on, and gives where it ends: nil when it does not fit (the storage is not
  /// grown, so that a caller may keep one storage for every key).
  package static func write(
    _ verdicts: Verdicts, date: CivilDate, service: CompiledService, into storage: inout [UInt8], from start: Int
  ) -> Int? {
    var span = storage.mutableSpan
    var key = Writer(count: start)
    key.write(
      verdicts, date: date, datesVersions: Self.readsDate(service),
      visitsVary: !service.header.conditionalVisits.isEmpty, &span)
    return key.overflowed ? nil : key.count
  }

  /// The verdicts and the date a key was written from, as far as the key holds them.
  package static func read(_ key: [UInt8], service: CompiledService) -> (verdicts: Verdicts, date: CivilDate) {
    var reader = Reader(bytes: key)
    var verdicts = Verdicts(conditions: 0, materials: 0)
    verdicts.outcome = Outcome(keyByte: reader.byte())
    let waiver = reader.byte()
    verdicts.waiver = waiver == 0 ? nil : QualifierStatus(rawValue: waiver - 1)
    verdicts.conditions.reserveCapacity(service.conditions.count)
    for _ in service.conditions.indices {
      verdicts.conditions.append(ConditionStatus(rawValue: reader.byte()) ?? .notInForce)
    }
    verdicts.materials.reserveCapacity(service.materials.count)
    for slot in service.materials.indices {
      // A rejected application's key holds no materials.
      let byte = verdicts.outcome == .rejected ? 0 : reader.byte()
      verdicts.materials.append(MaterialStatus(rawValue: byte & ~(dueFollows | copiesFollow)) ?? .notRequirement)
      if byte & dueFollows != 0 {
        if verdicts.dues.isEmpty { verdicts.dues = Array(repeating: nil, count: service.materials.count) }
        verdicts.dues[slot] = reader.date()
      }
      if byte & copiesFollow != 0 {
        if verdicts.copies.isEmpty { verdicts.copies = Array(repeating: nil, count: service.materials.count) }
        verdicts.copies[slot] = reader.number()
      }
    }
    let questions = reader.number()
    verdicts.questions.reserveCapacity(questions)
    for _ in 0..<questions { verdicts.questions.append(reader.number()) }
    for _ in 0..<reader.number() { verdicts.closedCommitments.append(reader.number()) }
    if !service.header.conditionalVisits.isEmpty {
      let visits = reader.number()
      verdicts.visits = visits == 0 ? nil : visits - 1
    }
    let date = reader.dateIfAny() ?? CivilDate(dayNumber: 0)
    guard reader.byte() == 1 else { return (verdicts, date) }
    let accepted = reader.date()
    let promised = reader.dateIfAny()
    let statutory = reader.dateIfAny()
    let warning = reader.dateIfAny()
    let immediate = reader.byte() == 1
    let provisional = reader.notes()
    let undated = reader.notes()
    verdicts.deadlines = Deadlines(
      accepted: accepted, immediate: immediate, promised: promised, statutory: statutory, warning: warning,
      provisional: provisional, undated: undated)
    return (verdicts, date)
  }

  /// The key of the explanation of `verdicts`, as an array.
  package static func bytes(_ verdicts: Verdicts, date: CivilDate, service: CompiledService) -> [UInt8] {
    var storage = [UInt8](repeating: 0, count: 64 + verdicts.conditions.count + 4 * verdicts.materials.count)
    while true {
      if let count = write(verdicts, date: date, service: service, into: &storage, from: 0) {
        return Array(storage[..<count])
      }
      storage = [UInt8](repeating: 0, count: 2 * storage.count)
    }
  }

  /// Whether the text of `service`'s decisions reads their date even without deadlines:
  /// a service with an id declared for several periods describes the version in force.
  static func readsDate(_ service: CompiledService) -> Bool {
    !service.conditionVersions.isEmpty || !service.materialVersions.isEmpty || !service.factVersions.isEmpty
      || service.waivers.contains { $0.period != .always }
  }

  /// Marks a waived material's byte when its due date follows.
  static let dueFollows: UInt8 = 0x80
  /// Marks a material's byte when its counted copies follow (after the due date, if any).
  static let copiesFollow: UInt8 = 0x40
  /// Added to a note's year so that any year the calendar names is a natural number.
  static let yearBias = 1 << 20

  /// Writes a key through a span of storage (every byte bounds-checked), noting when it
  /// does not fit.
  private struct Writer {
    var count: Int
    var overflowed = false

    mutating func write(
      _ verdicts: Verdicts, date: CivilDate, datesVersions: Bool, visitsVary: Bool, _ span: inout MutableSpan<UInt8>
    ) {
      let outcome = verdicts.outcome
      byte(outcome.keyByte, &span)
      // Only the needs-correction text reads the waiver verdict (in its waiver hint).
      byte(outcome == .needsCorrection ? verdicts.waiver.map { $0.rawValue + 1 } ?? 0 : 0, &span)
      for status in verdicts.conditions {
        // Pattern matches, not `==`: the statuses' `Equatable` is not inlined across modules.
        switch status {
        case .fails, .committed: byte(status.rawValue, &span)
        default: byte(0, &span)
        }
      }
      // A rejected application is told only why: its materials do not matter.
      if outcome != .rejected {
        for slot in verdicts.materials.indices {
          let status = verdicts.materials[slot]
          switch status.list(outcome: outcome) {
          case .provided?: byte(0, &span)
          case nil:
            // An alternative (`any(…)`) is named with its count in the text of what it replaces.
            if let copies = verdicts.listedCopies(slot) {
              byte(copiesFollow, &span)
              number(copies, &span)
            } else {
              byte(0, &span)
            }
          default:
            let due: CivilDate? = if case .waived = status { verdicts.due(slot) } else { nil }
            let copies = verdicts.copies(slot)
            byte(status.rawValue | (due == nil ? 0 : dueFollows) | (copies == nil ? 0 : copiesFollow), &span)
            if let due { self.date(due, &span) }
            if let copies { number(copies, &span) }
          }
        }
      }
      number(verdicts.questions.count, &span)
      for question in verdicts.questions { number(question, &span) }
      // Commitments the text does not offer this applicant (their `only if` is false).
      number(verdicts.closedCommitments.count, &span)
      for slot in verdicts.closedCommitments { number(slot, &span) }
      // The visits of this application, when the service's depend on the facts (0: none).
      if visitsVary { number(verdicts.visits.map { $0 + 1 } ?? 0, &span) }
      // The date, where the text reads it: to state deadlines, or to pick versions.
      let hasDeadlines =
        switch verdicts.deadlines {
        case .some: true
        case .none: false
        }
      self.date(ifAny: hasDeadlines || datesVersions ? date : nil, &span)
      guard let deadlines = verdicts.deadlines else {
        byte(0, &span)
        return
      }
      byte(1, &span)
      self.date(deadlines.accepted, &span)
      self.date(ifAny: deadlines.promised, &span)
      self.date(ifAny: deadlines.statutory, &span)
      self.date(ifAny: deadlines.warning, &span)
      byte(deadlines.immediate ? 1 : 0, &span)
      // The explanation names the years of provisional and undatable dates, and which dates.
      notes(deadlines.provisional, &span)
      notes(deadlines.undated, &span)
    }

    @inline(__always)
    mutating func byte(_ byte: UInt8, _ span: inout MutableSpan<UInt8>) {
      guard count < span.count else {
        overflowed = true
        return
      }
      span[count] = byte
      count += 1
    }

    /// LEB128: seven bits a byte, low first (a question slot below 128 is one byte).
    mutating func number(_ value: Int, _ span: inout MutableSpan<UInt8>) {
      var rest = UInt(bitPattern: value)
      while rest >= 0x80 {
        byte(UInt8(truncatingIfNeeded: rest) | 0x80, &span)
        rest >>= 7
      }
      byte(UInt8(rest), &span)
    }

    /// The day number, zig-zag encoded (a date before 1970 is a negative day number).
    mutating func date(_ date: CivilDate, _ span: inout MutableSpan<UInt8>) {
      let day = date.dayNumber
      number((day << 1) ^ (day >> (Int.bitWidth - 1)), &span)
    }

    /// 1 and the date, or 0 for none.
    mutating func date(ifAny date: CivilDate?, _ span: inout MutableSpan<UInt8>) {
      guard let date else {
        byte(0, &span)
        return
      }
      byte(1, &span)
      self.date(date, &span)
    }

    /// How many notes, then each one's year and field.
    mutating func notes(_ notes: [Deadlines.DateNote], _ span: inout MutableSpan<UInt8>) {
      number(notes.count, &span)
      for note in notes {
        number(note.year &+ yearBias, &span)
        number(note.field.utf8.count, &span)
        for byte in note.field.utf8 { self.byte(byte, &span) }
      }
    }
  }

  /// Reads a key back, byte by byte.
  private struct Reader {
    let bytes: [UInt8]
    var position = 0

    mutating func byte() -> UInt8 {
      defer { position += 1 }
      return bytes[position]
    }

    mutating func number() -> Int {
      var value: UInt = 0
      var shift: UInt = 0
      while true {
        let next = byte()
        value |= UInt(next & 0x7F) << shift
        if next < 0x80 { return Int(bitPattern: value) }
        shift += 7
      }
    }

    mutating func date() -> CivilDate {
      let zigzag = number()
      return CivilDate(dayNumber: (zigzag >> 1) ^ -(zigzag & 1))
    }

    mutating func dateIfAny() -> CivilDate? {
      byte() == 1 ? date() : nil
    }

    mutating func notes() -> [Deadlines.DateNote] {
      var notes: [Deadlines.DateNote] = []
      for _ in 0..<number() {
        let year = number() - yearBias
        var field: [UInt8] = []
        for _ in 0..<number() { field.append(byte()) }
        notes.append(Deadlines.DateNote(field: String(decoding: field, as: UTF8.self), year: year))
      }
      return notes
    }
  }
}

extension Outcome {
  /// The outcome whose `keyByte` this is.
  init(keyByte: UInt8) {
    self =
      switch keyByte {
      case 0: .accepted
      case 1: .acceptedWithWaiver
      case 2: .needsCorrection
      case 3: .needsInformation
      default: .rejected
      }
  }

  /// The outcome's byte in an explanation key.
  var keyByte: UInt8 {
    switch self {
    case .accepted: 0
    case .acceptedWithWaiver: 1
    case .needsCorrection: 2
    case .needsInformation: 3
    case .rejected: 4
    }
  }
}
