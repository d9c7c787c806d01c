import YiciEvaluation

extension Deadlines {
  /// `{"accepted": …, "immediate": …, "promised": …, "statutory": …, "warning": …}`, in the
  /// documented order, absent dates left out (as `Codable` leaves them out).
  func write(to out: inout JSONWriter) {
    out.raw("{\"accepted\":")
    out.string(accepted.description)
    out.raw(immediate ? ",\"immediate\":true" : ",\"immediate\":false")
    if let promised {
      out.raw(",\"promised\":")
      out.string(promised.description)
    }
    if let statutory {
      out.raw(",\"statutory\":")
      out.string(statutory.description)
    }
    if let warning {
      out.raw(",\"warning\":")
      out.string(warning.description)
    }
    out.raw("}")
  }
}
