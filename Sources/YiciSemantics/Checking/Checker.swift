import YiciSyntax

/// Checks parsed rule files and compiles them into a `CompiledRuleSet`.
///
/// Every name is resolved, every expression typed, derived facts are ordered (a cycle is
/// an error), and the reform lints run. A service with an error is left out of the
/// compiled set, so the rest stays usable; its diagnostics say why.
public enum Checker {
  /// Checks files together: vocabularies in any file are visible to services that use them.
  ///
  /// The files are consumed: each service's syntax is released as soon as it is compiled,
  /// so a catalogue's syntax and its compiled form are never all in memory at once.
  public static func check(_ files: consuming [RuleFile], threads: Int = 1) -> (
    ruleSet: CompiledRuleSet, diagnostics: [Diagnostic]
  ) {
    let (unique, duplicates, serviceIDs) = takeServices(from: &files)
    let context = CheckingContext(copy files, serviceIDs: serviceIDs)
    let calendars = context.calendars
    let vocabularies = context.vocabularies
    var diagnostics = context.diagnostics + duplicates
    var services: [CompiledService] = []
    var bundles: [CompiledBundle] = []
    let compiledServices = ConcurrentMap.map(consuming: consume unique, threads: threads) { item in
      var compiler = ServiceCompiler(service: item.service, file: item.file, vocabularies: vocabularies)
      compiler.calendars = calendars
      let compiled = compiler.compile()
      return (compiled, compiler.diagnostics)
    }
    for (compiled, found) in compiledServices {
      diagnostics += found
      if let compiled, !found.contains(where: { $0.severity == .error }) { services.append(compiled) }
    }
    diagnostics += compileBundles(files, context: context, services: services, into: &bundles)
    // Vocabularies are checked on their own too, so errors in one no service uses still show.
    for entry in vocabularies.values.sorted(by: { $0.syntax.id.name < $1.syntax.id.name }) {
      var compiler = ServiceCompiler(vocabulary: entry, vocabularies: vocabularies)
      _ = compiler.compile()
      diagnostics += compiler.diagnostics
    }
    return (
      CompiledRuleSet(services: services, calendars: calendars, bundles: bundles),
      deduplicated(withoutCascades(diagnostics, files))
    )
  }

  /// The services to compile, in file order, each once (a second declaration of an id is
  /// a diagnostic), taken out of their files; what stays in the files is what is read
  /// again after compiling: vocabularies, calendars, bundles, the services bundles name as
  /// members, and everything in a file with a syntax error (`withoutCascades` reads its
  /// items). Also every service id declared, in file order (for "did you mean").
  private static func takeServices(from files: inout [RuleFile]) -> (
    services: [(service: ServiceSyntax, file: SourceFile)], duplicates: [Diagnostic], ids: [String]
  ) {
    var members = Set<String>()
    for file in files {
      for case .bundle(let bundle) in file.declarations { members.formUnion(bundle.members.map(\.service.name)) }
    }
    var unique: [(service: ServiceSyntax, file: SourceFile)] = []
    var duplicates: [Diagnostic] = []
    var ids: [String] = []
    var seen: [String: SourceSpan] = [:]
    for index in files.indices {
      let keepsAll = !files[index].errorOffsets.isEmpty
      let source = files[index].source
      var kept: [Declaration] = []
      for declaration in files[index].declarations {
        guard case .service(let service) = declaration else {
          kept.append(declaration)
          continue
        }
        ids.append(service.id.name)
        if keepsAll || members.contains(service.id.name) { kept.append(declaration) }
        if let first = seen[service.id.name] {
          duplicates.append(duplicate("service", service.id, source, first: first))
          continue
        }
        seen[service.id.name] = SourceSpan(file: source, range: service.id.range)
        unique.append((service, source))
      }
      files[index].declarations = kept
    }
    return (unique, duplicates, ids)
  }

  /// Checks every bundle against the compiled services; those without errors join `bundles`.
  private static func compileBundles(
    _ files: [RuleFile], context: CheckingContext, services: [CompiledService], into bundles: inout [CompiledBundle]
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    var index: [String: Int] = [:]
    for (offset, service) in services.enumerated() { index[service.id] = offset }
    var seen: [String: SourceSpan] = [:]
    for file in files {
      for case .bundle(let bundle) in file.declarations {
        if let first = seen[bundle.id.name] {
          diagnostics.append(duplicate("bundle", bundle.id, file.source, first: first))
          continue
        }
        seen[bundle.id.name] = SourceSpan(file: file.source, range: bundle.id.range)
        var compiler = BundleCompiler(
          bundle: bundle, file: file.source, context: context, services: services, serviceIndex: index)
        if let compiled = compiler.compile() { bundles.append(compiled) }
        diagnostics += compiler.diagnostics
      }
    }
    return diagnostics
  }

  static func duplicate(_ what: String, _ id: Identifier, _ file: SourceFile, first: SourceSpan) -> Diagnostic {
    Diagnostic(
      .duplicateDefinition, "\(what) '\(id.name)' is defined twice", at: SourceSpan(file: file, range: id.range),
      notes: [Diagnostic.Note("first defined here", at: first)])
  }

  /// Vocabulary diagnostics are found once per service that uses it; keep one of each.
  private static func deduplicated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var seen = Set<String>()
    return Diagnostic.sortedByLocation(diagnostics).filter {
      seen.insert("\($0.span.file.path):\($0.span.range.start):\($0.code.rawValue):\($0.message)").inserted
    }
  }
}

/// What every service of a set of files is checked in: the calendars and the vocabularies
/// (the first of each name), and the diagnostics found gathering them.
struct CheckingContext {
  var calendars: CompiledCalendars
  var vocabularies: [String: VocabularyEntry] = [:]
  var diagnostics: [Diagnostic]
  private let files: [RuleFile]
  /// Every service id declared, in file order (for "did you mean").
  let serviceIDs: [String]

  /// The context of files from which the services to compile have been taken
  /// (`Checker.takeServices`): they keep those that bundles name.
  init(_ files: [RuleFile], serviceIDs: [String]) {
    self.files = files
    self.serviceIDs = serviceIDs
    let compiled = CalendarCompiler.compile(files)
    calendars = compiled.calendars
    diagnostics = compiled.diagnostics
    for file in files {
      for case .vocabulary(let vocabulary) in file.declarations {
        if let existing = vocabularies[vocabulary.id.name] {
          diagnostics.append(Checker.duplicate("vocabulary", vocabulary.id, file.source, first: existing.span))
        } else {
          vocabularies[vocabulary.id.name] = VocabularyEntry(syntax: vocabulary, file: file.source)
        }
      }
    }
  }

  /// Every service id the files declare, in file order.
  static func serviceIDs(of files: [RuleFile]) -> [String] {
    files.flatMap { file in
      file.declarations.compactMap { if case .service(let service) = $0 { service.id.name } else { nil } }
    }
  }

  /// The first service declared with the id, and its file (of those the files keep).
  func service(_ id: String) -> (ServiceSyntax, SourceFile)? {
    for file in files {
      for case .service(let service) in file.declarations where service.id.name == id { return (service, file.source) }
    }
    return nil
  }
}

/// A vocabulary and the file it was declared in.
struct VocabularyEntry {
  var syntax: VocabularySyntax
  var file: SourceFile
  var span: SourceSpan { SourceSpan(file: file, range: syntax.id.range) }
}
