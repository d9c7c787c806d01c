import ArgumentParser
import Foundation
import Yici
import YiciCalendar

/// `yici deadline`: the date n working (or natural) days after a date, with the days skipped.
struct Deadline: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Count working days or natural days from a date on the working-day calendar.",
    discussion: """
      The start day is not counted (counting begins the next day) unless --count-start-day. A \
      period in natural days whose last day is a day off ends on the next working day (民法典第二百零三条). \
      Prints the resulting date and every day that was skipped (weekend, holiday) or counted \
      although it is a Saturday or Sunday (make-up working day, 调休上班). A date in a year the \
      calendar does not cover is an error naming the year (exit 65).
      """)

  @OptionGroup var source: CalendarSource

  @Option(help: ArgumentHelp("The start date (YYYY-MM-DD), e.g. the acceptance date.", valueName: "date"))
  var from: String

  @Option(help: ArgumentHelp("Count this many working days (工作日).", valueName: "n"))
  var workdays: Int?

  @Option(help: ArgumentHelp("Count this many natural days (自然日).", valueName: "n"))
  var days: Int?

  @Flag(help: "Count the start day itself as the first day.")
  var countStartDay = false

  @Option(help: "Output format: text, or json (an object whose `date` is the result).")
  var format: OutputFormat = .text

  func validate() throws {
    guard (workdays == nil) != (days == nil) else {
      throw ValidationError("give exactly one of --workdays N or --days N")
    }
    guard (workdays ?? days ?? 0) >= 0 else { throw ValidationError("the number of days cannot be negative") }
    _ = try CalendarSource.date(from, option: "--from")
  }

  func run() throws {
    let rules = try source.load()
    let calendar = try source.workingCalendar(in: rules)
    let start = try CalendarSource.date(from, option: "--from")
    let count = workdays.map(DayCount.workingDays) ?? DayCount.naturalDays(days ?? 0)
    let counting = CountingRules(countAcceptanceDay: countStartDay)
    let report: DeadlineReport
    do throws(CalendarError) {
      report = try DeadlineReport(start: start, count: count, rules: counting, calendar: calendar)
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.badInput)
    }
    switch format {
    case .text: Terminal.write(report.text(in: source.lang))
    case .json: Terminal.write(bytes: try JSONOutput.encode(report))
    }
  }
}
