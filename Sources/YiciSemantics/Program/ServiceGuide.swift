import YiciCalendar

/// The checked guide fields of a service (办事指南): what the guide says besides conditions,
/// materials and time limits. Nothing here changes a decision.
public struct ServiceGuide: Sendable {
  /// Other names of the item (别名).
  public var aliases: [LocalizedText] = []
  /// Search words (搜索词).
  public var searchWords: [LocalizedText] = []
  /// 服务对象.
  public var audience: [LocalizedText] = []
  /// 通办范围.
  public var scope: GuideScope?
  /// 网办深度, 1 to 4.
  public var onlineDepth: OnlineDepth?
  /// 收费: nil when the guide does not say.
  public var fees: FeePolicy?
  /// 办理流程, in order.
  public var steps: [GuideStep] = []
  /// 办理地点.
  public var places: [GuidePlace] = []
  /// 审批结果名称.
  public var result: LocalizedText?
  /// 送达方式.
  public var delivery: [LocalizedText] = []
  /// 中介服务: nil when the guide does not say, empty for `none` (无).
  public var intermediaries: [Intermediary]?
  /// 咨询方式.
  public var consultation: [LocalizedText] = []
  /// 监督投诉渠道.
  public var complaints: [LocalizedText] = []

  /// An empty guide.
  public init() {}
}

/// 通办范围: where the item can be handled besides the place it belongs to.
public enum GuideScope: String, Sendable, CaseIterable {
  case national = "全国通办"
  case crossProvince = "跨省通办"
  case province = "全省通办"
  case city = "全市通办"
  case county = "全县通办"
  case none = "不通办"

  /// The English words.
  public var english: String {
    switch self {
    case .national: "anywhere in the country"
    case .crossProvince: "across provinces"
    case .province: "anywhere in the province"
    case .city: "anywhere in the city"
    case .county: "anywhere in the county"
    case .none: "only where the item belongs"
    }
  }

  /// The interchange name.
  public var id: String {
    switch self {
    case .national: "national"
    case .crossProvince: "cross_province"
    case .province: "province"
    case .city: "city"
    case .county: "county"
    case .none: "none"
    }
  }
}

/// 网办深度: how far the item can be handled online, level 1 to 4.
public enum OnlineDepth: Int, Sendable, CaseIterable {
  /// 一级: the guide is published online (信息公开).
  case information = 1
  /// 二级: forms can be downloaded (表格下载).
  case forms = 2
  /// 三级: applications are pre-examined online (网上预审).
  case preExamination = 3
  /// 四级: handled online from end to end (全程网办).
  case fullyOnline = 4

  /// The Chinese words.
  public var chinese: String {
    switch self {
    case .information: "一级（信息公开）"
    case .forms: "二级（表格下载）"
    case .preExamination: "三级（网上预审）"
    case .fullyOnline: "四级（全程网办）"
    }
  }

  /// The English words.
  public var english: String {
    switch self {
    case .information: "level 1 (information online)"
    case .forms: "level 2 (forms to download)"
    case .preExamination: "level 3 (pre-examined online)"
    case .fullyOnline: "level 4 (fully online)"
    }
  }
}

/// 收费: free of charge, or what is charged.
public enum FeePolicy: Sendable {
  /// 不收费, with its basis if given.
  case free(basis: LocalizedText?)
  /// The fees charged.
  case charged([Fee])
}

/// One fee: what for, how much, on what basis.
public struct Fee: Sendable {
  /// What is charged for.
  public var item: LocalizedText
  /// The amount in yuan.
  public var amount: ExactDecimal
  /// 收费依据.
  public var basis: LocalizedText?
}

/// One step of 办理流程.
public struct GuideStep: Sendable {
  /// The step's name (受理, 审查, 决定, 送达 …).
  public var name: LocalizedText
  /// Who does it.
  public var performer: LocalizedText
  /// How long it takes (0: on the spot).
  public var duration: DayCount
}

/// 办理地点, with its window, hours and phone.
public struct GuidePlace: Sendable {
  /// The address.
  public var address: LocalizedText
  /// The window.
  public var window: LocalizedText?
  /// The opening hours.
  public var hours: LocalizedText?
  /// The phone number.
  public var phone: LocalizedText?
}

/// An intermediary service the applicant needs (中介服务).
public struct Intermediary: Sendable {
  /// The service.
  public var service: LocalizedText
  /// Its legal basis.
  public var basis: LocalizedText?
}

/// What the guide says of a material besides its form, copies and source.
public struct MaterialNotes: Sendable, Hashable {
  /// 加盖公章.
  public var sealed = false
  /// 本人签字.
  public var signed = false
  /// 样表: a link.
  public var sample: String?
  /// 空白表格: a link.
  public var blankForm: String?
  /// 备注.
  public var note: LocalizedText?

  /// No notes.
  public init() {}

  /// Whether there is nothing to say.
  public var isEmpty: Bool { !sealed && !signed && sample == nil && blankForm == nil && note == nil }
}
