import Yici
import YiciSemantics

/// Materials and commitments: `:provide`, `:shared`, `:withdraw`, `:commit`, `:uncommit`,
/// `:materials`, `:reset`.
extension Session {
  /// Where a material is marked.
  enum MaterialMark {
    /// On the counter.
    case provided
    /// Available from the shared-data platform.
    case shared
  }

  /// Marks materials, named by id or name, as on the counter or shared.
  mutating func markMaterials(_ arguments: String, as mark: MaterialMark) -> Output {
    guard let service else { return Self.noService }
    let ids: [String]
    switch resolveMaterials(arguments, in: service) {
    case .failure(let error): return .failure(error.message, error.help)
    case .success(let found): ids = found
    }
    var lines: [String] = []
    for id in ids {
      switch mark {
      case .provided:
        if !application.materials.contains(id) { application.materials.append(id) }
      case .shared:
        if !application.shared.contains(id) { application.shared.append(id) }
        if let material = service.material(id, on: date), !material.shared {
          lines.append("note: \(id) is not marked shared in the rules, so the platform does not exempt it")
        }
      }
    }
    let names = MaterialNames(service: service, english: english)
    let title = mark == .provided ? "on the counter" : "from the shared platform"
    lines.insert(title + ": " + ids.map { "\($0) (\(names.name($0)))" }.joined(separator: ", "), at: 0)
    return .lines(lines).then(decideAndSummarize())
  }

  /// Takes materials back off the counter and off the shared list.
  mutating func withdrawMaterials(_ arguments: String) -> Output {
    guard let service else { return Self.noService }
    let ids: [String]
    switch resolveMaterials(arguments, in: service) {
    case .failure(let error): return .failure(error.message, error.help)
    case .success(let found): ids = found
    }
    for id in ids where !application.materials.contains(id) && !application.shared.contains(id) {
      return .failure("\(id) is neither on the counter nor marked shared")
    }
    application.materials.removeAll { ids.contains($0) }
    application.shared.removeAll { ids.contains($0) }
    return .line("withdrawn: " + ids.joined(separator: ", ")).then(decideAndSummarize())
  }

  /// The materials named, by id or display name: the whole text as one name, or a list.
  func resolveMaterials(_ arguments: String, in service: CompiledService) -> Result<[String], InputError> {
    let items = MaterialNames(service: service, english: english).items
    if let index = items.index(of: arguments) { return .success([items[index].id]) }
    let names = Self.splitList(arguments)
    guard !names.isEmpty else { return .failure(InputError(message: "name the materials, by id or name")) }
    var ids: [String] = []
    for name in names {
      guard let index = items.index(of: name) else {
        let hint = items.suggestion(for: name).map { "; \($0)" } ?? ""
        return .failure(
          InputError(message: "no material '\(name)' in \(service.id)\(hint)", help: [":materials lists them"]))
      }
      if !ids.contains(items[index].id) { ids.append(items[index].id) }
    }
    return .success(ids)
  }

  /// `:materials`: every material with what became of it in the decision.
  func listMaterials() -> Output {
    guard let service else { return Self.noService }
    if bundle != nil { return listBundleMaterials(service) }
    let verdicts = Dictionary(
      (decision?.trace?.materials ?? []).map { ($0.id, $0.verdict) }, uniquingKeysWith: { first, _ in first })
    var table = TextTable()
    for material in service.materials {
      var notes: [String] = []
      if application.materials.contains(material.id) { notes.append("on the counter") }
      if application.shared.contains(material.id) { notes.append("shared") }
      if let copies = Self.countedCopies(material.id, in: decision) { notes.append(copies) }
      if material.waivable { notes.append("waivable") }
      if material.commitment != nil { notes.append("commitment allowed") }
      if !material.alternatives.isEmpty {
        notes.append("or " + material.alternatives.map { service.materials[$0].id }.joined(separator: " / "))
      }
      let verdict = material.isRequirement ? (verdicts[material.id] ?? "?") : "alternative"
      table.add(material.id, material.name.text(english: english), verdict, notes.joined(separator: ", "))
    }
    return .lines(table.lines())
  }

  /// `3 copies` for a material whose copies are counted per a known fact, nil otherwise.
  static func countedCopies(_ id: String, in decision: Decision?) -> String? {
    guard let copies = decision?.materials.copies?.first(where: { $0.id == id })?.copies else { return nil }
    return copies == 1 ? "1 copy" : "\(copies) copies"
  }

  /// `:commit ID...`: the applicant signs the commitments (告知承诺) for these.
  mutating func commit(_ arguments: String) -> Output {
    guard let service else { return Self.noService }
    let allowed = Self.commitmentIDs(in: service, on: date)
    guard !allowed.isEmpty else { return .failure("\(service.id) allows no commitment (告知承诺) on \(date)") }
    let names = Self.splitList(arguments)
    guard !names.isEmpty else {
      return .failure("name what the applicant commits to: " + allowed.joined(separator: ", "))
    }
    for name in names where !allowed.contains(name) {
      let version = service.condition(name, on: date).map(\.period) ?? service.material(name, on: date).map(\.period)
      let hint = NameMatch.nearest(to: name, in: allowed).map { "; did you mean '\($0)'?" } ?? ""
      let message =
        switch version {
        case nil: "no condition or material '\(name)'\(hint)"
        case let period? where !period.contains(date): "'\(name)' is not in force on \(date)"
        default: "'\(name)' allows no commitment (告知承诺)"
        }
      return .failure(message, ["commitments are allowed for " + allowed.joined(separator: ", ")])
    }
    for name in names where !application.commitments.contains(name) { application.commitments.append(name) }
    return .line("committed: " + names.joined(separator: ", ")).then(decideAndSummarize())
  }

  /// `:uncommit ID...`: takes back signed commitments.
  mutating func uncommit(_ arguments: String) -> Output {
    guard service != nil else { return Self.noService }
    let names = Self.splitList(arguments)
    let signed = application.commitments
    guard !names.isEmpty else {
      return .failure("name the commitments to take back: " + signed.joined(separator: ", "))
    }
    for name in names where !signed.contains(name) {
      let hint = NameMatch.nearest(to: name, in: signed).map { "; did you mean '\($0)'?" } ?? ""
      return .failure("no commitment '\(name)' was signed" + hint)
    }
    application.commitments.removeAll { names.contains($0) }
    return .line("taken back: " + names.joined(separator: ", ")).then(decideAndSummarize())
  }

  /// The conditions and materials whose commitment (告知承诺) may replace them on a date
  /// (the version of each in force then allows one).
  static func commitmentIDs(in service: CompiledService, on date: CivilDate) -> [String] {
    var ids: [String] = []
    for condition in service.conditions where condition.commitment != nil && condition.period.contains(date) {
      if !ids.contains(condition.id) { ids.append(condition.id) }
    }
    for material in service.materials where material.commitment != nil && material.period.contains(date) {
      if !ids.contains(material.id) { ids.append(material.id) }
    }
    return ids
  }

  /// `:reset`: a new, empty application for the same service.
  mutating func resetApplication() -> Output {
    guard let service else { return Self.noService }
    application = Application(service: service.id, date: date)
    return .line("new application for \(service.id)").then(decideAndSummarize())
  }
}
