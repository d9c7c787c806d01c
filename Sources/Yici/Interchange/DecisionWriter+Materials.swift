import YiciEvaluation

extension DecisionWriter {
  /// `,"materials":{"required":[…],"provided":[…],…}`. One pass over the statuses sets a
  /// bit per material in each list it belongs to; each list is then written by walking
  /// its set bits, in slot order. The `required` list, the longest and one of few (it
  /// depends only on which `when`s hold), is memoized by the service and its bits.
  func writeMaterials(_ verdicts: Verdicts, to out: inout JSONWriter) {
    let outcome = verdicts.outcome
    let keys = Self.materialKeys
    let words = (verdicts.materials.count + 63) / 64
    // Word 0 holds the service's index (the memo key's prefix), then each list's words.
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 1 + keys.count * words) { allocation in
      allocation.initialize(repeating: 0)
      allocation[0] = UInt64(truncatingIfNeeded: serviceIndex)
      let masks = UnsafeMutableBufferPointer(rebasing: allocation[1...])
      verdicts.materials.withUnsafeBufferPointer { statuses in
        for slot in statuses.indices {
          var lists = Self.membership(statuses[slot], outcome)
          while lists != 0 {
            masks[lists.trailingZeroBitCount * words + slot >> 6] |= 1 << (slot & 63)
            lists &= lists - 1
          }
        }
      }
      for (list, key) in keys.enumerated() {
        out.raw(key)
        // The required list comes from the memo when one like it was written before.
        let isRequired = list == 0
        // The required list's key: the index word before it, then its bits.
        let listBits = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: allocation[0..<(1 + words)]))
        if isRequired, memos.requiredLists.withValue(listBits, { out.append($0) }) { continue }
        let start = out.count
        var separator = Separator()
        for word in 0..<words {
          var bits = masks[list * words + word]
          while bits != 0 {
            let slot = word << 6 | bits.trailingZeroBitCount
            bits &= bits - 1
            separator.write(to: &out)
            if list == Self.waivedList {
              writeWaived(slot, verdicts, to: &out)
            } else {
              materialIDs.append(slot, to: &out)
            }
          }
        }
        if isRequired { memos.requiredLists.insert(listBits, out.written(from: start)) }
      }
      out.raw("]}")
    }
  }

  /// `{"id": …, "due": …}` of a waived material.
  private func writeWaived(_ slot: Int, _ verdicts: Verdicts, to out: inout JSONWriter) {
    out.raw("{\"id\":")
    materialIDs.append(slot, to: &out)
    if let due = verdicts.due(slot) {
      out.raw(",\"due\":")
      out.isoDate(due)
    }
    out.raw("}")
  }

  /// `,"commitments":[…]`: the conditions', then the materials', then the waiver letter.
  func writeCommitments(_ verdicts: Verdicts, to out: inout JSONWriter) {
    out.raw(",\"commitments\":[")
    var separator = Separator()
    for slot in verdicts.conditions.indices
    where verdicts.conditions[slot] == .committed && !conditionCommitments.isEmpty(slot) {
      separator.write(to: &out)
      conditionCommitments.append(slot, to: &out)
    }
    for slot in verdicts.materials.indices
    where verdicts.materials[slot].list(outcome: verdicts.outcome) == .committed && !materialCommitments.isEmpty(slot) {
      separator.write(to: &out)
      materialCommitments.append(slot, to: &out)
    }
    if verdicts.outcome == .acceptedWithWaiver && !waiverLetter.isEmpty(0) {
      separator.write(to: &out)
      waiverLetter.append(0, to: &out)
    }
    out.raw("]")
  }

  /// The `materials` keys in the documented order, each closing the list before it: the
  /// list at index `i` is bit `i` of `membership`.
  private static let materialKeys: [StaticString] = [
    ",\"materials\":{\"required\":[", "],\"provided\":[", "],\"missing\":[", "],\"waived\":[", "],\"exempt\":[",
    "],\"committed\":[", "],\"undetermined\":[",
  ]
  private static let waivedList = 3

  /// The lists of the `materials` summary a material with `status` is in, as bits in the
  /// order of `materialKeys`.
  @inline(__always)
  private static func membership(_ status: MaterialStatus, _ outcome: Outcome) -> UInt8 {
    let required: UInt8 = status.isRequired ? 1 : 0
    return switch status.list(outcome: outcome) {
    case nil: required
    case .provided: required | 1 << 1
    case .missing: required | 1 << 2
    case .waived: required | 1 << 3
    case .exempt: required | 1 << 4
    case .committed: required | 1 << 5
    case .undetermined: required | 1 << 6
    }
  }
}
