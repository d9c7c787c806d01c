import Foundation

/// How values are kept in the store's columns, the same for every backend: times as
/// microseconds since 1970 (BIGINT), the waived materials of a case as JSON text.
enum StoreValues {
  static func microseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1e6).rounded()) }

  static func date(microseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(microseconds) / 1e6) }

  static func waivedJSON(_ waived: [CaseFile.WaivedMaterial]) -> String {
    (try? JSONEncoder().encode(waived)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
  }

  static func waived(_ text: String) -> [CaseFile.WaivedMaterial] {
    (try? JSONDecoder().decode([CaseFile.WaivedMaterial].self, from: Data(text.utf8))) ?? []
  }
}
