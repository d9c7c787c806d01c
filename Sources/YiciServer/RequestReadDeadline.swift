import NIOCore
import NIOHTTPTypes

/// Times out a client that sends its request too slowly (slowloris): a request head not
/// complete within `limit` of the bytes that began it gets `408` and the connection is
/// closed, and so is one whose body the route left unread and the client is still sending
/// `limit` after the response ended. A body a route reads has the route's own limit
/// (`BodyReader`, `408`); a batch's, the idle timeout.
///
/// A socket read that yields no HTTP part between requests is a head under way: that
/// starts the clock, so a connection idle between requests is left to the idle timeout.
final class RequestReadDeadline: ChannelDuplexHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPRequestPart
  typealias InboundOut = HTTPRequestPart
  typealias OutboundIn = HTTPResponsePart
  typealias OutboundOut = HTTPResponsePart

  private let limit: TimeAmount
  /// A request's head has been read and its end has not.
  private var requestOpen = false
  /// Requests read whose response has not ended.
  private var unanswered = 0
  /// A final response has begun and not ended.
  private var responseOpen = false
  /// Parts read since the last socket read ended.
  private var partsThisRead = 0
  private var deadline: Scheduled<Void>?

  init(limit: Duration) {
    self.limit = TimeAmount(limit)
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    partsThisRead += 1
    switch unwrapInboundIn(data) {
    case .head:
      cancel()
      requestOpen = true
      unanswered += 1
    case .end:
      cancel()
      requestOpen = false
    case .body: break
    }
    context.fireChannelRead(data)
  }

  func channelReadComplete(context: ChannelHandlerContext) {
    if partsThisRead == 0, !requestOpen { start(context, headUnderWay: true) }
    partsThisRead = 0
    context.fireChannelReadComplete()
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    switch unwrapOutboundIn(data) {
    case .head(let response) where response.status.kind != .informational: responseOpen = true
    case .end:
      responseOpen = false
      unanswered = max(0, unanswered - 1)
      if requestOpen { start(context, headUnderWay: false) }
    default: break
    }
    context.write(data, promise: promise)
  }

  func channelInactive(context: ChannelHandlerContext) {
    cancel()
    context.fireChannelInactive()
  }

  func handlerRemoved(context: ChannelHandlerContext) {
    cancel()
  }

  private func start(_ context: ChannelHandlerContext, headUnderWay: Bool) {
    guard deadline == nil else { return }
    deadline = context.eventLoop.assumeIsolated().scheduleTask(in: limit) { [self] in
      deadline = nil
      if headUnderWay, unanswered == 0, !responseOpen {
        ServerError.headTimedOut.answerAndClose(context)
      } else {
        context.close(promise: nil)
      }
    }
  }

  private func cancel() {
    deadline?.cancel()
    deadline = nil
  }
}
