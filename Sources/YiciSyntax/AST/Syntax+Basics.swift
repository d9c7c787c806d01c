/// A name written in a rule file, with where it was written.
public struct Identifier: Sendable, Hashable {
  /// The name.
  public var name: String
  /// Where it was written.
  public var range: SourceRange

  /// Creates an identifier.
  public init(_ name: String, range: SourceRange) {
    self.name = name
    self.range = range
  }
}

/// Text shown to people, with an optional English rendering (`"中文" en "English"`).
public struct TextSyntax: Sendable, Hashable {
  /// The text as written (usually Chinese).
  public var value: String
  /// The English rendering, when the author gave one.
  public var english: String?
  /// Where it was written.
  public var range: SourceRange

  /// Creates a text.
  public init(value: String, english: String? = nil, range: SourceRange) {
    self.value = value
    self.english = english
    self.range = range
  }
}

/// A date literal such as `2025-10-01`, with where it was written.
public struct DateSyntax: Sendable, Hashable {
  /// The ISO text of the date.
  public var iso: String
  /// Where it was written.
  public var range: SourceRange
}

/// A validity period: in force from / until a date, both inclusive and optional.
public struct PeriodSyntax: Sendable, Hashable {
  /// The first day in force.
  public var from: DateSyntax?
  /// The last day in force.
  public var until: DateSyntax?

  /// The period that is always in force.
  public static let always = PeriodSyntax(from: nil, until: nil)
}
