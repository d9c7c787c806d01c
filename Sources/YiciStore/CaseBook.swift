import Foundation
import Yici

/// The rules of cases (电子监察): which decisions open one, which events a case takes, and
/// where each stands on a day, by the service's time limits (`RuleSet.track`).
public struct CaseBook: Sendable {
  /// The rules the clocks are read from.
  public let ruleSet: RuleSet

  /// A book over the rules.
  public init(ruleSet: RuleSet) { self.ruleSet = ruleSet }

  /// The outcomes that open a case.
  public static let opening = ["accepted", "accepted_with_waiver"]

  /// A new case for an accepted (or accepted-with-waiver) service decision on record: its
  /// clock starts on the decision's date; the waived materials and their due dates are the
  /// decision's.
  public func newCase(from decision: StoredDecision, actor: String, now: Date = Date()) throws(CaseError) -> CaseFile {
    guard Self.opening.contains(decision.outcome) else {
      throw CaseError(
        .conflict, "decision \(decision.id) is \(decision.outcome): only an accepted decision opens a case")
    }
    guard decision.kind == .service else {
      throw CaseError(.invalid, "decision \(decision.id) is a bundle's: open a case for each member's decision")
    }
    guard let parsed = try? JSONSerialization.jsonObject(with: Data(decision.decision.utf8)),
      let object = parsed as? [String: Any]
    else { throw CaseError(.invalid, "decision \(decision.id) on record is not a decision object") }
    let materials = object["materials"] as? [String: Any]
    let waived = (materials?["waived"] as? [[String: Any]] ?? []).compactMap { item -> CaseFile.WaivedMaterial? in
      guard let id = item["id"] as? String else { return nil }
      return CaseFile.WaivedMaterial(id: id, due: item["due"] as? String)
    }
    let immediate = (object["deadlines"] as? [String: Any])?["immediate"] as? Bool ?? false
    let accepted = ((object["deadlines"] as? [String: Any])?["accepted"] as? String) ?? decision.date
    return CaseFile(
      id: DecisionID.make(now: now), decisionID: decision.id, service: decision.subject, accepted: accepted,
      immediate: immediate, waived: waived, openedAt: now, openedBy: actor)
  }

  /// The next event of a case, checked against the case as it stands: a case closed
  /// (completed, withdrawn) takes none; a pause names a period the service leaves out of its
  /// limit and not already open; a resume ends an open pause, on or after its start; a
  /// material supplied is a waived one not yet supplied.
  public func event(
    _ kind: CaseEvent.Kind, day: CivilDate, subject: String, note: String, actor: String, on file: CaseFile,
    now: Date = Date()
  ) throws(CaseError) -> CaseEvent {
    if let closing = file.events.last(where: { $0.kind == .completed || $0.kind == .withdrawn }) {
      throw CaseError(
        .conflict, "case \(file.id) was \(closing.kind.rawValue) on \(closing.day): it takes no more events")
    }
    guard let accepted = CivilDate(iso: file.accepted), day >= accepted else {
      throw CaseError(.invalid, "day: \(day) is before the case was accepted (\(file.accepted))")
    }
    let open = Self.openPauses(file)
    switch kind {
    case .pause:
      let known = periods(of: file)
      guard known.contains(subject) else {
        throw CaseError(
          .invalid,
          "period: '\(subject)' is not a period \(file.service) leaves out of its limit"
            + (known.isEmpty ? " (it declares none)" : " (it declares: \(known.joined(separator: ", ")))"))
      }
      guard open[subject] == nil else { throw CaseError(.conflict, "a \(subject) pause is already open") }
    case .resume:
      guard let start = open[subject] else {
        throw CaseError(.conflict, "no \(subject) pause is open on case \(file.id)")
      }
      guard day >= start else { throw CaseError(.invalid, "day: \(day) is before the pause began (\(start))") }
    case .materialSupplied:
      guard file.waived.contains(where: { $0.id == subject }) else {
        let waived = file.waived.map(\.id)
        throw CaseError(
          .invalid,
          "material: '\(subject)' was not waived on this case"
            + (waived.isEmpty ? " (none was)" : " (waived: \(waived.joined(separator: ", ")))"))
      }
      guard !file.events.contains(where: { $0.kind == .materialSupplied && $0.subject == subject }) else {
        throw CaseError(.conflict, "'\(subject)' was supplied already")
      }
    case .completed, .withdrawn:
      guard open.isEmpty else {
        throw CaseError(.conflict, "resume the open pause first (\(open.keys.sorted().joined(separator: ", ")))")
      }
    }
    return CaseEvent(
      sequence: (file.events.last?.sequence ?? 0) + 1, recordedAt: now, actor: actor, kind: kind, day: day.description,
      subject: kind == .completed || kind == .withdrawn ? "" : subject, note: note)
  }

  /// The periods the service leaves out of its limit on the acceptance date.
  func periods(of file: CaseFile) -> [String] {
    guard let service = ruleSet.compiled.service(file.service), let accepted = CivilDate(iso: file.accepted),
      let limits = service.timeLimits(on: accepted)
    else { return [] }
    return limits.notCounted.map(\.id)
  }

  /// The pauses open now: their period and first day.
  static func openPauses(_ file: CaseFile) -> [String: CivilDate] {
    var open: [String: CivilDate] = [:]
    for event in file.events {
      switch event.kind {
      case .pause: open[event.subject] = CivilDate(iso: event.day)
      case .resume: open[event.subject] = nil
      default: break
      }
    }
    return open
  }

  /// The pauses taken, as `yici track` reads them.
  static func pauses(_ file: CaseFile) -> [CaseRecord.Pause] {
    var pauses: [CaseRecord.Pause] = []
    var open: [String: Int] = [:]
    for event in file.events {
      guard let day = CivilDate(iso: event.day) else { continue }
      switch event.kind {
      case .pause:
        open[event.subject] = pauses.count
        pauses.append(CaseRecord.Pause(kind: event.subject, start: day))
      case .resume:
        if let index = open.removeValue(forKey: event.subject) { pauses[index].end = day }
      default: break
      }
    }
    return pauses
  }
}
