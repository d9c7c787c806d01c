import ArgumentParser
import Yici
import YiciCalendar

/// Where `yici deadline`, `yici calendar` and `yici track` find their rules and calendar.
struct CalendarSource: ParsableArguments {
  @Option(
    name: .customLong("rules"),
    help: ArgumentHelp("Rule files or folders holding the calendar (and services); default: rules.", valueName: "path"))
  var rulePaths: [String] = []

  @Option(help: ArgumentHelp("The calendar to count on (default: the only national one).", valueName: "id"))
  var calendar: String?

  @Option(help: "Language of the text output: zh or en (JSON is the same in both).")
  var lang: Language = .zh

  /// Loads the rules; a path that cannot be read is a usage error.
  func load() throws -> RuleSet {
    do {
      return try RuleSet.load(paths: rulePaths.isEmpty ? ["rules"] : rulePaths)
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage)
    }
  }

  /// The calendar asked for, or exits: 1 when the rules have errors, 64 when it is unknown.
  func workingCalendar(in rules: RuleSet) throws -> WorkingCalendar {
    if let found = rules.compiled.calendars.calendar(calendar) { return found }
    if !rules.errors.isEmpty {
      let renderer = DiagnosticRenderer(colored: Terminal.shouldColor(.error, .auto))
      for diagnostic in rules.errors { Terminal.write(renderer.render(diagnostic) + "\n", to: .error) }
      Terminal.write("cannot count: the rules have \(RuleOptions.summary(rules.diagnostics))\n", to: .error)
      throw ExitCode(ExitStatus.rulesHaveErrors)
    }
    let ids = rules.compiled.calendars.ids
    if let calendar {
      Terminal.error(
        "no calendar named '\(calendar)' (the rules have: \(ids.isEmpty ? "none" : ids.joined(separator: ", ")))")
    } else if ids.isEmpty {
      Terminal.error("no working-day calendar in the rules; give --rules with the folder that holds rules/calendar/")
    } else {
      Terminal.error("several calendars (\(ids.joined(separator: ", "))): choose one with --calendar")
    }
    throw ExitCode(ExitStatus.usage)
  }

  /// Parses a date option or argument, or reports a usage error.
  static func date(_ text: String, option: String) throws -> CivilDate {
    guard let date = CivilDate(iso: text) else {
      throw ValidationError("\(option) takes a date as YYYY-MM-DD, not '\(text)'")
    }
    return date
  }
}
