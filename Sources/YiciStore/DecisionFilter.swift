import Foundation

/// Which decisions to list (`GET /v1/decisions?service=&outcome=&from=&to=`), one page at a
/// time, in the order they were decided.
public struct DecisionFilter: Sendable, Equatable {
  /// Only this service's or bundle's.
  public var subject: String?
  /// Only with this outcome.
  public var outcome: String?
  /// Only those decided at or after this instant.
  public var from: Date?
  /// Only those decided before this instant.
  public var to: Date?
  /// Only those after this decision id (the previous page's `next`).
  public var after: String?
  /// The most on one page.
  public var limit: Int

  /// The largest page.
  public static let maximumLimit = 1000

  /// Creates a filter; the default page is 100 decisions.
  public init(
    subject: String? = nil, outcome: String? = nil, from: Date? = nil, to: Date? = nil, after: String? = nil,
    limit: Int = 100
  ) {
    self.subject = subject
    self.outcome = outcome
    self.from = from
    self.to = to
    self.after = after
    self.limit = limit
  }
}

/// One page of decisions, and where the next one starts.
public struct DecisionPage: Sendable {
  /// The decisions, oldest first.
  public var decisions: [StoredDecision]
  /// The `after` of the next page; nil on the last.
  public var next: String?

  /// Creates a page.
  public init(decisions: [StoredDecision], next: String?) {
    self.decisions = decisions
    self.next = next
  }
}
