import HTTPTypes
import Hummingbird
import HummingbirdCore

/// Reads a request body whole, within a size limit and a time limit.
enum BodyReader {
  /// The body's bytes; `413` when it has more than `limit` bytes (said by its
  /// `Content-Length` or found while reading), `408` when it does not arrive within `timeout`.
  static func read(_ request: Request, limit: Int, timeout: Duration) async throws(ServerError) -> [UInt8] {
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
      throw .tooLarge(limit)
    }
    let body = request.body
    do {
      return try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
        group.addTask {
          var bytes: [UInt8] = []
          for try await chunk in body {
            guard bytes.count + chunk.readableBytes <= limit else { throw ServerError.tooLarge(limit) }
            bytes += chunk.readableBytesView
          }
          return bytes
        }
        group.addTask {
          try await Task.sleep(for: timeout)
          return nil
        }
        defer { group.cancelAll() }
        guard let bytes = try await group.next() ?? nil else { throw ServerError.timedOut }
        return bytes
      }
    } catch let error as ServerError {
      throw error
    } catch {
      throw ServerError(.badRequest, "the request body could not be read: \(error)")
    }
  }
}
