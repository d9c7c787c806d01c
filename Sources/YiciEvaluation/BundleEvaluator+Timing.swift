import YiciCalendar
import YiciSemantics

// When each member of a bundle is done. Members without a result between them start at the
// bundle's acceptance (浙江 第5条: acceptance at the window is acceptance by every parallel
// department); a member after a result is accepted when that result is produced — the day
// the last member it waits for is done — so its own dates (promised, statutory, warning,
// waived materials' due dates) count from then, on its own working-day calendar.

extension BundleEvaluator {
  /// Each selected member's finishing day (nil for a member not selected), dating the
  /// verdicts of each member that waits for a result from the day it starts; `countable`
  /// is false when some member's day cannot be counted (its year is not in the calendar).
  static func timed(
    _ members: inout [MemberVerdicts], bundle: CompiledBundle, services: [CompiledService], accepted: CivilDate,
    date: CivilDate
  ) -> (dates: [CivilDate?], countable: Bool) {
    var finish = [CivilDate?](repeating: nil, count: members.count)
    var countable = true
    for index in bundle.order where members[index].selected == true {
      let start = bundle.members[index].after.compactMap { finish[$0] }.max() ?? accepted
      guard let limits = services[bundle.members[index].serviceIndex].timeLimits(on: date) else {
        finish[index] = start
        continue
      }
      if start > accepted, let verdicts = members[index].verdicts, let old = verdicts.deadlines {
        var deadlines = limits.deadlines(received: start, immediate: old.immediate)
        var dated = verdicts
        for slot in dated.materials.indices where dated.materials[slot] == .waived {
          dated.dues[slot] = limits.due(
            ofWaived: services[bundle.members[index].serviceIndex].materials[slot].id, in: &deadlines)
        }
        dated.deadlines = deadlines
        members[index].verdicts = dated
      }
      let immediate = members[index].verdicts?.deadlines?.immediate == true
      let length = immediate ? DayCount(0, .workingDays) : limits.watched
      do {
        finish[index] =
          try length.map { try $0.deadline(from: start, in: limits.calendar, rules: limits.rules) } ?? start
      } catch {
        countable = false
      }
    }
    return (finish, countable)
  }
}
