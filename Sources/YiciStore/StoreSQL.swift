/// The store's queries, written once for every backend: parameters are `$1`, `$2`, … (which
/// PostgreSQL numbers and SQLite names, in the order they first appear), a nullable filter
/// is `CAST($n AS TEXT) IS NULL OR …` so that PostgreSQL knows its type.
enum StoreSQL {
  static let decisionColumns = """
    id, recorded_at, subject, kind, revision, outcome, decision_date, language, with_trace, with_explanation, \
    application, decision
    """

  /// How many values a decision's row has.
  static let decisionColumnCount = 12

  static let insertDecision = insertDecisions(rows: 1)

  /// One statement inserting `rows` decisions: a whole batch in one round trip (PostgreSQL
  /// takes up to 65,535 parameters, 5,461 rows).
  static func insertDecisions(rows: Int) -> String {
    let values = (0..<rows).map { row in
      "(" + (1...decisionColumnCount).map { "$\(row * decisionColumnCount + $0)" }.joined(separator: ", ") + ")"
    }
    return "INSERT INTO decisions (\(decisionColumns))\nVALUES " + values.joined(separator: ",\n  ")
  }

  static let decisionByID = "SELECT \(decisionColumns) FROM decisions WHERE id = $1"

  /// $1 subject, $2 outcome, $3 from (µs), $4 to (µs), $5 after (id), $6 limit.
  static let decisionsFiltered = """
    SELECT \(decisionColumns) FROM decisions
    WHERE (CAST($1 AS TEXT) IS NULL OR subject = $1)
      AND (CAST($2 AS TEXT) IS NULL OR outcome = $2)
      AND (CAST($3 AS BIGINT) IS NULL OR recorded_at >= $3)
      AND (CAST($4 AS BIGINT) IS NULL OR recorded_at < $4)
      AND (CAST($5 AS TEXT) IS NULL OR id > $5)
    ORDER BY id
    LIMIT $6
    """

  static let decisionCount = "SELECT COUNT(*) FROM decisions"

  static let appliedVersions = "SELECT version FROM yici_schema ORDER BY version"

  static let recordVersion = "INSERT INTO yici_schema (version, name, applied_at) VALUES ($1, $2, $3)"

  static let insertCase = """
    INSERT INTO cases (id, decision_id, service, accepted, immediate, waived, opened_at, opened_by)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
    """

  static let caseColumns = "id, decision_id, service, accepted, immediate, waived, opened_at, opened_by"

  static let caseByID = "SELECT \(caseColumns) FROM cases WHERE id = $1"

  static let caseByDecision = "SELECT \(caseColumns) FROM cases WHERE decision_id = $1"

  static let allCases = "SELECT \(caseColumns) FROM cases ORDER BY id"

  static let insertEvent = """
    INSERT INTO case_events (case_id, seq, recorded_at, actor, kind, day, subject, note)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
    """

  static let eventsOfCase = """
    SELECT seq, recorded_at, actor, kind, day, subject, note FROM case_events WHERE case_id = $1 ORDER BY seq
    """

  static let allEvents = """
    SELECT case_id, seq, recorded_at, actor, kind, day, subject, note FROM case_events ORDER BY case_id, seq
    """
}
