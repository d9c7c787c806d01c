import YiciSyntax

// One set of materials for the bundle (一套材料): a material id is one document, whichever
// members require it, so the applicant brings it once and it counts for all of them. A
// shared vocabulary's material is one declaration and merges. Two members that each define a
// material of their own under one id must mean the same document — the same name — or the
// one brought for one member would count for the other (two different 申请书 both called
// `application_form`): E0230 at both definitions. Versions of one member's material (other
// periods) are one material.

extension BundleCompiler {
  /// E0230 for a material id that two members define themselves with different names.
  mutating func checkMemberMaterials(_ members: [Member]) {
    var first: [String: (material: MaterialSyntax, file: SourceFile, member: String)] = [:]
    var reported = Set<String>()
    for member in members {
      guard let (service, serviceFile) = context.service(member.syntax.service.name) else { continue }
      for material in service.materials {
        guard let name = material.displayName else { continue }
        let id = material.id.name
        guard let earlier = first[id] else {
          first[id] = (material, serviceFile, service.id.name)
          continue
        }
        guard earlier.member != service.id.name, let earlierName = earlier.material.displayName,
          Self.signature(earlierName) != Self.signature(name), reported.insert(id).inserted
        else { continue }
        report(
          .conflictingMaterial,
          "material '\(id)' is defined differently by member '\(earlier.member)' (\(Self.signature(earlierName))) "
            + "and member '\(service.id.name)' (\(Self.signature(name)))",
          at: earlier.material.id.range, in: earlier.file,
          help: "one material id is one document of the bundle's one set of materials (一套材料), brought once for "
            + "every member: give one of them another id, or define it once in a shared vocabulary",
          notes: [
            Diagnostic.Note(
              "defined as \(Self.signature(name)) by member '\(service.id.name)' here",
              at: SourceSpan(file: serviceFile, range: material.id.range))
          ])
      }
    }
  }

  /// How a material's name reads in a diagnostic: its text, and its English when given.
  private static func signature(_ name: TextSyntax) -> String {
    name.english.map { "\"\(name.value)\" en \"\($0)\"" } ?? "\"\(name.value)\""
  }
}
