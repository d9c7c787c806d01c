// Every keyword's spellings, in one table.
//
// One exhaustive switch (no `default`) gives both spellings of every keyword, so a keyword
// added to `Keyword` without its English and its Chinese spelling does not compile.
//
// A few spellings are shared on purpose:
// - `份` (the copies suffix) and `en` (the English text marker) are the same in both
//   languages, and count as neither (`Keyword.language(of:)` is nil).
// - Some calendar and time-limit keywords share a spelling with an older keyword in one
//   language: `promised` (the header flag 承诺件, and the promised limit 承诺), `immediate`
//   (即办件, and 即办 when …), 至 (`until`, and `to` in a holiday's date range), `not`
//   (`not`, and the first word of `not counted`). The lookup table keeps the keyword declared
//   first for such a spelling; the parser asks for the keyword it expects where it expects it,
//   so both read correctly.

extension Keyword {
  /// How the keyword is written: in English (every word of a multi-word keyword, separated
  /// by single spaces, e.g. `at most`) and in Chinese.
  public var spellings: (english: String, chinese: String) {
    switch self {
    case .service: ("service", "事项")
    case .vocabulary: ("vocabulary", "词汇")
    case .uses: ("uses", "引用")
    case .name: ("name", "名称")
    case .code: ("code", "实施编码")
    case .department: ("department", "部门")
    case .kind: ("kind", "类型")
    case .basis: ("basis", "依据")
    case .immediate: ("immediate", "即办件")
    case .promised: ("promised", "承诺件")
    case .visits: ("visits", "到现场次数")
    case .from: ("from", "自")
    case .until: ("until", "至")
    case .facts: ("facts", "信息")
    case .let: ("let", "令")
    case .ask: ("ask", "问")
    case .bool: ("bool", "是否")
    case .number: ("number", "数值")
    case .text: ("text", "文本")
    case .date: ("date", "日期")
    case .options: ("options", "选项")
    case .conditions: ("conditions", "受理条件")
    case .otherwise: ("otherwise", "否则")
    case .commitment: ("commitment", "告知承诺")
    case .materials: ("materials", "材料")
    case .original: ("original", "原件")
    case .copy: ("copy", "复印件")
    case .electronic: ("electronic", "电子件")
    case .copies: ("copies", "份数")
    case .copiesSuffix: ("份", "份")
    case .when: ("when", "当")
    case .any: ("any", "任一")
    case .shared: ("shared", "共享")
    case .waivable: ("waivable", "可容缺")
    case .source: ("source", "来源")
    case .library: ("library", "电子证照库")
    case .waiver: ("waiver", "容缺")
    case .atMost: ("at most", "最多")
    case .onlyIf: ("only if", "仅当")
    case .letter: ("letter", "承诺书")
    case .or: ("or", "或")
    case .and: ("and", "且")
    case .not: ("not", "非")
    case .in: ("in", "属于")
    case .true: ("true", "是")
    case .false: ("false", "否")
    case .known: ("known", "已知")
    case .committed: ("committed", "已承诺")
    case .english: ("en", "en")
    case .calendar: ("calendar", "日历")
    case .extends: ("extends", "基于")
    case .year: ("year", "年度")
    case .holiday: ("holiday", "假日")
    case .workday: ("workday", "调休上班")
    case .provisional: ("provisional", "暂定")
    case .to: ("to", "至")
    case .timeLimits: ("time limits", "时限")
    case .statutory: ("statutory", "法定")
    case .promisedLimit: ("promised", "承诺")
    case .immediateWhen: ("immediate", "即办")
    case .workingDays: ("working days", "工作日")
    case .naturalDays: ("days", "自然日")
    case .notCounted: ("not counted", "不计入时限")
    case .warning: ("warning", "预警")
    case .before: ("before", "提前")
    case .supplement: ("supplement", "容缺补交")
    case .acceptanceDayCounted: ("acceptance day counted", "受理当日计入")
    case .dayOffReceiptMoves: ("receipt on day off moves", "非工作日收件顺延")
    case .naturalDayDeadlineMoves: ("natural day deadline moves", "自然日期限顺延")
    case .bundle: ("bundle", "一件事")
    case .members: ("members", "成员")
    case .situation: ("situation", "办理情形")
    case .results: ("results", "结果互认")
    case .provides: ("provides", "提供")
    }
  }
}
