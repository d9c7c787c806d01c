import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers a request that is not HTTP/1.1 at all (a garbled request line, a bad
/// `Content-Length`, both a length and chunks, headers over the limit) with the JSON error
/// object, as every other bad request gets: `400`, or `431` for headers over the limit;
/// then it closes the connection, as it must (the rest of the bytes cannot be framed).
///
/// Without it, the transport answers such a request with an empty `400`. Only an error
/// between requests is answered here; one inside a body reaches the route that reads it
/// (`413`, `408`, the body's own `400`).
final class MalformedRequestHandler: ChannelDuplexHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPRequestPart
  typealias InboundOut = HTTPRequestPart
  typealias OutboundIn = HTTPResponsePart
  typealias OutboundOut = HTTPResponsePart

  /// A request has begun and not ended.
  private var requestOpen = false
  /// A final response has begun and not ended.
  private var responseOpen = false

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head: requestOpen = true
    case .end: requestOpen = false
    case .body: break
    }
    context.fireChannelRead(data)
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    switch unwrapOutboundIn(data) {
    case .head(let response) where response.status.kind != .informational: responseOpen = true
    case .end: responseOpen = false
    default: break
    }
    context.write(data, promise: promise)
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    guard let parse = error as? HTTPParserError, !requestOpen, !responseOpen else {
      context.fireErrorCaught(error)
      return
    }
    Self.failure(parse).answerAndClose(context)
  }

  /// The status and error object of a request the parser refused.
  static func failure(_ error: HTTPParserError) -> ServerError {
    if case .headerOverflow = error {
      return ServerError(.requestHeaderFieldsTooLarge, "the request's headers are over the limit of 80 KiB")
    }
    return ServerError(.badRequest, "the request is not valid HTTP/1.1: \(error.debugDescription)")
  }
}
