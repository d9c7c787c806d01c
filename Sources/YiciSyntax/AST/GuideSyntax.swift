/// `guide { … }` / `办事指南 { … }`: what a service guide says besides conditions, materials
/// and time limits, as written.
///
/// None of it changes a decision; `yici guide` prints it and `yici report` counts its steps.
public struct GuideSyntax: Sendable {
  /// Other names of the item (别名), for search.
  public var aliases: [TextSyntax] = []
  /// Search words (搜索词): what an applicant may type to find the item.
  public var searchWords: [TextSyntax] = []
  /// 服务对象: who the item serves (自然人, 法人 …).
  public var audience: [TextSyntax] = []
  /// 通办范围, one of the scopes the checker knows.
  public var scope: TextSyntax?
  /// 网办深度: a level from 1 to 4, as written.
  public var onlineDepth: (value: String, range: SourceRange)?
  /// 收费: `fee free` / `收费 不收费`, or the fees charged, each on its own line.
  public var fees: [FeeSyntax] = []
  /// 办理流程: the steps in order.
  public var steps: [StepSyntax] = []
  /// 办理地点: each place with its window, hours and phone.
  public var places: [PlaceSyntax] = []
  /// 审批结果: the name of what the applicant receives.
  public var result: TextSyntax?
  /// 送达方式: how the result is delivered.
  public var delivery: [TextSyntax] = []
  /// 中介服务: `none` / `无`, or the intermediary services required.
  public var intermediaries: [IntermediarySyntax] = []
  /// 咨询方式.
  public var consultation: [TextSyntax] = []
  /// 监督投诉渠道.
  public var complaints: [TextSyntax] = []
  /// The `guide` / `办事指南` keyword.
  public var keyword: SourceRange
  /// From the keyword to the closing brace.
  public var range: SourceRange

  /// An empty guide whose keyword is at `keyword`.
  public init(keyword: SourceRange) {
    self.keyword = keyword
    self.range = keyword
  }
}

/// One `fee` / `收费` line: `fee free basis "…"`, or `fee "工本费" 20 yuan basis "…"`.
public struct FeeSyntax: Sendable {
  /// What is charged for; nil for `free`.
  public var item: TextSyntax?
  /// The amount in yuan as written (nil for `free`).
  public var amount: (value: String, range: SourceRange)?
  /// Whether the line says the item is free of charge (不收费).
  public var isFree: Bool
  /// Its legal basis (收费依据).
  public var basis: TextSyntax?
  /// The whole line.
  public var range: SourceRange
}

/// One `step` / `环节` line: `step "受理" by "综合窗口" takes 1 working days`.
public struct StepSyntax: Sendable {
  /// The step's name.
  public var name: TextSyntax
  /// Who does it (承办).
  public var performer: TextSyntax?
  /// How long it takes (用时); 0 days is on the spot.
  public var duration: DurationSyntax?
  /// The whole line.
  public var range: SourceRange
}

/// One `place` / `办理地点` line with its window, hours and phone.
public struct PlaceSyntax: Sendable {
  /// The address.
  public var address: TextSyntax
  /// The window (窗口).
  public var window: TextSyntax?
  /// The opening hours (办理时间).
  public var hours: TextSyntax?
  /// The phone number (电话).
  public var phone: TextSyntax?
  /// The whole line.
  public var range: SourceRange
}

/// One `intermediary` / `中介服务` line: `none`, or a service with its basis.
public struct IntermediarySyntax: Sendable {
  /// The intermediary service; nil for `none` / `无`.
  public var service: TextSyntax?
  /// Its legal basis.
  public var basis: TextSyntax?
  /// The whole line.
  public var range: SourceRange
}

/// What a material's line says for the guide only: 加盖公章, 本人签字, a sample and a blank
/// form to download, and a note.
public struct MaterialNotesSyntax: Sendable, Hashable {
  /// 加盖公章: it must bear the applicant's official seal.
  public var sealed = false
  /// 本人签字: it must be signed by the applicant in person.
  public var signed = false
  /// 样表: where a filled-in sample is found (a link).
  public var sample: TextSyntax?
  /// 空白表格: where the blank form is found (a link).
  public var blankForm: TextSyntax?
  /// 备注: anything else the applicant should know.
  public var note: TextSyntax?

  /// No notes.
  public init() {}

  /// Whether the line says nothing for the guide.
  public var isEmpty: Bool { !sealed && !signed && sample == nil && blankForm == nil && note == nil }
}
