import YiciSemantics

/// Finds a service by what a person types: its id, its name (Chinese or English) or one of
/// its aliases.
public enum GuideLookup {
  /// The service with that id, name or alias; the id wins, then the first by name or alias.
  public static func service(_ text: String, in rules: CompiledRuleSet) -> CompiledService? {
    if let byID = rules.service(text) { return byID }
    return rules.services.first { service in
      let names = [service.header.name] + (service.guide?.aliases ?? [])
      return names.contains { $0.text == text || $0.english == text }
    }
  }

  /// The bundle with that id or name (Chinese or English).
  public static func bundle(_ text: String, in rules: CompiledRuleSet) -> CompiledBundle? {
    rules.bundle(text) ?? rules.bundles.first { $0.header.name.text == text || $0.header.name.english == text }
  }
}
