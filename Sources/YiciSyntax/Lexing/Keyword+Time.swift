// The spellings of the calendar and time-limit keywords, kept apart from the core table.
//
// Some of them share a spelling with an older keyword in one language: `promised` (the
// header flag 承诺件, and the promised limit 承诺), `immediate` (即办件, and 即办 when …),
// 至 (`until`, and `to` in a holiday's date range). The lookup table keeps the older
// keyword for such a spelling; the parser asks for the keyword it expects where it expects
// it, so both read correctly.

extension Keyword {
  /// The first English word of a calendar or time-limit keyword; nil for the others.
  var timeEnglishSpelling: String? {
    switch self {
    case .calendar: "calendar"
    case .extends: "extends"
    case .year: "year"
    case .holiday: "holiday"
    case .workday: "workday"
    case .to: "to"
    case .timeLimits: "time"
    case .statutory: "statutory"
    case .promisedLimit: "promised"
    case .immediateWhen: "immediate"
    case .workingDays: "working"
    case .naturalDays: "days"
    case .notCounted: "not"
    case .warning: "warning"
    case .before: "before"
    case .supplement: "supplement"
    case .acceptanceDayCounted: "acceptance"
    case .dayOffReceiptMoves: "receipt"
    case .naturalDayDeadlineMoves: "natural"
    default: nil
    }
  }

  /// The English words after the first, for the multi-word time keywords.
  var timeEnglishFollowingWords: String? {
    switch self {
    case .timeLimits: "limits"
    case .workingDays: "days"
    case .notCounted: "counted"
    case .acceptanceDayCounted: "day counted"
    case .dayOffReceiptMoves: "on day off moves"
    case .naturalDayDeadlineMoves: "day deadline moves"
    default: nil
    }
  }

  /// The Chinese spelling of a calendar or time-limit keyword.
  var timeChineseSpelling: String {
    switch self {
    case .calendar: "日历"
    case .extends: "基于"
    case .year: "年度"
    case .holiday: "假日"
    case .workday: "调休上班"
    case .to: "至"
    case .timeLimits: "时限"
    case .statutory: "法定"
    case .promisedLimit: "承诺"
    case .immediateWhen: "即办"
    case .workingDays: "工作日"
    case .naturalDays: "自然日"
    case .notCounted: "不计入时限"
    case .warning: "预警"
    case .before: "提前"
    case .supplement: "容缺补交"
    case .acceptanceDayCounted: "受理当日计入"
    case .dayOffReceiptMoves: "非工作日收件顺延"
    case .naturalDayDeadlineMoves: "自然日期限顺延"
    default: rawValue
    }
  }
}
