import YiciCalendar
import YiciSyntax

/// The working-day calendars of a checked rule set, by id.
///
/// A calendar that extends none (the national one) is a base calendar; when a rule set has
/// exactly one, it is the default that time limits use unless they name another.
public struct CompiledCalendars: Sendable {
  /// One checked calendar.
  public struct Entry: Sendable {
    /// The calendar's id (`national`, `全国`).
    public var id: String
    /// Its display name, if the rule file gives one.
    public var name: LocalizedText?
    /// The id of the calendar it extends; nil for a base calendar.
    public var base: String?
    /// The calendar, ready to count (a local one already merged with its base).
    public var calendar: WorkingCalendar
    /// Where it is declared.
    public var span: SourceSpan
  }

  /// The calendars in the order their files were read.
  public let entries: [Entry]
  private let index: [String: Int]

  /// Creates the table; ids must be unique.
  public init(_ entries: [Entry] = []) {
    self.entries = entries
    var index: [String: Int] = [:]
    for (offset, entry) in entries.enumerated() { index[entry.id] = offset }
    self.index = index
  }

  /// The calendar with an id.
  public func entry(_ id: String) -> Entry? {
    index[id].map { entries[$0] }
  }

  /// The ids, in declaration order.
  public var ids: [String] { entries.map(\.id) }

  /// The only base calendar, if there is exactly one.
  public var defaultEntry: Entry? {
    let bases = entries.filter { $0.base == nil }
    return bases.count == 1 ? bases.first : nil
  }

  /// The calendar with `id`, or the default one when `id` is nil.
  public func calendar(_ id: String?) -> WorkingCalendar? {
    guard let id else { return defaultEntry?.calendar }
    return entry(id)?.calendar
  }
}
