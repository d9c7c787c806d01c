import YiciCalendar
import YiciEvaluation
import YiciSemantics

/// The decoder's entry points for the modules outside this one: bytes come as a
/// `Span<UInt8>`, and only here are they seen through a pointer.
extension ApplicationDecoder {
  /// Decodes one application. `date`, when given, overrides the application's own.
  package func decode(_ json: Span<UInt8>, date override: CivilDate? = nil) throws(InterchangeError)
    -> (service: CompiledService, application: BoundApplication)
  {
    try json.withUnsafeBufferPointer { (bytes) throws(InterchangeError) in try decode(bytes, date: override) }
  }

  /// `decode`, into reused memory; returns the index of the service (or, past the services,
  /// the bundle) in the rule set. An application without a date is decided on `fallback`,
  /// when one is given.
  package func decode(
    _ json: Span<UInt8>, date override: CivilDate?, fallback: CivilDate? = nil, into decoded: inout Decoded
  ) throws(InterchangeError) -> Int {
    try json.withUnsafeBufferPointer { (bytes) throws(InterchangeError) in
      try decode(bytes, date: override, fallback: fallback, into: &decoded)
    }
  }
}
