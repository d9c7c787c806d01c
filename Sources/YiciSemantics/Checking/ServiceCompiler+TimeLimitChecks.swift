import YiciCalendar
import YiciSyntax

// The checks between limits: promised ≤ statutory (E0212) and at least 20% shorter (W0305,
// seed 000: 整体缩短20%以上), supplement ≤ promised (E0213), a warning inside its limit.
//
// Limits in different units are compared counting a working week of 5 days as 7 natural
// days; in the same unit they are compared exactly.

extension ServiceCompiler {
  /// A length comparable across units: natural days × 5, working days × 7.
  static func comparableLength(_ count: DayCount) -> Int {
    count.unit == .workingDays ? count.value * 7 : count.value * 5
  }

  mutating func checkLimits(
    _ syntax: TimeLimitsSyntax, statutory: DayCount?, promised: DayCount?,
    immediacy: CompiledTimeLimits.Immediacy
  ) {
    let promisedRange = syntax.promised?.range ?? syntax.keyword
    let statutoryNote = syntax.statutory.map {
      Diagnostic.Note("the statutory limit", at: SourceSpan(file: file, range: $0.range))
    }
    if let promised, let statutory {
      let promisedLength = Self.comparableLength(promised)
      let statutoryLength = Self.comparableLength(statutory)
      if promisedLength > statutoryLength {
        report(
          .promisedExceedsStatutory, "the promised limit (\(promised)) is longer than the statutory one (\(statutory))",
          in: file, at: promisedRange, help: "a promised limit may not exceed the limit the law sets",
          notes: statutoryNote.map { [$0] } ?? [])
      } else if promisedLength * 5 > statutoryLength * 4 {
        let most =
          promised.unit == statutory.unit ? ", at most \(DayCount(statutory.value * 4 / 5, statutory.unit))" : ""
        report(
          .promisedNotShortened,
          "the promised limit (\(promised)) is not at least 20% shorter than the statutory one (\(statutory))",
          in: file, at: promisedRange,
          help: "reform rule (seed 000, 整体缩短20%以上): promise at most 80% of the statutory limit\(most)",
          notes: statutoryNote.map { [$0] } ?? [])
      }
    } else if promised == nil, let statutory, let statutoryRange = syntax.statutory?.range {
      if case .always = immediacy { return }
      report(
        .promisedNotShortened, "the service has a statutory limit (\(statutory)) but no promised limit", in: file,
        at: statutoryRange,
        help: "reform rule (seed 000, 整体缩短20%以上): publish a promised limit of at most 80% of the statutory one")
    }
  }

  /// Every supplement period must fit in the promised limit (else the statutory one): a
  /// waived material is due before the case is.
  mutating func checkSupplements(_ syntax: [SupplementSyntax], promised: DayCount?, statutory: DayCount?) {
    guard let bound = promised ?? statutory else { return }
    let which = promised == nil ? "statutory" : "promised"
    for supplement in syntax {
      // An unbounded count is reported where it is compiled (`dayCount`).
      guard let count = Self.boundedDayCount(supplement.duration),
        Self.comparableLength(count) > Self.comparableLength(bound)
      else { continue }
      report(
        .supplementExceedsPromised, "the supplement period (\(count)) is longer than the \(which) limit (\(bound))",
        in: file, at: supplement.range, help: "waived materials must be supplied within the \(which) limit")
    }
  }

  /// The warning point, checked against the limit it watches.
  mutating func compileWarning(_ syntax: WarningSyntax, watched: DayCount?) -> WarningPoint? {
    guard let watched else {
      report(
        .invalidTimeLimit, "a warning needs a promised or statutory limit to watch", in: file, at: syntax.range)
      return nil
    }
    switch syntax.point {
    case .percent(let text):
      guard let percent = Int(text), (1...100).contains(percent) else {
        report(
          .invalidTimeLimit, "the warning share must be a whole percentage from 1 to 100", in: file, at: syntax.range)
        return nil
      }
      // The first day of the warning: ceil(limit × percent / 100) days into the limit.
      if (watched.value * percent + 99) / 100 >= watched.value {
        reportWarningOnDueDay(syntax, watched: watched)
      }
      return .percentElapsed(percent)
    case .before(let duration):
      guard let days = dayCount(duration) else { return nil }
      guard days.unit == watched.unit else {
        report(
          .invalidTimeLimit,
          "the warning is counted in \(days.unit == .workingDays ? "working" : "natural") days,"
            + " the limit it watches (\(watched)) in \(watched.unit == .workingDays ? "working" : "natural") days",
          in: file, at: duration.range, help: "count the warning in the limit's unit")
        return nil
      }
      guard days.value < watched.value else {
        report(
          .invalidTimeLimit, "a warning \(days) before the deadline leaves no time before it (the limit is \(watched))",
          in: file, at: syntax.range)
        return nil
      }
      if days.value == 0 { reportWarningOnDueDay(syntax, watched: watched) }
      return .daysBeforeDeadline(days.value)
    }
  }

  /// W0311: a warning point that falls on the due day warns of nothing.
  private mutating func reportWarningOnDueDay(_ syntax: WarningSyntax, watched: DayCount) {
    report(
      .warningOnDueDay,
      "the warning falls on the due day of the limit it watches (\(watched)): no early warning is given",
      in: file, at: syntax.range, help: "warn at least a day before the deadline (预警 提前 1 个工作日, or a smaller share)")
  }

  /// The default supplement period and those of particular materials, each checked.
  mutating func compileSupplements(_ syntax: [SupplementSyntax], materials: [CompiledMaterial])
    -> (all: DayCount?, byMaterial: [String: DayCount])
  {
    var all: DayCount?
    var byMaterial: [String: DayCount] = [:]
    for supplement in syntax {
      guard let count = dayCount(supplement.duration) else { continue }
      if supplement.materials.isEmpty {
        if all != nil {
          report(.duplicateAttribute, "the supplement period is given twice", in: file, at: supplement.range)
        }
        all = count
      }
      for id in supplement.materials {
        guard let material = materials.first(where: { $0.id == id.name && $0.isRequirement }) else {
          report(
            .unknownMaterial, "no material named '\(id.name)' in this service", in: file, at: id.range,
            label: Suggestions.label(for: id.name, in: materials.map(\.id)))
          continue
        }
        guard material.waivable else {
          report(
            .invalidTimeLimit, "material '\(id.name)' is not waivable, so it is never supplied after acceptance",
            in: file, at: id.range, help: "mark it waivable (可容缺), or leave it out here")
          continue
        }
        if byMaterial[id.name] != nil {
          report(.duplicateAttribute, "the supplement period of '\(id.name)' is given twice", in: file, at: id.range)
        }
        byMaterial[id.name] = count
      }
    }
    return (all, byMaterial)
  }
}
