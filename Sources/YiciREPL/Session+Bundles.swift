import Yici
import YiciSemantics

/// A bundle (一件事) at the window: `:materials` names the members that need each material.
extension Session {
  /// Every material some selected member requires, with what became of it and who needs it;
  /// a material made within the bundle says by whom.
  func listBundleMaterials(_ form: CompiledService) -> Output {
    guard let decision, let parts = decision.bundle else { return .line("no decision") }
    var table = TextTable()
    var listed: [String] = []
    for member in parts.members {
      for id in member.decision?.materials.required ?? [] where !listed.contains(id) { listed.append(id) }
    }
    for id in listed {
      let name = form.materialSlots[id].map { form.materials[$0].name.text(english: english) } ?? id
      let needs = parts.members.filter { $0.decision?.materials.required.contains(id) == true }.map(\.service)
      let verdict: String
      if let made = parts.produced.first(where: { $0.id == id }), decision.materials.required.contains(id) == false {
        verdict = "made by \(made.by)"
      } else if decision.materials.missing.contains(id) {
        verdict = "missing"
      } else if decision.materials.waived.contains(where: { $0.id == id }) {
        verdict = "waived"
      } else if decision.materials.exempt.contains(id) {
        verdict = "exempt"
      } else if decision.materials.committed.contains(id) {
        verdict = "committed"
      } else {
        verdict = "provided"
      }
      let copies = Self.countedCopies(id, in: decision).map { $0 + ", " } ?? ""
      table.add(id, name, verdict, copies + "for " + needs.joined(separator: ", "))
    }
    return .lines(table.lines())
  }
}
