import Hummingbird

/// The request context of the server's routes.
struct ServerContext: RequestContext {
  var coreContext: CoreRequestContextStorage

  init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
  }
}
