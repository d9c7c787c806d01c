import HTTPTypes
import NIOCore
import NIOHTTPTypes

extension ServerError {
  /// Writes this error as the whole response, from a channel handler below the routes, with
  /// `Connection: close`, and closes the connection once it is sent: for a request that
  /// cannot be read on (one the parser refused, one not sent in time).
  func answerAndClose(_ context: ChannelHandlerContext) {
    var body = JSONResponse.encode(self.body)
    let head = HTTPResponse(
      status: status,
      headerFields: [
        .contentType: JSONResponse.contentType, .contentLength: String(body.readableBytes), .connection: "close",
      ])
    context.write(NIOAny(HTTPResponsePart.head(head)), promise: nil)
    context.write(NIOAny(HTTPResponsePart.body(body)), promise: nil)
    body.clear()
    let channel = context.channel
    context.writeAndFlush(NIOAny(HTTPResponsePart.end(nil))).whenComplete { _ in channel.close(promise: nil) }
  }
}
