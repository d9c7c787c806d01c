import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Yici
import YiciGuide

/// The guide (办事指南) of a service in `/v1/services/{id}`: the object of `yici guide
/// SERVICE --format json`, as the guide's own writer writes it.
enum ServiceGuideJSON {
  /// The general guide's JSON of the service in force on `date`; nil for a bundle.
  static func guide(_ id: String, in rules: RuleSet, on date: CivilDate) -> String? {
    rules.compiled.service(id).map { Guide(service: $0, date: date).rendered(as: .json) }
  }

  /// The detail's JSON with the guide's object as its `guide` field.
  static func response(_ detail: ServiceDetail, guide: String?, revision: String) -> Response {
    var bytes = Array(JSONResponse.encode(detail).readableBytesView)
    if let guide {
      // `{…}\n`: the guide goes in before the closing brace.
      bytes.removeLast(2)
      var object = Array(guide.utf8)
      while object.last == 0x0A || object.last == 0x20 { object.removeLast() }
      bytes += Array(",\"guide\":".utf8) + object + Array("}\n".utf8)
    }
    return Response(
      status: .ok, headers: [.contentType: JSONResponse.contentType, .yiciRevision: revision],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
  }

  /// Today in the local time zone (the guide of the rules in force now).
  static func today() -> CivilDate {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(dayNumber: 0)
  }
}
