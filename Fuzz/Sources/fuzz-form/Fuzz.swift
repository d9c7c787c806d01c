import FormHarness
import Foundation

/// The bundled rules, loaded once (this file is Fuzz/Sources/fuzz-form/Fuzz.swift in the repository).
let harness: FormHarness = {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
  do {
    return try FormHarness(root: root)
  } catch {
    fatalError("fuzz-form: cannot load the bundled rules: \(error)")
  }
}()

/// libFuzzer's entry point: one input through `FormHarness.run`; a failure traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
  if let failure = harness.run(bytes) { fatalError("fuzz-form: \(failure)") }
  return 0
}
