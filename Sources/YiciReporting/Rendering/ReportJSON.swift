import YiciCalendar
import YiciSemantics

/// The report as JSON for tools, in the field order the README documents: the figures on
/// the report's date at the top level, and the same object under `before` when two dates
/// are compared.
enum ReportJSON {
  static func render(_ report: ReformReport) -> String {
    var fields = snapshot(report.current)
    if let before = report.before { fields.append(("before", .object(snapshot(before)))) }
    return JSONTree.object(fields).pretty
  }

  static func snapshot(_ snapshot: ReportSnapshot) -> [(String, JSONTree)] {
    let totals = snapshot.totals
    return [
      ("date", .string(snapshot.date.description)),
      ("services", .array(snapshot.services.map(service))),
      ("bundles", .array(snapshot.bundles.map(bundle))),
      ("targets", .array(snapshot.targets.map(target))),
      (
        "totals",
        .object([
          ("items", .int(totals.items)), ("at_most_one_visit", .int(totals.atMostOneVisit)),
          ("immediate", .int(totals.immediate)), ("materials_at_least", .int(totals.materialsAtLeast)),
          ("materials_at_most", .int(totals.materialsAtMost)),
        ])
      ),
    ]
  }

  static func service(_ service: ServiceFigures) -> JSONTree {
    let materials = service.materials
    let limits = service.limits
    // `visits_fewest` only for an item whose visits depend on the facts.
    let fewest: [(String, JSONTree)] = service.fewestVisits.map { [("visits_fewest", .int($0))] } ?? []
    return .object(
      [
        ("id", .string(service.id)),
        ("name", .string(service.name.text)),
        ("department", .string(service.department?.text)),
        ("visits", .int(service.visits)),
      ] + fewest + [
        ("at_most_one_visit", .bool(service.atMostOneVisit)),
        (
          "materials",
          .object([
            ("at_least", .int(materials.atLeast)), ("at_most", .int(materials.atMost)),
            ("declared", .int(materials.declared)), ("shared", .int(materials.shared)),
            ("exact", .bool(materials.exact)),
          ])
        ),
        ("steps", .int(service.steps)),
        (
          "limits",
          .object([
            ("statutory", dayCount(limits.statutory)),
            ("promised", dayCount(limits.promised)),
            ("compression", limits.compression.map { .number($0.decimal) } ?? .null),
            ("handling", .string(limits.handling.rawValue)),
            ("special_procedures", .array(limits.specialProcedures.map { .string($0) })),
          ])
        ),
      ])
  }

  static func bundle(_ bundle: BundleFigures) -> JSONTree {
    let (materials, facts, visits, days) = (bundle.materials, bundle.facts, bundle.visits, bundle.days)
    func ids(_ ids: [String]) -> JSONTree { .array(ids.map { .string($0) }) }
    return .object([
      ("id", .string(bundle.id)),
      ("name", .string(bundle.name.text)),
      (
        "members",
        .array(
          bundle.members.map {
            .object([("id", .string($0.id)), ("optional", .bool($0.optional)), ("after", ids($0.after))])
          })
      ),
      ("members_not_in_force", ids(bundle.membersNotInForce)),
      (
        "materials",
        .object([
          ("summed", .int(materials.summed)), ("merged", .int(materials.merged)),
          ("to_submit", .int(materials.toSubmit)),
          ("exempt", .int(materials.exempt)), ("produced", .int(materials.produced)),
        ])
      ),
      (
        "facts",
        .object([("summed", .int(facts.summed)), ("merged", .int(facts.merged)), ("settled", .int(facts.settled))])
      ),
      (
        "visits",
        .object([
          ("summed", .int(visits.summed)), ("bundle", .int(visits.bundle)), ("undeclared", ids(visits.undeclared)),
        ])
      ),
      (
        "days",
        .object([
          ("statutory_sum", dayCount(days.statutorySum)), ("statutory_undeclared", ids(days.statutoryUndeclared)),
          ("critical_path", dayCount(days.criticalPath)), ("critical_members", ids(days.criticalMembers)),
          ("promised", dayCount(days.promised)),
        ])
      ),
    ])
  }

  static func dayCount(_ count: DayCount?) -> JSONTree {
    guard let count else { return .null }
    return .object([("days", .int(count.value)), ("unit", .string(count.unit.rawValue))])
  }

  static func target(_ check: TargetCheck) -> JSONTree {
    .object([
      ("id", .string(check.target.rawValue)),
      ("seed", .string(check.target.seed)),
      ("met", .bool(check.met)),
      ("applicable", .int(check.applicable)),
      ("passing", .int(check.passing)),
      ("uncomputable", .string(check.uncomputable?.rawValue)),
      ("failing", .array(check.failing.map(failure))),
    ])
  }

  static func failure(_ failure: TargetFailure) -> JSONTree {
    var fields: [(String, JSONTree)] = [("id", .string(failure.service)), ("reason", .string(failure.reason.code))]
    switch failure.reason {
    case .visits(let n): fields.append(("visits", .int(n)))
    case .noPromisedLimit(let statutory): fields.append(("statutory", dayCount(statutory)))
    case .promiseTooLong(let promised, let statutory):
      fields += [("promised", dayCount(promised)), ("statutory", dayCount(statutory))]
    case .steps(let n): fields.append(("steps", .int(n)))
    case .visitsNotDeclared, .noStatutoryLimit, .notImmediate, .stepsNotDeclared: break
    }
    return .object(fields)
  }
}
