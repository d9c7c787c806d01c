import Foundation

/// A small HTTP/1.1 client over a loopback TCP connection (blocking sockets), so the tests
/// talk to the real server the way any client does: one connection, kept alive.
final class LoopbackClient: @unchecked Sendable {  // a body's thread only writes the socket
  private let descriptor: Int32
  private var buffered: [UInt8] = []

  /// An HTTP response.
  struct Response {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
    /// The body as JSON.
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) }
    func header(_ name: String) -> String? { headers[name.lowercased()] }
  }

  /// How the thread sending a body ended (read after `done`).
  private final class Sending: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    var failure: (any Error)?
  }

  struct Failure: Error, CustomStringConvertible { var description: String }

  /// Connects to the server on `port`. A `receiveBuffer` (bytes) is set before connecting, so
  /// it bounds the window the server may fill whatever the host's autotuning allows.
  init(port: Int, receiveBuffer: Int32? = nil) throws {
    descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    if var size = receiveBuffer {
      setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
    }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(descriptor)
      throw Failure(description: "cannot connect to port \(port)")
    }
    var on: Int32 = 1
    setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
  }

  deinit { close(descriptor) }

  /// Sends a request and reads its response. A `body` is written from another thread, so a
  /// streamed response can be read while the request is still being sent.
  func request(
    _ method: String, _ path: String, body: [UInt8]? = nil, headers: [String: String] = [:]
  ) throws -> Response {
    var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    for (name, value) in headers { head += "\(name): \(value)\r\n" }
    if let body { head += "Content-Length: \(body.count)\r\n" }
    head += "\r\n"
    try send(Array(head.utf8))
    let sending = Sending()
    if let body {
      Thread.detachNewThread {
        do { try self.send(body) } catch { sending.failure = error }
        sending.done.signal()
      }
    } else {
      sending.done.signal()
    }
    let response = try readResponse()
    sending.done.wait()
    if let failure = sending.failure { throw failure }
    return response
  }

  /// Writes raw bytes (for tests of what a client sends badly).
  func send(_ bytes: [UInt8]) throws {
    var offset = 0
    while offset < bytes.count {
      let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
      guard count > 0 else { throw Failure(description: "write failed") }
      offset += count
    }
  }

  /// Reads a response's head only (the answer to HEAD: a length but no body).
  func readHead() throws -> Response {
    let head = try readUntil(Array("\r\n\r\n".utf8))
    let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
    let status = Int(lines[0].split(separator: " ")[1]) ?? 0
    var headers: [String: String] = [:]
    for line in lines.dropFirst() where !line.isEmpty {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return Response(status: status, headers: headers, body: [])
  }

  /// Reads one response: its head, then a body by `Content-Length` or chunked.
  func readResponse() throws -> Response {
    let (status, headers) = try { (head: Response) in (head.status, head.headers) }(readHead())
    var body: [UInt8] = []
    if let length = headers["content-length"].flatMap({ Int($0) }) {
      body = try read(length)
    } else if headers["transfer-encoding"]?.lowercased() == "chunked" {
      while true {
        let line = String(decoding: try readUntil(Array("\r\n".utf8)), as: UTF8.self)
        let size = Int(line.split(separator: ";")[0].trimmingCharacters(in: .whitespaces), radix: 16) ?? 0
        if size == 0 {
          _ = try readUntil(Array("\r\n".utf8))
          break
        }
        body += try read(size)
        _ = try read(2)
      }
    }
    return Response(status: status, headers: headers, body: body)
  }

  /// Reads until the server closes the connection (end of file or a reset), at most
  /// `timeout` seconds; returns the bytes read, or nil when it was still open then.
  func drain(timeout: Int) -> [UInt8]? {
    var limit = timeval(tv_sec: timeout, tv_usec: 0)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    var bytes = buffered
    buffered = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
      if count > 0 {
        bytes += chunk[..<count]
      } else {
        return count == 0 || errno == ECONNRESET ? bytes : nil
      }
    }
  }

  /// Waits, reading nothing, until the server closes or resets the connection (or shuts
  /// its side), at most `timeout` seconds: a client that has stopped reading.
  func waitUntilClosed(timeout: Int) {
    let hungUp: Int16 = 0x2000 | Int16(POLLHUP) | Int16(POLLERR)  // 0x2000: POLLRDHUP
    var entry = pollfd(fd: descriptor, events: 0x2000, revents: 0)
    for _ in 0..<(timeout * 10) {
      entry.revents = 0
      if poll(&entry, 1, 100) > 0, entry.revents & hungUp != 0 { return }
    }
  }

  /// Whether the server has closed the connection (a read gives end of file).
  func isClosed() -> Bool {
    var byte: UInt8 = 0
    return Foundation.read(descriptor, &byte, 1) <= 0
  }

  private func fill() throws {
    var chunk = [UInt8](repeating: 0, count: 65536)
    let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
    guard count > 0 else { throw Failure(description: "the connection closed") }
    buffered += chunk[..<count]
  }

  private func read(_ count: Int) throws -> [UInt8] {
    while buffered.count < count { try fill() }
    let bytes = Array(buffered[..<count])
    buffered.removeFirst(count)
    return bytes
  }

  private func readUntil(_ marker: [UInt8]) throws -> [UInt8] {
    var searched = 0
    while true {
      if buffered.count >= marker.count {
        var index = max(0, searched - marker.count)
        while index + marker.count <= buffered.count {
          if buffered[index..<index + marker.count].elementsEqual(marker) {
            let found = Array(buffered[..<index])
            buffered.removeFirst(index + marker.count)
            return found
          }
          index += 1
        }
        searched = buffered.count
      }
      try fill()
    }
  }
}
