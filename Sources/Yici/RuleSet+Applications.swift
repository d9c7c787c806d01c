import YiciCalendar
import YiciInterchange

extension RuleSet {
  /// Reads an application from interchange JSON against these rules, as deciding it
  /// would: the same decoder, numbers read exactly (never through `Double`), the same
  /// errors (an unknown fact, a value of the wrong type, a key given twice, a limit of
  /// `InterchangeLimits` exceeded).
  ///
  /// Facts come back as `Application` carries them: options by id, dates as `YYYY-MM-DD`;
  /// unknown (`null`) facts are left out. Ids that are not the service's are left out
  /// too, each said in `warnings`. `application.date` is nil when the JSON gives none.
  public func application(json: [UInt8]) throws(InterchangeError) -> (application: Application, warnings: [String]) {
    var decoded = ApplicationDecoder.Decoded()
    let serviceIndex = try decoder.decode(json.span, date: nil, fallback: CivilDate(dayNumber: 0), into: &decoded)
    let service = compiled.services[serviceIndex]
    let application = Application(decoded.application, service: service, date: decoded.ownDate)
    return (application, decoded.application.warnings)
  }
}
