/// Why a working-day calendar cannot answer a question about dates.
///
/// A date outside the years the calendar knows is an explicit error, never a guess.
public enum CalendarError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The calendar has no data for `year`; `covered` lists the years it has, ascending.
  ///
  /// When a count runs past the last covered year, `year` is the first year that would be
  /// needed.
  case yearNotCovered(Int, covered: [Int])
  /// A day count was negative where only zero or more makes sense.
  case negativeDayCount(Int)

  /// A lowercase message without a final period, e.g.
  /// "the working-day calendar does not cover 2027 (it covers 2024–2026)".
  public var description: String {
    switch self {
    case .yearNotCovered(let year, let covered):
      return
        "the working-day calendar does not cover \(year) (it covers \(Self.describeYears(covered)))"
    case .negativeDayCount(let count):
      return "a day count cannot be negative (got \(count))"
    }
  }

  /// Ascending years written as runs: "2024–2026", "2020, 2022–2023", or "no year".
  static func describeYears(_ years: [Int]) -> String {
    guard var runStart = years.first else { return "no year" }
    var parts: [String] = []
    var previous = runStart
    for year in years.dropFirst() {
      if year != previous + 1 {
        parts.append(describeRun(runStart, previous))
        runStart = year
      }
      previous = year
    }
    parts.append(describeRun(runStart, previous))
    return parts.joined(separator: ", ")
  }

  private static func describeRun(_ first: Int, _ last: Int) -> String {
    first == last ? "\(first)" : "\(first)–\(last)"
  }
}
