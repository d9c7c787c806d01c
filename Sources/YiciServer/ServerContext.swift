import Hummingbird
import NIOCore

/// The request context of the server's routes.
struct ServerContext: RequestContext {
  var coreContext: CoreRequestContextStorage
  /// The request's connection (the batch endpoint closes it on a client that stopped).
  let channel: any Channel

  init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    channel = source.channel
  }
}
