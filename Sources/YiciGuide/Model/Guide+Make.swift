import YiciCalendar
import YiciEvaluation
import YiciSemantics

extension Guide {
  /// The general guide of a service: every condition and material in force on `date`, a
  /// material with a `when` marked conditional with the facts it depends on.
  public init(service: CompiledService, date: CivilDate) {
    self.init(service: service, date: date, trace: nil, scenario: nil)
  }

  /// A guide from a decision's trace: the conditions with their verdicts, and only the
  /// materials the trace lists (required or undetermined); nil trace: the general guide.
  init(service: CompiledService, date: CivilDate, trace: Trace?, scenario: GuideScenario?) {
    self.service = service
    self.date = date
    self.limits = service.timeLimits(on: date)
    self.scenario = scenario
    let conditionVerdicts = Dictionary(
      (trace?.conditions ?? []).map { ($0.id, $0.verdict) }, uniquingKeysWith: { first, _ in first })
    var conditions: [GuideCondition] = []
    var seenConditions = Set<String>()
    for condition in service.conditions where condition.period.contains(date) {
      guard seenConditions.insert(condition.id).inserted else { continue }
      let status: GuideCondition.Status
      if trace == nil {
        status = .general
      } else {
        switch conditionVerdicts[condition.id] {
        case "holds": status = .met
        case "fails": status = .notMet
        case "committed": status = .committed
        default: status = .open
        }
      }
      conditions.append(GuideCondition(condition: condition, status: status))
    }
    self.conditions = conditions
    let materialVerdicts = Dictionary(
      (trace?.materials ?? []).map { ($0.id, $0.verdict) }, uniquingKeysWith: { first, _ in first })
    var materials: [GuideMaterial] = []
    var seenMaterials = Set<String>()
    for material in service.materials where material.isRequirement && material.period.contains(date) {
      guard seenMaterials.insert(material.id).inserted else { continue }
      let dependsOn = material.when.map { service.inputSlots(of: $0).map { service.facts[$0] } } ?? []
      let status: GuideMaterial.Status
      if trace == nil {
        status = material.when == nil ? .required : .conditional
      } else {
        switch materialVerdicts[material.id] {
        case nil, "not_required", "not_in_force": continue
        case "undetermined": status = .open
        case "exempt": status = .exempt
        case "committed": status = .committed
        default: status = .required
        }
      }
      var entry = GuideMaterial(
        material: material, alternatives: material.alternatives.map { service.materials[$0] }, status: status,
        dependsOn: dependsOn)
      entry.copiesPer = material.copiesPer.map { service.fact($0, on: date) }
      entry.dependsOnMaterials = (material.when?.materialReferences ?? []).compactMap { service.material($0, on: date) }
      entry.counted = scenario?.copies[material.id]
      entry.commitmentClosed = scenario?.closedCommitments.contains(material.id) ?? false
      materials.append(entry)
    }
    self.materials = materials
  }
}
