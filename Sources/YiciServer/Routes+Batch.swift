import HTTPTypes
import Hummingbird
import HummingbirdCore
import Yici

/// `POST /v1/decisions/batch`: JSON Lines in, JSON Lines out, streamed.
extension DecisionServer {
  func addBatchRoute(to router: Router<ServerContext>) {
    router.post("/v1/decisions/batch") { request, _ in
      try self.authorizeDecision(request)
      let variant = try Self.variant(request.uri, trace: false, explanation: true)
      let limit = configuration.maxBatchBytes
      if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
        throw ServerError.tooLarge(limit)
      }
      let rules = store.current
      let options = rules.options(variant)
      let metrics = metrics
      let body = request.body
      return Response(
        status: .ok, headers: [.contentType: "application/x-ndjson; charset=utf-8", .yiciRevision: rules.revision],
        body: ResponseBody { writer in
          try await Self.stream(
            body, rules: rules.ruleSet, options: options, limit: limit, metrics: metrics, to: &writer)
        })
    }
  }

  /// Decides each line as soon as its newline arrives (`BatchDecider`: one output line per
  /// input line, in order, a bad line's error object and the stream goes on) and sends the
  /// output every 64 KiB. A body over `limit` ends with an error line for the next line.
  static func stream(
    _ body: RequestBody, rules: RuleSet, options: DecisionOptions, limit: Int, metrics: ServerMetrics,
    to writer: inout any ResponseBodyWriter
  ) async throws {
    var batch = BatchDecider(rules, options: options)
    var output: [UInt8] = []
    output.reserveCapacity(128 << 10)
    var received = 0
    var cut = false
    for try await chunk in body {
      received += chunk.readableBytes
      if received > limit {
        cut = true
        break
      }
      let bytes = Array(chunk.readableBytesView)
      batch.append(bytes.span, to: &output)
      if output.count >= 64 << 10 {
        try await writer.write(ByteBuffer(bytes: output))
        output.removeAll(keepingCapacity: true)
      }
    }
    if cut {
      output += Array(
        "{\"line\":\(batch.lines + 1),\"error\":\"the batch is more than the limit of \(limit) bytes; the lines after it were not read\"}\n"
          .utf8)
    } else {
      batch.finish(to: &output)
    }
    metrics.batch(decided: batch.lines - batch.failures, failed: batch.failures + (cut ? 1 : 0))
    try await writer.write(ByteBuffer(bytes: output))
    try await writer.finish(nil)
  }
}
