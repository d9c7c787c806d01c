import YiciStore

/// The `decision_log` of `GET /v1/rules`: whether decisions are put on record, and when a
/// decision is acknowledged (`durable`: once its record is on disk; `queued`: once it is
/// queued; `off`: not recorded).
struct DecisionLogBody: Encodable {
  var mode: String
  var data: String?
  var database: String?
  var capacity: Int?
  var waiting: Int?
  var written: Int?
  var batches: Int?
  var lastError: String?

  enum CodingKeys: String, CodingKey {
    case mode, data, database, capacity, waiting, written, batches
    case lastError = "last_error"
  }

  init(_ recording: DecisionRecording?) {
    guard let recording else {
      mode = "off"
      return
    }
    let figures = recording.log.figures
    mode = recording.log.durability.rawValue
    data = recording.folder
    database = recording.database?.description
    capacity = recording.log.capacity
    waiting = figures.waiting
    written = figures.written
    batches = figures.batches
    lastError = figures.lastError
  }
}
