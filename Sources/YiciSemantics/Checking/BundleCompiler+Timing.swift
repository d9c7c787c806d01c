import YiciCalendar
import YiciSyntax

// The bundle's promise against its members' limits. Members without a result between them
// run in parallel from the bundle's acceptance (浙江 第5条), a member after a result starts
// when it is produced, so the members' promised limits take the critical path; a promise
// shorter than that cannot be kept (E0222). A promise longer than the members' statutory
// limits together promises nothing (E0223). Limits in different units are compared as the
// service checks do, a working week of 5 days as 7 natural days.

extension BundleCompiler {
  /// The limits of a member that the check reads: those in force when the bundle starts
  /// (its `from`), else the member's latest.
  static func limits(of service: CompiledService, from: CivilDate?) -> CompiledTimeLimits? {
    from.flatMap { service.timeLimits(on: $0) } ?? service.timeLimits.last
  }

  /// How long a member takes at most by its promise: nothing when immediate (即办), else its
  /// promised limit, else its statutory one.
  static func promisedLength(_ limits: CompiledTimeLimits?) -> DayCount? {
    guard let limits else { return nil }
    if case .always = limits.immediacy { return .workingDays(0) }
    return limits.promised ?? limits.statutory
  }

  func promiseCalendar(_ members: [Member]) -> WorkingCalendar? {
    for member in members {
      if let limits = services[member.index].timeLimits.last { return limits.calendar }
    }
    return context.calendars.defaultEntry?.calendar
  }

  mutating func checkTiming(_ bundle: CompiledBundle) {
    guard let syntax = self.bundle.promised else { return }
    guard let promise = bundle.promised else {
      report(.invalidTimeLimit, "the bundle's promised limit must be a whole number of days", at: syntax.range)
      return
    }
    let limits = bundle.members.map { Self.limits(of: services[$0.serviceIndex], from: bundle.period.from) }
    let lengths = limits.map(Self.promisedLength)
    let path = bundle.criticalPath { lengths[$0].map(ServiceCompiler.comparableLength) }
    let comparablePromise = ServiceCompiler.comparableLength(promise)
    if comparablePromise < path.length {
      var steps = path.members.map { "\(bundle.members[$0].service) (\(lengths[$0]?.description ?? "no limit"))" }
      let counts = path.members.compactMap { lengths[$0] }
      if counts.count > 1, let unit = counts.first?.unit, counts.allSatisfy({ $0.unit == unit }) {
        steps[steps.count - 1] += " = \(DayCount(counts.reduce(0) { $0 + $1.value }, unit))"
      }
      report(
        .promiseShorterThanPath,
        "the bundle promises \(promise), but its members' promised limits take longer on the critical path: "
          + steps.joined(separator: " → "),
        at: syntax.range,
        help: "members without a result between them run in parallel; promise at least the longest chain, "
          + "or shorten the members' own promised limits")
    }
    let statutory = limits.map { $0?.statutory }
    guard !statutory.contains(where: { $0 == nil }) else { return }
    let sum = statutory.reduce(0) { $0 + ServiceCompiler.comparableLength($1!) }
    if comparablePromise > sum {
      let parts = zip(bundle.members, statutory).map { "\($0.service) \($1!)" }
      report(
        .promiseLongerThanStatutory,
        "the bundle promises \(promise), longer than its members' statutory limits together: "
          + parts.joined(separator: " + "),
        at: syntax.range, help: "a promise (承诺办结时限) is shorter than the law's limits, never longer")
    }
  }
}
