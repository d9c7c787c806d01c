import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Yici

/// `POST /v1/decisions/batch`: JSON Lines in, JSON Lines out, streamed.
extension DecisionServer {
  func addBatchRoute(to router: Router<ServerContext>) {
    router.post("/v1/decisions/batch") { request, context in
      try self.authorizeDecision(request)
      let variant = try Self.variant(request.uri, trace: false, explanation: true)
      let limit = configuration.maxBatchBytes
      if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
        throw ServerError.tooLarge(limit)
      }
      let rules = store.current
      let channel = context.channel
      var stream = BatchStream(
        rules: rules, options: rules.options(variant), limit: limit, jobs: configuration.batchJobs,
        stall: configuration.idleTimeout, abandon: { channel.close(promise: nil) })
      if let recording {
        // Every decision returned is on record, as a single one's is (`record`).
        stream.record = { (line, application) throws(ServerError) in
          var line = line
          try await self.record(&line, application: application, rules: rules, variant: variant, by: recording)
          return line
        }
      }
      let metrics = metrics
      let decided = stream
      let body = request.body
      return Response(
        status: .ok, headers: [.contentType: "application/x-ndjson; charset=utf-8", .yiciRevision: rules.revision],
        body: ResponseBody { writer in
          // One output line per input line, in order, a bad line's error object and the
          // stream goes on (`BatchDecider`'s bytes); a body over the limit ends with an
          // error line for the line where the limit was passed.
          let counts = try await decided.run(body) { try await writer.write($0) }
          metrics.batch(decided: counts.lines - counts.failures, failed: counts.failures)
          try await writer.finish(nil)
        })
    }
  }
}
