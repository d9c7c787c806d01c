import Foundation
import YiciCalendar
import YiciEvaluation
import YiciExplanation
import YiciInterchange
import YiciSemantics
import YiciSyntax

/// A checked set of rules, ready to decide applications: what services import.
///
/// ```swift
/// let rules = try RuleSet.load(paths: ["rules"])
/// guard rules.errors.isEmpty else { … show rules.diagnostics … }
/// let decision = try rules.decide(json: Array(line.utf8))
/// print(decision.outcome, decision.explanation)
/// ```
/// Compile once, decide many: a `RuleSet` is immutable and `Sendable`, so one instance
/// serves every thread. It holds the checked program and nothing per decision or per use:
/// what deciding a service prepares (the tables that bind its applications, the program the
/// evaluator runs, its JSON writer) and the memos of deciding belong to each `Decider`,
/// which makes them on that service's first decision. A one-off `decide` prepares the one
/// service it decides.
public struct RuleSet: Sendable {
  /// The compiled services (those without errors).
  public let compiled: CompiledRuleSet
  /// Everything the checker found, errors and warnings, in file and position order.
  public let diagnostics: [Diagnostic]
  /// The files the rules' vocabularies and calendars were lent from (`init(sources:context:)`).
  public let context: [String]
  package let decoder: ApplicationDecoder

  /// Parses and checks rule files given as source text.
  ///
  /// `context` files (`RuleSources.context`: what a lone file needs from its rules tree)
  /// lend only their vocabularies, calendars and the member services of bundles in
  /// `sources`; of what is wrong in them, only errors are said.
  public init(sources: [SourceFile], context: [SourceFile] = []) {
    var files: [RuleFile] = []
    var diagnostics: [Diagnostic] = []
    // Each file is parsed on its own, so a catalogue's thousands are parsed on every core.
    for parsed in ConcurrentMap.map(sources, threads: Self.threads, { Parser.parse($0) }) {
      files.append(parsed.file)
      diagnostics += parsed.diagnostics
    }
    // A context file lends its vocabularies and calendars, and the services that bundles of
    // `sources` name as members.
    var members = Set<String>()
    for file in files {
      for case .bundle(let bundle) in file.declarations { members.formUnion(bundle.members.map(\.service.name)) }
    }
    for source in context {
      var parsed = Parser.parse(source)
      parsed.file.declarations.removeAll {
        if case .service(let service) = $0 { !members.contains(service.id.name) } else { false }
      }
      files.append(parsed.file)
      diagnostics += parsed.diagnostics.filter { $0.severity == .error }
    }
    // Consumed: each service's syntax is freed as soon as it is compiled.
    let checked = Checker.check(consume files, threads: Self.threads)
    let lent = Set(context.map { ObjectIdentifier($0) })
    let found = checked.diagnostics.filter { !lent.contains(ObjectIdentifier($0.span.file)) || $0.severity == .error }
    self.compiled = checked.ruleSet
    self.context = context.map(\.path)
    self.diagnostics = Diagnostic.capped(Diagnostic.sortedByLocation(diagnostics + found))
    self.decoder = ApplicationDecoder(ruleSet: checked.ruleSet)
  }

  /// How many threads parse and check a large rule set: one per core.
  static var threads: Int { ProcessInfo.processInfo.activeProcessorCount }

  /// Parses and checks one rule file given as a string.
  public init(text: String, path: String = "<string>") {
    self.init(sources: [SourceFile(path: path, text: text)])
  }

  /// Reads, parses and checks the `.yici` files at the paths (files or folders), which are
  /// relative to `base` when it is given.
  public static func load(paths: [String], relativeTo base: String? = nil) throws(RuleSources.LoadError) -> RuleSet {
    let sources = try RuleSources.read(paths, relativeTo: base)
    return RuleSet(sources: sources, context: RuleSources.context(for: sources, paths: paths, relativeTo: base))
  }

  /// The errors among the diagnostics.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  /// Decides an application given as interchange JSON.
  public func decide(json: [UInt8], options: DecisionOptions = DecisionOptions()) throws(DecisionError) -> Decision {
    try decide(json: json.span, options: options)
  }

  /// Decides an application given as interchange JSON in a span of bytes (one batch line,
  /// say).
  public func decide(json: Span<UInt8>, options: DecisionOptions = DecisionOptions()) throws(DecisionError)
    -> Decision
  {
    var decoded = ApplicationDecoder.Decoded()
    let target: Int
    do {
      target = try decoder.decode(json, date: options.date, into: &decoded)
    } catch {
      throw .invalidApplication(error)
    }
    guard target < compiled.services.count else {
      let services = compiled.services
      return try decideBundle(decoded.application, target: target, options: options) {
        ServiceProgram(services[$0])
      }
    }
    return try decide(decoded.application, by: compiled.services[target], options: options)
  }

  /// Decides an application given as interchange JSON and appends the decision's JSON to
  /// `buffer`: the bytes of `decide(json:options:).appendJSON(to:)`, and of a `Decider`.
  /// To decide many, a `Decider` is faster: it writes straight from the verdicts and keeps
  /// its memory (each distinct explanation is written once) from one application to the
  /// next.
  public func appendDecision(
    json: Span<UInt8>, options: DecisionOptions = DecisionOptions(), to buffer: inout [UInt8]
  ) throws(DecisionError) {
    try decide(json: json, options: options).appendJSON(to: &buffer)
  }

  /// Decides an application.
  public func decide(_ application: Application, options: DecisionOptions = DecisionOptions()) throws(DecisionError)
    -> Decision
  {
    let bound: (service: CompiledService, application: BoundApplication)
    do throws(InterchangeError) {
      guard let service = compiled.service(application.service) else {
        throw .noService(application.service, known: compiled.services.map(\.id))
      }
      bound = (service, try application.bound(to: service, date: options.date))
    } catch {
      throw .invalidApplication(error)
    }
    return try decide(bound.application, by: bound.service, options: options)
  }

  /// Decides an application already bound to a service's slots.
  package func decide(
    _ application: BoundApplication, by service: CompiledService, options: DecisionOptions = DecisionOptions()
  )
    throws(DecisionError) -> Decision
  {
    try decide(application, by: ServiceProgram(service), options: options)
  }

  /// Decides an application bound to the slots of the program's service: the one way a
  /// `Decision` value is made (a `Decider` passes the program it keeps).
  func decide(_ application: BoundApplication, by program: ServiceProgram, options: DecisionOptions)
    throws(DecisionError) -> Decision
  {
    let service = program.service
    let verdicts: Verdicts
    do {
      verdicts = try Evaluator.verdicts(for: application, by: program)
    } catch {
      throw .cannotDecide(error)
    }
    var decision = Decision(
      verdicts, application: application, service: service, english: options.language == .en, trace: options.trace)
    decision.revision = options.revision
    if options.explanation {
      decision.explanation = Explainer.explanation(
        of: verdicts, date: application.date, service: service, language: options.language)
    }
    return decision
  }

  /// The one-time notice (一次性告知书) for a decision, as printable text.
  /// For a bundle's decision, the one document of the whole bundle (its explanation).
  public func notice(for decision: Decision, language: Language = .zh) -> String? {
    if let parts = decision.bundle, let bundle = compiled.bundle(parts.bundle) {
      return Explainer.bundleExplanation(
        of: decision, bundle: bundle, services: compiled.members(of: bundle), language: language)
    }
    return compiled.service(decision.service).map { Explainer.notice(decision, service: $0, language: language) }
  }
}
