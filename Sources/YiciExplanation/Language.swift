/// The language of the text written for the applicant.
public enum Language: String, Sendable, Codable, CaseIterable {
  /// Chinese, the default: the wording of a 政务服务 window.
  case zh
  /// Plain English, using the authors' English renderings where they gave one.
  case en

  /// Whether the language is English (how `LocalizedText.text(english:)` asks for it).
  public var isEnglish: Bool { self == .en }
}
