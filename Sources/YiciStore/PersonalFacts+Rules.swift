import Yici
import YiciSemantics

extension PersonalFacts {
  /// The personal facts the rules declare (`personal`, 个人信息; `personal hashed`), for each
  /// service, and for each bundle those of its form and of its members.
  public init(ruleSet: RuleSet) {
    var facts: [String: [String: Protection]] = [:]
    func personal(_ service: CompiledService) -> [String: Protection] {
      var found: [String: Protection] = [:]
      let versions = service.factVersions.values.flatMap { $0 }
      for fact in service.facts + versions {
        guard let kept = fact.personal else { continue }
        // Hashed wins when two periods disagree: it keeps less.
        if found[fact.id] != .hashed { found[fact.id] = kept == .hashed ? .hashed : .masked }
      }
      return found
    }
    let services = ruleSet.compiled.services
    for service in services { facts[service.id] = personal(service) }
    for bundle in ruleSet.compiled.bundles {
      var found = personal(bundle.form)
      for member in bundle.members where member.serviceIndex < services.count {
        found.merge(personal(services[member.serviceIndex])) { $0 == .hashed || $1 == .hashed ? .hashed : .masked }
      }
      facts[bundle.id] = found
    }
    self.init(facts)
  }
}
