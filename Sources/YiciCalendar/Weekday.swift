/// A day of the week, numbered as ISO 8601 does: Monday is 1, Sunday is 7.
public enum Weekday: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// 星期一
  case monday = 1
  /// 星期二
  case tuesday
  /// 星期三
  case wednesday
  /// 星期四
  case thursday
  /// 星期五
  case friday
  /// 星期六
  case saturday
  /// 星期日
  case sunday

  /// Whether this is Saturday or Sunday, the days off of an ordinary week.
  public var isWeekend: Bool {
    self == .saturday || self == .sunday
  }

  /// The English name, e.g. "Monday".
  public var englishName: String {
    switch self {
    case .monday: "Monday"
    case .tuesday: "Tuesday"
    case .wednesday: "Wednesday"
    case .thursday: "Thursday"
    case .friday: "Friday"
    case .saturday: "Saturday"
    case .sunday: "Sunday"
    }
  }

  /// The Chinese name, e.g. "星期一".
  public var chineseName: String {
    switch self {
    case .monday: "星期一"
    case .tuesday: "星期二"
    case .wednesday: "星期三"
    case .thursday: "星期四"
    case .friday: "星期五"
    case .saturday: "星期六"
    case .sunday: "星期日"
    }
  }

  /// The English name.
  public var description: String { englishName }
}
