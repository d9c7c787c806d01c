import ArgumentParser
import Yici
import YiciGuide
import YiciREPL

/// `yici guide`: the service guide (办事指南) of an item, general or for one applicant.
struct GuideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "guide",
    abstract: "The service guide (办事指南) of an item or a bundle, or the 场景化 guide of one applicant (--facts).",
    discussion: """
      Prints the guide in the official layout: the item, its conditions, its materials with \
      form, copies, source and notes, its steps, time limits, fees, result, places and channels. \
      With --facts FILE (a partial application, as yici eval reads it) only the conditions and \
      materials that apply to that applicant are listed, and what still depends on an answer is \
      marked so. SERVICE is an id, a name or an alias, or a bundle's id or name (一件事: its \
      members, one set of materials, the results made within it, each member's steps). Exits 1 when the rules have errors, 64 \
      on an unknown service or a bad option, 65 when the facts file is not a valid application.
      """)

  @Argument(help: "The service or bundle: its id, its name or one of its aliases.")
  var service: String

  @Option(
    name: .customLong("rules"),
    help: ArgumentHelp("Rule files or folders (default: rules).", valueName: "path"))
  var rulePaths: [String] = []

  @Option(help: ArgumentHelp("A partial application (JSON, as yici eval reads it): the 场景化 guide.", valueName: "file"))
  var facts: String?

  @Option(help: "Language of text, md and html: zh or en (JSON is the same in both).")
  var lang: Language = .zh

  @Option(help: "Output format: text, md (Markdown), html (one self-contained page with print CSS) or json.")
  var format: GuideFormat = .text

  @Option(
    help: ArgumentHelp(
      "The rules in force on this date (YYYY-MM-DD); default: the facts' date, else today.", valueName: "date"))
  var date: String?

  func run() throws {
    let ruleSet: RuleSet
    do {
      ruleSet = try RuleSet.load(paths: rulePaths.isEmpty ? ["rules"] : rulePaths)
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage)
    }
    guard ruleSet.errors.isEmpty else {
      let renderer = DiagnosticRenderer(colored: Terminal.shouldColor(.error, .auto))
      for diagnostic in ruleSet.errors { Terminal.write(renderer.render(diagnostic) + "\n", to: .error) }
      Terminal.write("cannot print a guide: the rules have \(RuleOptions.summary(ruleSet.diagnostics))\n", to: .error)
      throw ExitCode(ExitStatus.rulesHaveErrors)
    }
    var day: CivilDate?
    if let date {
      guard let parsed = CivilDate(iso: date) else {
        throw ValidationError("--date takes a date as YYYY-MM-DD, not '\(date)'")
      }
      day = parsed
    }
    if let bundle = GuideLookup.bundle(service, in: ruleSet.compiled) {
      try printBundleGuide(bundle.id, ruleSet: ruleSet, date: day)
      return
    }
    guard let compiled = GuideLookup.service(service, in: ruleSet.compiled) else {
      let ids = ruleSet.compiled.services.map(\.id) + ruleSet.compiled.bundles.map(\.id)
      Terminal.error("no service or bundle '\(service)' (the rules have: \(ids.joined(separator: ", ")))")
      throw ExitCode(ExitStatus.usage)
    }
    let guide: Guide
    if let facts {
      guide = try scenario(facts, service: compiled.id, ruleSet: ruleSet, date: day)
    } else {
      guide = Guide(service: compiled, date: day ?? Console.today())
    }
    Terminal.write(guide.rendered(as: format, language: lang))
  }

  private func printBundleGuide(_ id: String, ruleSet: RuleSet, date: CivilDate?) throws {
    guard let facts else {
      let guide = BundleGuide(
        bundle: ruleSet.compiled.bundle(id)!, rules: ruleSet.compiled, date: date ?? Console.today())
      Terminal.write(guide.rendered(as: format, language: lang))
      return
    }
    guard let input = Terminal.readInput(facts) else {
      Terminal.error("cannot read \(facts)")
      throw ExitCode(ExitStatus.usage)
    }
    let name = facts == "-" ? "<stdin>" : facts
    let guide: BundleGuide?
    do {
      guide = try BundleGuide.scenario(json: input, rules: ruleSet, date: date, language: lang)
    } catch {
      Terminal.error("\(name): \(error)")
      throw ExitCode(ExitStatus.badInput)
    }
    guard let guide, guide.bundle.id == id else {
      Terminal.error("\(name): the application is not for the bundle '\(id)'")
      throw ExitCode(ExitStatus.badInput)
    }
    Terminal.write(guide.rendered(as: format, language: lang))
  }

  private func scenario(_ path: String, service: String, ruleSet: RuleSet, date: CivilDate?) throws -> Guide {
    guard let input = Terminal.readInput(path) else {
      Terminal.error("cannot read \(path)")
      throw ExitCode(ExitStatus.usage)
    }
    let name = path == "-" ? "<stdin>" : path
    do {
      var application = try ruleSet.application(json: input).application
      guard application.service == service else {
        Terminal.error("\(name): the application is for '\(application.service)', not '\(service)'")
        throw ExitCode(ExitStatus.badInput)
      }
      if application.date == nil && date == nil { application.date = Console.today() }
      return try Guide.scenario(application, rules: ruleSet, date: date, language: lang)
    } catch let error as InterchangeError {
      Terminal.error("\(name): invalid application: \(error)")
      throw ExitCode(ExitStatus.badInput)
    } catch let error as DecisionError {
      Terminal.error("\(name): \(error)")
      throw ExitCode(ExitStatus.badInput)
    }
  }
}

extension GuideFormat: ExpressibleByArgument {}
