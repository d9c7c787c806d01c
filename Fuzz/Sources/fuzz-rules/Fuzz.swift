import FuzzHarness

/// The bundled rules, loaded once (this file is Fuzz/Sources/fuzz-rules/Fuzz.swift in the repository).
let harness = FuzzHarness.forRepository(levels: 4)

/// libFuzzer's entry point: one input through `FuzzHarness.rules`; a failed invariant traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  do {
    _ = try harness.rules(UnsafeBufferPointer(start: data, count: size))
  } catch {
    fatalError("fuzz-rules: \(error)")
  }
  return 0
}
