import YiciSyntax

// The form an application to the bundle is bound to names every material and every
// commitment a member knows, so that one decoder binds a bundle's application as it binds a
// service's: the members' materials join it as alternatives only (never required of the form
// itself), and the members' conditions that allow a 告知承诺 after the selecting conditions
// (read only for the commitment; the bundle evaluates the selecting ones alone).

extension BundleCompiler {
  func formWithMembersItems(_ form: CompiledService, _ members: [Member]) -> CompiledService {
    var materials: [CompiledMaterial] = []
    var conditions = form.conditions
    for member in members {
      let service = services[member.index]
      for material in service.materials where !materials.contains(where: { $0.id == material.id }) {
        var copy = material
        copy.when = nil
        copy.alternatives = []
        copy.commitmentQualifier = nil
        copy.isRequirement = false
        copy.period = .always
        materials.append(copy)
      }
      for condition in service.conditions
      where condition.commitment != nil && !conditions.contains(where: { $0.id == condition.id }) {
        var copy = condition
        copy.expression = .constant(.bool(true))
        copy.commitmentQualifier = nil
        copy.period = .always
        conditions.append(copy)
      }
    }
    return CompiledService(
      id: form.id, header: form.header, period: form.period, facts: form.facts, derivedOrder: form.derivedOrder,
      conditions: conditions, materials: materials, waivers: [], factSlots: form.factSlots,
      materialSlots: Dictionary(materials.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first }),
      conditionSlots: Dictionary(conditions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first }),
      span: form.span, factVersions: form.factVersions)
  }
}
