import YiciLanguageServer

/// libFuzzer's entry point: the input as the bytes a client sends on standard input,
/// through `LanguageServer.replay`; a reply that is not JSON-RPC traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  if let failure = LanguageServer.replay(Array(UnsafeBufferPointer(start: data, count: size))) {
    fatalError("fuzz-lsp: \(failure)")
  }
  return 0
}
