import YiciSyntax

// One form for the bundle: a fact id is one question, whichever members ask it. The
// members' facts join the form in member order, each id once (with every version a member
// declares for another period); a member declaring an id the
// form already has in another way (another type, other options, another derivation) is
// E0219 at both declarations, since one answer could not mean the same to both.

extension BundleCompiler {
  /// A fact as declared, and the file it is written in.
  typealias DeclaredFact = (syntax: FactSyntax, file: SourceFile)

  /// The members' facts that the form does not declare itself, each id once.
  mutating func mergedMemberFacts(_ members: [Member]) -> [DeclaredFact] {
    var first: [String: (fact: DeclaredFact, owner: String)] = [:]
    for fact in ownFacts() { first[fact.syntax.id.name] = (fact, "bundle '\(bundle.id.name)'") }
    var merged: [DeclaredFact] = []
    var reported = Set<String>()
    // Every declaration taken, by place: a vocabulary's, reached through several members, is
    // taken once; another declaration of an id by the member (or vocabulary) that first
    // declared it is a version for another period, and joins the form as one.
    var taken = Set<String>()
    var firstOwner: [String: (member: String, file: SourceFile)] = [:]
    func place(_ fact: DeclaredFact) -> String { "\(fact.file.path):\(fact.syntax.id.range.start)" }
    for member in members {
      guard let (service, serviceFile) = context.service(member.syntax.service.name) else { continue }
      for fact in declaredFacts(of: service, in: serviceFile) {
        let id = fact.syntax.id.name
        guard let (earlier, owner) = first[id] else {
          first[id] = (fact, "member '\(service.id.name)'")
          firstOwner[id] = (service.id.name, fact.file)
          taken.insert(place(fact))
          merged.append(fact)
          continue
        }
        if let owner = firstOwner[id], owner.member == service.id.name, owner.file === fact.file,
          taken.insert(place(fact)).inserted
        {
          merged.append(fact)
          continue
        }
        let (this, that) = (Self.signature(fact), Self.signature(earlier))
        // A vocabulary's fact reached through several members is one declaration: said once.
        guard this != that, reported.insert("\(fact.file.path):\(fact.syntax.id.range.start)").inserted else {
          continue
        }
        let member = "member '\(service.id.name)'"
        // Said where the bundle's author can act: at the bundle's own fact when it is one.
        let (here, there) =
          earlier.file === file
          ? ((earlier, that, owner), (fact, this, member)) : ((fact, this, member), (earlier, that, owner))
        report(
          .conflictingFact,
          "fact '\(id)' is declared differently by \(here.2) (\(here.1)) and \(there.2) (\(there.1))",
          at: here.0.syntax.id.range, in: here.0.file,
          help: "one fact is one question on the bundle's form: declare it the same way in both (a shared "
            + "vocabulary does), or give one of them another id",
          notes: [
            Diagnostic.Note(
              "declared as \(there.1) by \(there.2) here",
              at: SourceSpan(file: there.0.file, range: there.0.syntax.id.range))
          ])
      }
    }
    return merged
  }

  /// The facts the bundle declares itself: its vocabularies', its own, its situations'.
  private func ownFacts() -> [DeclaredFact] {
    var facts: [DeclaredFact] = []
    for case .names(let names) in bundle.header.filter({ $0.keyword == .uses }).map(\.value) {
      for name in names {
        guard let entry = context.vocabularies[name.name] else { continue }
        facts += entry.syntax.facts.map { ($0, entry.file) }
      }
    }
    facts += bundle.facts.map { ($0, file) }
    facts += bundle.situations.map { ($0.fact, file) }
    return facts
  }

  /// A service's facts as its compiler declares them: its vocabularies' in the order named,
  /// then its own.
  private func declaredFacts(of service: ServiceSyntax, in serviceFile: SourceFile) -> [DeclaredFact] {
    var facts: [DeclaredFact] = []
    for case .names(let names) in service.header.filter({ $0.keyword == .uses }).map(\.value) {
      for name in names {
        guard let entry = context.vocabularies[name.name] else { continue }
        facts += entry.syntax.facts.map { ($0, entry.file) }
      }
    }
    return facts + service.facts.map { ($0, serviceFile) }
  }

  /// How a fact is declared, as the diagnostic names it: its type with its options in order
  /// (an option is bound by its place), or the text of its derivation.
  static func signature(_ fact: DeclaredFact) -> String {
    switch fact.syntax.definition {
    case .input(let type):
      switch type.kind {
      case .bool: return "bool"
      case .number(let unit): return unit.map { "number(\($0))" } ?? "number"
      case .text: return "text"
      case .date: return "date"
      case .options(let options): return "options(\(options.map(\.id.name).joined(separator: ", ")))"
      case .choices(let options): return "choices(\(options.map(\.id.name).joined(separator: ", ")))"
      }
    case .derived(let expression):
      return "= \(fact.file.text(in: expression.range))"
    }
  }
}
