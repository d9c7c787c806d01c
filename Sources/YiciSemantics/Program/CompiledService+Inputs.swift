extension CompiledService {
  /// The input facts an expression reads, directly or through derived facts, in order of
  /// first use. Each derived fact is followed once, so the walk is linear in the size of
  /// the program however the derived facts share one another.
  public func inputSlots(of expression: CompiledExpression) -> [Int] {
    var inputs: [Int] = []
    var seen = Set<Int>()
    var pending = expression.factSlots.reversed() as [Int]
    while let slot = pending.popLast() {
      guard seen.insert(slot).inserted else { continue }
      if let derivation = facts[slot].derivation {
        pending.append(contentsOf: derivation.factSlots.reversed())
      } else {
        inputs.append(slot)
      }
    }
    return inputs
  }
}
