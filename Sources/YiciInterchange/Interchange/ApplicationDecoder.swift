import YiciCalendar
import YiciEvaluation
import YiciSemantics

/// Reads interchange JSON (one application) straight into a `BoundApplication`.
///
/// This is the one path every application takes, from `yici eval`, a batch line, or a
/// Swift `Application`: fields are checked against the service's declarations (a value of
/// the wrong type, an unknown fact or option is an error naming the field and the nearest
/// valid name), and ids are looked up from the bytes without allocating.
package struct ApplicationDecoder: Sendable {
  let ruleSet: CompiledRuleSet
  let services: ByteKeyTable
  /// Each service's id as a JSON string, by index.
  let serviceIDs: JSONPieces
  /// The bundles by id; bundle `b` is target `services.count + b`.
  let bundles: ByteKeyTable
  /// `bundle` (一件事) last: an application names a service or a bundle, and is bound to the
  /// service, or to the bundle's form, by the same code.
  private static let fieldIDs = ["id", "service", "date", "facts", "materials", "shared", "commitments", "bundle"]
  private static let bundleField = 7
  private static let fields = ByteKeyTable(fieldIDs.enumerated().map { ($1, $0) })
  /// Each field's name as a JSON string, by field number.
  private static let fieldNames = JSONPieces(quoted: fieldIDs)

  /// Creates a decoder for a rule set.
  package init(ruleSet: CompiledRuleSet) {
    self.ruleSet = ruleSet
    services = ByteKeyTable(ruleSet.services.enumerated().map { ($1.id, $0) })
    serviceIDs = JSONPieces(quoted: ruleSet.services.map(\.id))
    bundles = ByteKeyTable(ruleSet.bundles.enumerated().map { ($1.id, ruleSet.services.count + $0) })
  }

  /// What an application is bound to, by its index: a service of the rule set, or past them
  /// the form of a bundle.
  @inline(__always)
  package func target(_ index: Int) -> CompiledService {
    index < ruleSet.services.count ? ruleSet.services[index] : ruleSet.bundles[index - ruleSet.services.count].form
  }

  /// Decodes one application. `date`, when given, overrides the application's own.
  func decode(_ bytes: UnsafeBufferPointer<UInt8>, date override: CivilDate? = nil) throws(InterchangeError)
    -> (service: CompiledService, application: BoundApplication)
  {
    var decoded = Decoded()
    let serviceIndex = try decode(bytes, date: override, into: &decoded)
    return (target(serviceIndex), decoded.application)
  }

  /// Where an application is decoded to: memory that the next application decoded for
  /// the same service reuses.
  package struct Decoded {
    /// The service `application` is bound to, by index in the rule set.
    var serviceIndex = -1
    /// The application (a placeholder until the first is decoded).
    package var application = BoundApplication()
    /// The order of the last application's fields, and of its facts.
    var fieldOrder = KeyOrder()
    var factOrder = KeyOrder()
    /// Dates and short texts recently read.
    var dates = DateCache()
    var texts = TextCache()
    /// The facts read so far of the application's facts object.
    var factsSeen = SeenKeys()
    /// The application's own date, nil when it gives none.
    package var ownDate: CivilDate?
    /// The lookup tables of each service bound so far.
    var bindings = ServiceBindings()

    /// Memory for the first application.
    package init() {}

    /// Starts an application for the service at `index` of the rule set: the one before,
    /// cleared, when it was bound to the same service.
    mutating func start(service index: Int, _ service: CompiledService) {
      if index == serviceIndex {
        application.clear()
      } else {
        serviceIndex = index
        application = bindings.binding(index, service).empty
        factOrder.forget()
      }
    }
  }

  /// `decode`, into reused memory; returns the service's index in the rule set. An
  /// application without a date is decided on `fallback`, when one is given.
  func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, date override: CivilDate?, fallback: CivilDate? = nil,
    into decoded: inout Decoded
  ) throws(InterchangeError) -> Int {
    guard bytes.count <= InterchangeLimits.applicationBytes else { throw .tooLarge(bytes.count) }
    var reader = JSONReader(bytes)
    try reader.expect(UInt8(ascii: "{"), "'{' to start an application object")
    var header = Header()
    if !reader.accept(UInt8(ascii: "}")) {
      // The fields up to the service's, then the rest with the service known: its binding
      // and program are passed down, so they are fetched from the arrays once.
      if try !readFieldsToService(&reader, &header, into: &decoded), let index = header.serviceIndex {
        let service = target(index)
        try readFields(&reader, &header, into: &decoded, binding: decoded.bindings.binding(index, service), service)
      }
      try reader.expect(UInt8(ascii: "}"), "',' or '}' in the application")
    }
    if reader.peek() != nil { throw reader.error("unexpected text after the application object") }
    guard let serviceIndex = header.serviceIndex else { throw .noServiceField }
    if !header.deferred.isEmpty {
      let service = target(serviceIndex)
      try bindDeferred(
        header.deferred, &reader, into: &decoded, decoded.bindings.binding(serviceIndex, service), service)
    }
    guard let decisionDate = override ?? header.date ?? fallback else { throw .noDate }
    decoded.application.date = decisionDate
    decoded.application.id = header.id
    decoded.ownDate = header.date
    return serviceIndex
  }

  /// What an application's fields have said so far.
  private struct Header {
    var serviceIndex: Int?
    var id: String?
    var date: CivilDate?
    /// The lists given before the service, by field and position: bound once it is known.
    var deferred: [(field: Int, position: Int)] = []
    /// How many fields have been read, and which (a bit per field).
    var count = 0
    var seen: UInt8 = 0
  }

  /// Reads the application's fields up to the service's: their own (`id`, `date`), and
  /// the lists, kept to be bound once the service is known. False right after the
  /// service's field; true at the object's last field (no service given).
  private func readFieldsToService(_ reader: inout JSONReader, _ header: inout Header, into decoded: inout Decoded)
    throws(InterchangeError) -> Bool
  {
    repeat {
      let field = try readFieldName(&reader, &header, order: &decoded.fieldOrder)
      do throws(InterchangeError) {
        try reader.expect(UInt8(ascii: ":"), "':' after the field name")
        switch field {
        case 1:
          let index = try readService(&reader, guess: decoded.serviceIndex)
          header.serviceIndex = index
          decoded.start(service: index, ruleSet.services[index])
          return false
        case Self.bundleField:
          let index = try readBundle(&reader)
          header.serviceIndex = index
          decoded.start(service: index, target(index))
          return false
        case 3...:
          header.deferred.append((field, reader.position))
          try reader.skipValue(depth: 1)
        default:
          try readOwnField(field, &reader, &header, dates: &decoded.dates)
        }
      } catch {
        throw error.inField(Self.fieldIDs[field])
      }
    } while reader.accept(UInt8(ascii: ","))
    return true
  }

  /// Reads the fields after the service's (from the `,` after it), binding the lists with
  /// the service's binding and program.
  private func readFields(
    _ reader: inout JSONReader, _ header: inout Header, into decoded: inout Decoded, binding: ServiceBinding,
    _ service: CompiledService
  ) throws(InterchangeError) {
    while reader.accept(UInt8(ascii: ",")) {
      // Not the service's again: a field given twice is an error in `readFieldName`.
      let field = try readFieldName(&reader, &header, order: &decoded.fieldOrder)
      do throws(InterchangeError) {
        try reader.expect(UInt8(ascii: ":"), "':' after the field name")
        if field == 1 || field == Self.bundleField {
          throw InterchangeError(
            "the application names a service and a bundle; give one of them", column: reader.column(of: reader.position)
          )
        } else if field >= 3 {
          try bindList(field, &reader, into: &decoded, binding: binding, service)
        } else {
          try readOwnField(field, &reader, &header, dates: &decoded.dates)
        }
      } catch {
        throw error.inField(Self.fieldIDs[field])
      }
    }
  }

  /// Reads the next field's name (guessed from the order of the last application's), and
  /// checks it is not given twice.
  @inline(__always)
  private func readFieldName(_ reader: inout JSONReader, _ header: inout Header, order: inout KeyOrder)
    throws(InterchangeError) -> Int
  {
    let keyStart = reader.position
    let field = try order.slot(at: header.count, &reader, names: Self.fieldNames, lookup: Self.field)
    header.count += 1
    guard header.seen & 1 << field == 0 else { throw Self.duplicate(field, reader, at: keyStart) }
    header.seen |= 1 << field
    return field
  }

  /// Reads the value of the application's `id` (field 0) or `date` (field 2).
  private func readOwnField(_ field: Int, _ reader: inout JSONReader, _ header: inout Header, dates: inout DateCache)
    throws(InterchangeError)
  {
    if field == 0 {
      if !reader.accept(literal: "null") { header.id = reader.text(try reader.readString("the application id")) }
    } else {
      header.date = try readDate(&reader, cache: &dates)
    }
  }

  /// Binds the lists given before the service, now that it is known.
  private func bindDeferred(
    _ deferred: [(field: Int, position: Int)], _ reader: inout JSONReader, into decoded: inout Decoded,
    _ binding: ServiceBinding, _ service: CompiledService
  ) throws(InterchangeError) {
    for (field, position) in deferred {
      reader.position = position
      do {
        try bindList(field, &reader, into: &decoded, binding: binding, service)
      } catch {
        throw error.inField(Self.fieldIDs[field])
      }
    }
  }

  /// The error for a field given twice, read again for its name (the error path only).
  private static func duplicate(_ field: Int, _ reader: JSONReader, at keyStart: Int) -> InterchangeError {
    InterchangeError(
      "the field '\(fieldIDs[field])' is given twice; each field may appear once", path: fieldIDs[field],
      column: reader.column(of: keyStart))
  }

  /// Reads the service's id and finds it; the service of the last application is tried
  /// first (a batch is mostly of one service). The last one may have been a bundle's, whose
  /// target lies past the services: then there is no guess.
  private func readService(_ reader: inout JSONReader, guess: Int) throws(InterchangeError) -> Int {
    if guess >= 0, guess < serviceIDs.count, reader.accept(serviceIDs.bytes(guess)) { return guess }
    let nameStart = reader.position
    let name = try reader.readString("the service id")
    guard let index = Self.lookup(services, name, reader) else {
      throw .noService(reader.text(name), known: services.names, column: reader.column(of: nameStart))
    }
    return index
  }

  /// Reads a bundle's id and finds it.
  private func readBundle(_ reader: inout JSONReader) throws(InterchangeError) -> Int {
    let nameStart = reader.position
    let name = try reader.readString("the bundle id")
    guard let index = Self.lookup(bundles, name, reader) else {
      let text = reader.text(name)
      throw InterchangeError(
        "no bundle '\(InputHint.shown(text))'"
          + (InputHint.closest(to: text, in: bundles.names).map { "; did you mean '\($0)'?" } ?? ""),
        path: "bundle", column: reader.column(of: nameStart))
    }
    return index
  }

  /// Reads the application's date, from the cache when it was read lately.
  private func readDate(_ reader: inout JSONReader, cache: inout DateCache) throws(InterchangeError) -> CivilDate {
    let dateStart = reader.position
    let string = try reader.readString("a date")
    var place: Int?
    if string.decoded == nil, string.range.count == 10, let base = reader.bytes.baseAddress {
      let cached = cache.date(at: base + string.range.lowerBound)
      if let date = cached.date { return date }
      place = cached.place
    }
    guard let parsed = reader.date(string) else {
      throw .notADate(reader.text(string), path: "date", column: reader.column(of: dateStart))
    }
    if let place, let base = reader.bytes.baseAddress {
      cache.keep(parsed, writtenAt: base + string.range.lowerBound, in: place)
    }
    return parsed
  }

  /// Reads a field's name and finds it.
  private static func field(_ reader: inout JSONReader) throws(InterchangeError) -> Int {
    let keyStart = reader.position
    let key = try reader.readString("a field name")
    guard let field = Self.lookup(Self.fields, key, reader) else {
      let name = reader.text(key)
      throw InterchangeError(
        "unknown field '\(InputHint.shown(name))'"
          + (InputHint.closest(to: name, in: Self.fields.names).map { "; did you mean '\($0)'?" } ?? ""),
        column: reader.column(of: keyStart))
    }
    return field
  }

  static func lookup(_ table: ByteKeyTable, _ string: JSONReader.StringBytes, _ reader: JSONReader) -> Int? {
    if let decoded = string.decoded { return decoded.withUnsafeBufferPointer { table.value($0, 0..<$0.count) } }
    return table.value(reader.bytes, string.range)
  }
}
