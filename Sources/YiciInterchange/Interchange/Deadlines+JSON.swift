import YiciCalendar
import YiciEvaluation

extension Deadlines {
  /// `{"accepted": …, "immediate": …, "promised": …, "statutory": …, "warning": …}`, in the
  /// documented order, absent dates left out (as `Codable` leaves them out).
  func write(to out: inout JSONWriter) {
    out.raw("{\"accepted\":")
    out.isoDate(accepted)
    out.raw(immediate ? ",\"immediate\":true" : ",\"immediate\":false")
    if let promised {
      out.raw(",\"promised\":")
      out.isoDate(promised)
    }
    if let statutory {
      out.raw(",\"statutory\":")
      out.isoDate(statutory)
    }
    if let warning {
      out.raw(",\"warning\":")
      out.isoDate(warning)
    }
    Self.write(provisional, as: ",\"provisional\":[", to: &out)
    Self.write(undated, as: ",\"undated\":[", to: &out)
    out.raw("}")
  }

  /// `,"name":[{"field":…,"material":…,"year":…},…]`, nothing for an empty list.
  private static func write(_ notes: [DateNote], as opening: StaticString, to out: inout JSONWriter) {
    guard !notes.isEmpty else { return }
    out.raw(opening)
    for (index, note) in notes.enumerated() {
      out.raw(index == 0 ? "{\"field\":" : ",{\"field\":")
      out.string(note.field)
      if let material = note.material {
        out.raw(",\"material\":")
        out.string(material)
      }
      out.raw(",\"year\":")
      out.append(Array(String(note.year).utf8))
      out.raw("}")
    }
    out.raw("]")
  }
}

extension JSONWriter {
  /// `"YYYY-MM-DD"`, written digit by digit (no intermediate string).
  mutating func isoDate(_ date: CivilDate) {
    let zero = UInt8(ascii: "0")
    let year = date.year
    append(UInt8(ascii: "\""))
    append(zero + UInt8(year / 1000 % 10))
    append(zero + UInt8(year / 100 % 10))
    append(zero + UInt8(year / 10 % 10))
    append(zero + UInt8(year % 10))
    append(UInt8(ascii: "-"))
    append(zero + UInt8(date.month / 10))
    append(zero + UInt8(date.month % 10))
    append(UInt8(ascii: "-"))
    append(zero + UInt8(date.day / 10))
    append(zero + UInt8(date.day % 10))
    append(UInt8(ascii: "\""))
  }
}
