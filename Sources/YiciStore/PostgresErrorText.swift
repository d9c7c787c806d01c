import PostgresNIO

/// What went wrong with PostgreSQL, in words: PostgresNIO's errors print only a generic
/// line (so that no query leaks), which says nothing to the operator.
enum PostgresErrorText {
  /// The server's message and SQLSTATE, or the connection's error, for `error`.
  static func describe(_ error: any Error) -> String {
    if let store = error as? StoreError { return store.description }
    if let transaction = error as? PostgresTransactionError {
      if let inner = transaction.beginError ?? transaction.closureError ?? transaction.commitError {
        return describe(inner)
      }
    }
    // The pool's own error (its module is not a stable product): its circuit breaker opens
    // after some seconds of failed connection attempts, and then fails requests at once.
    if String(describing: type(of: error)) == "ConnectionPoolError" {
      return "cannot connect to the server (it has been unreachable for a while: \(error))"
    }
    guard let error = error as? PSQLError else {
      return "\(error)"
    }
    if let info = error.serverInfo, let message = info[.message] {
      let state = info[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
      let detail = info[.detail].map { ": \($0)" } ?? ""
      return message + detail + state
    }
    if let underlying = error.underlying { return "\(error.code): \(underlying)" }
    switch error.code {
    case .serverClosedConnection, .uncleanShutdown: return "the server closed the connection"
    case .clientClosedConnection, .poolClosed: return "the connection was closed"
    default: return "\(error.code)"
    }
  }
}
