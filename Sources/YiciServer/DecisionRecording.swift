import Foundation
import Logging
import ServiceLifecycle
import Yici
import YiciStore

/// What `yici serve --data DIR` puts its decisions on record with: the decision log over the
/// store in the data folder, and the folder's key for hashing personal facts.
public struct DecisionRecording: Sendable {
  /// The log the decisions are queued to.
  public let log: DecisionLog
  /// Where cases are kept (the same database).
  public let cases: any CaseStore
  /// The data folder (the SQLite store and its hash key, unless `database` is given).
  public let folder: String
  /// The PostgreSQL database the store is in, when not in the data folder.
  public let database: DatabaseURL?
  /// How the servers sharing the store tell each other of a reload (PostgreSQL's
  /// LISTEN/NOTIFY); nil for a store of one server.
  public let revisions: (any RevisionChannel)?
  /// The key personal facts are hashed under (`HashKey`).
  let hashKey: [UInt8]

  /// Recording to `log`, for a store in `folder`.
  public init(
    log: DecisionLog, cases: any CaseStore, folder: String, database: DatabaseURL? = nil,
    revisions: (any RevisionChannel)? = nil, hashKey: [UInt8]
  ) {
    self.log = log
    self.cases = cases
    self.folder = folder
    self.database = database
    self.revisions = revisions
    self.hashKey = hashKey
  }

  /// Opens (or creates) the SQLite store in `folder` and a log over it.
  public static func open(folder: String, durability: Durability, capacity: Int = 4096) throws(StoreError)
    -> DecisionRecording
  {
    let store = try SQLiteStore(folder: folder, durability: durability)
    return DecisionRecording(
      log: DecisionLog(store: store, durability: durability, capacity: capacity), cases: store, folder: folder,
      hashKey: try HashKey.load(folder: folder))
  }

  /// Opens (or creates) the store at `location` and a log over it; the hash key is the
  /// data folder's for SQLite, the database's for PostgreSQL (made once, read by every
  /// server over it, so they all hash a personal fact the same). A
  /// database's calls are bounded by `timeout` (`PostgresStore.defaultTimeout` unless told).
  public static func open(
    _ location: StoreLocation, folder: String, durability: Durability, capacity: Int = 4096,
    timeout: Duration? = nil, logger: Logger? = nil
  ) async throws(StoreError) -> DecisionRecording {
    let store = try await location.open(durability: durability, timeout: timeout, logger: logger)
    var database: DatabaseURL?
    if case .postgres(let url) = location { database = url }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw StoreError("cannot create the data folder \(folder)", error)
    }
    let hashKey: [UInt8]
    if let shared = store as? PostgresStore {
      hashKey = try await shared.sharedHashKey()
    } else {
      hashKey = try HashKey.load(folder: folder)
    }
    return DecisionRecording(
      log: DecisionLog(store: store, durability: durability, capacity: capacity), cases: store, folder: folder,
      database: database, revisions: store as? any RevisionChannel, hashKey: hashKey)
  }

  /// The record of a decision just made: its fields read back from its JSON (which has its
  /// `decision_id`), the application with its personal facts protected.
  func record(
    id: String, application: [UInt8], decision: [UInt8], rules: LoadedRules, variant: DecisionVariant
  ) -> StoredDecision? {
    guard let fields = RecordedFields.read(decision) else { return nil }
    return StoredDecision(
      id: id, recordedAt: Date(), subject: fields.subject, kind: fields.kind, revision: rules.revision,
      outcome: fields.outcome, date: fields.date,
      variant: StoredDecision.Variant(
        language: variant.language.rawValue, trace: variant.trace, explanation: variant.explanation),
      application: rules.personalFacts.protect(application, subject: fields.subject, key: hashKey),
      decision: String(decoding: decision, as: UTF8.self))
  }
}

/// The service (or bundle), outcome and date of a decision, read from its JSON as
/// `DecisionLabels` reads the first two.
enum RecordedFields {
  static func read(_ json: [UInt8]) -> (subject: String, kind: StoredDecision.Kind, outcome: String, date: String)? {
    guard let outcome = DecisionLabels.value(after: Array(#""outcome":""#.utf8), in: json[...]) else { return nil }
    let head = json[..<outcome.at]
    let date = DecisionLabels.value(after: Array(#""date":""#.utf8), in: head)?.text ?? ""
    if let service = DecisionLabels.value(after: Array(#""service":""#.utf8), in: head) {
      return (service.text, .service, outcome.text, date)
    }
    guard let bundle = DecisionLabels.value(after: Array(#""bundle":""#.utf8), in: head) else { return nil }
    return (bundle.text, .bundle, outcome.text, date)
  }
}

/// The decision log's writer as a service of the server: it runs until the server stops,
/// then writes what is still queued (it is shut down after the HTTP server, so every
/// decision answered is written first).
struct DecisionLogWriter: Service {
  let log: DecisionLog

  func run() async throws {
    let log = log
    await withTaskCancellationHandler {
      await withGracefulShutdownHandler {
        await log.run()
      } onGracefulShutdown: {
        log.stop()
      }
    } onCancel: {
      log.stop()
    }
  }
}
