/// The base protocol's framing: each message is `Content-Length: N` (other headers
/// ignored), a blank line, and N bytes of UTF-8 JSON.
///
/// The reader takes bytes as they arrive and yields whole bodies; a malformed header is an
/// error the server reports and skips past, never a crash or a hang on the next message.
public struct MessageFraming: Sendable {
  /// A body larger than this is refused (its bytes are skipped).
  public static let largestBody = 64 << 20

  private var buffer: [UInt8] = []
  /// Bytes of an oversized body still to skip.
  private var skipping = 0

  /// Creates an empty reader.
  public init() {}

  /// What reading found.
  public enum Item: Equatable, Sendable {
    /// A whole message body.
    case body([UInt8])
    /// A header block that could not be read (what was wrong); the reader moved past it.
    case malformed(String)
  }

  /// Adds bytes received.
  public mutating func append(_ bytes: some Sequence<UInt8>) {
    buffer.append(contentsOf: bytes)
  }

  /// The next whole message, or nil until more bytes arrive.
  public mutating func next() -> Item? {
    if skipping > 0 {
      let dropped = min(skipping, buffer.count)
      buffer.removeFirst(dropped)
      skipping -= dropped
      if skipping > 0 { return nil }
    }
    guard let end = headerEnd() else {
      // No blank line in a long run of bytes: not a header at all.
      if buffer.count > 8_192 {
        buffer.removeAll()
        return .malformed("no header end (\\r\\n\\r\\n) in 8192 bytes")
      }
      return nil
    }
    let header = String(decoding: buffer[..<end], as: UTF8.self)
    var length: Int?
    for line in header.split(separator: "\r\n") {
      let parts = line.split(separator: ":", maxSplits: 1)
      guard parts.count == 2 else { continue }
      if parts[0].lowercased() == "content-length" {
        length = Int(parts[1].trimmingSpaces)
      }
    }
    guard let length, length >= 0 else {
      buffer.removeFirst(end + 4)
      return .malformed("a message without a valid Content-Length header")
    }
    guard length <= Self.largestBody else {
      buffer.removeFirst(end + 4)
      skipping = length
      return .malformed("a message of \(length) bytes (at most \(Self.largestBody))")
    }
    guard buffer.count >= end + 4 + length else { return nil }
    let body = Array(buffer[(end + 4)..<(end + 4 + length)])
    buffer.removeFirst(end + 4 + length)
    return .body(body)
  }

  /// Where the first `\r\n\r\n` starts.
  private func headerEnd() -> Int? {
    guard buffer.count >= 4 else { return nil }
    for index in 0...(buffer.count - 4)
    where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
      return index
    }
    return nil
  }

  /// A body framed for sending.
  public static func frame(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }
}

extension Substring {
  fileprivate var trimmingSpaces: Substring {
    var text = self
    while text.first == " " || text.first == "\t" { text.removeFirst() }
    while text.last == " " || text.last == "\t" { text.removeLast() }
    return text
  }
}
