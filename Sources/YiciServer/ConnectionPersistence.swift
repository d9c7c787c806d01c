import NIOCore
import NIOHTTP1

/// Closes the connection after the response to a request that does not keep it alive: an
/// HTTP/1.0 request without `Connection: keep-alive`, or one with `Connection: close` (in any
/// case, among other tokens). The response says so (`Connection: close`); to an HTTP/1.0
/// client it is an HTTP/1.0 response, never chunked, and one kept alive says `keep-alive`.
///
/// It sits between the HTTP/1 decoder and the conversion to HTTP types, the last place that
/// knows a request's version. Requests the client pipelined are answered in order, so their
/// wishes are kept in order too.
final class ConnectionPersistence: ChannelDuplexHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias InboundOut = HTTPServerRequestPart
  typealias OutboundIn = HTTPServerResponsePart
  typealias OutboundOut = HTTPServerResponsePart

  /// What a request read and not yet answered asked for.
  private struct Wish {
    var version: HTTPVersion
    var keepAlive: Bool
  }

  private var wishes: [Wish] = []
  /// The response being written closes the connection when it ends.
  private var closeAtEnd = false

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    if case .head(let head) = unwrapInboundIn(data) {
      wishes.append(Wish(version: head.version, keepAlive: head.isKeepAlive))
    }
    context.fireChannelRead(data)
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    switch unwrapOutboundIn(data) {
    case .head(var head) where head.status.code >= 200:
      guard let wish = wishes.first else { break }
      let http10 = wish.version.major == 1 && wish.version.minor == 0
      // An HTTP/1.0 body without a length can only end with the connection.
      closeAtEnd = !wish.keepAlive || (http10 && !head.headers.contains(name: "content-length"))
      if http10 { head.version = wish.version }
      if closeAtEnd {
        head.headers.replaceOrAdd(name: "connection", value: "close")
      } else if http10 {
        head.headers.replaceOrAdd(name: "connection", value: "keep-alive")
      }
      context.write(wrapOutboundOut(.head(head)), promise: promise)
      return
    case .end:
      if !wishes.isEmpty { wishes.removeFirst() }
      if closeAtEnd {
        closeAtEnd = false
        let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(data).whenComplete { result in
          promise?.completeWith(result)
          loopBound.value.close(promise: nil)
        }
        return
      }
    default: break
    }
    context.write(data, promise: promise)
  }
}
