import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// Hummingbird's HTTP/1.1 channel with `ConnectionPersistence` put right after the HTTP/1
/// decoder, where a request's version is still known (the handlers Hummingbird adds come
/// after the conversion to HTTP types, which drops it).
struct DecisionChannel: ServerChildChannel, HTTPChannelHandler {
  typealias Value = HTTP1Channel.Value
  let base: HTTP1Channel

  var responder: Responder { base.responder }

  func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
    base.setup(channel: channel, logger: logger).flatMapThrowing { value in
      let pipeline = channel.pipeline.syncOperations
      let decoder = try pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
      try pipeline.addHandler(ConnectionPersistence(), position: .after(decoder))
      return value
    }
  }

  func handle(value: Value, logger: Logger) async {
    await base.handle(value: value, logger: logger)
  }
}
