import YiciCalendar

/// Text shown to people, as the author wrote it, with an optional English rendering.
public struct LocalizedText: Sendable, Hashable, Codable {
  /// The text as written (usually Chinese).
  public var text: String
  /// The English rendering, when the author gave one.
  public var english: String?

  /// Creates a text.
  public init(_ text: String, english: String? = nil) {
    self.text = text
    self.english = english
  }

  /// The text for a language: English when asked and available, else as written.
  public func text(english wantsEnglish: Bool) -> String {
    wantsEnglish ? (english ?? text) : text
  }
}

/// The days a rule is in force: from / until, inclusive, either open.
public struct Period: Sendable, Hashable {
  /// The first day in force.
  public var from: CivilDate?
  /// The last day in force.
  public var until: CivilDate?

  /// Always in force.
  public static let always = Period(from: nil, until: nil)

  /// Whether the rule is in force on a day.
  public func contains(_ date: CivilDate) -> Bool {
    if let from, date < from { return false }
    if let until, date > until { return false }
    return true
  }
}
