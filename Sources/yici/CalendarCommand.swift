import ArgumentParser
import Foundation
import Yici
import YiciCalendar

/// `yici calendar YEAR`: a year of the working-day calendar, month by month.
struct CalendarCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calendar",
    abstract: "Print a year of the working-day calendar: days off, make-up working days, working-day counts.",
    discussion: """
      The calendar is read from the rules (rules/calendar/ by default). A year the calendar does \
      not cover is an error naming the years it does cover (exit 65).
      """)

  @Argument(help: "The year, e.g. 2025.")
  var year: Int

  @OptionGroup var source: CalendarSource

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func run() throws {
    let rules = try source.load()
    let calendar = try source.workingCalendar(in: rules)
    let view: CalendarYearView
    do throws(CalendarError) {
      view = try CalendarYearView(year: year, calendar: calendar)
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.badInput)
    }
    switch format {
    case .text: Terminal.write(view.text(in: source.lang))
    case .json: Terminal.write(bytes: try JSONOutput.encode(view))
    }
  }
}
