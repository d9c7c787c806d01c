import YiciCalendar
import YiciEvaluation

extension DecisionWriter {
  /// The `materials` object. One pass over the statuses sets a bit per material in each
  /// list it belongs to; each list is then written by walking its set bits, in slot order.
  /// The `required` list, the longest and one of few (it depends only on which `when`s
  /// hold), is memoized by the service and its bits.
  func writeMaterials(_ verdicts: Verdicts, to out: inout JSONWriter) {
    let outcome = verdicts.outcome
    let words = (verdicts.materials.count + 63) / 64
    let lists = MaterialListField.order.count
    // Word 0 holds the service's index (the memo key's prefix), then each list's words.
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 1 + lists * words) { allocation in
      allocation.initialize(repeating: 0)
      allocation[0] = UInt64(truncatingIfNeeded: serviceIndex)
      let masks = UnsafeMutableBufferPointer(rebasing: allocation[1...])
      verdicts.materials.withUnsafeBufferPointer { statuses in
        for slot in statuses.indices {
          var bits = Self.membership(statuses[slot], outcome)
          while bits != 0 {
            masks[bits.trailingZeroBitCount * words + slot >> 6] |= 1 << (slot & 63)
            bits &= bits - 1
          }
        }
      }
      // The required list's memo key: the index word, then the list's bits.
      let requiredKey = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: allocation[0..<(1 + words)]))
      out.materials(copies: countedCopies(verdicts)) { list, out in
        if list == .required, memos.requiredLists.withValue(requiredKey, { out.append($0) }) { return }
        let start = out.count
        var separator = Separator()
        let listWords = Int(list.rawValue) * words
        for word in 0..<words {
          var bits = masks[listWords + word]
          while bits != 0 {
            let slot = word << 6 | bits.trailingZeroBitCount
            bits &= bits - 1
            separator.write(to: &out)
            if list == .waived {
              out.waived(due: verdicts.due(slot)) { materialIDs.append(slot, to: &$0) }
            } else {
              materialIDs.append(slot, to: &out)
            }
          }
        }
        if list == .required { memos.requiredLists.insert(requiredKey, out.written(from: start)) }
      }
    }
  }

  /// What writes the `copies` list (`Verdicts.listedCopies`); nil when there are none.
  private func countedCopies(_ verdicts: Verdicts) -> ((inout JSONWriter) -> Void)? {
    guard !verdicts.copies.isEmpty else { return nil }
    let listed = verdicts.copies.indices.filter { verdicts.listedCopies($0) != nil }
    guard !listed.isEmpty else { return nil }
    return { [materialIDs] out in
      var separator = Separator()
      for slot in listed {
        separator.write(to: &out)
        out.countedCopies(verdicts.listedCopies(slot) ?? 0) { materialIDs.append(slot, to: &$0) }
      }
    }
  }

  /// `[…]`: the conditions' commitments, then the materials', then the waiver letter.
  func writeCommitments(_ verdicts: Verdicts, on date: CivilDate, to out: inout JSONWriter) {
    out.append(UInt8(ascii: "["))
    var separator = Separator()
    // Pattern matches, not `==`: the statuses' `Equatable` is not inlined across modules.
    for slot in verdicts.conditions.indices {
      guard case .committed = verdicts.conditions[slot], !conditionCommitments.isEmpty(slot) else { continue }
      separator.write(to: &out)
      conditionCommitments.append(slot, to: &out)
    }
    // A committed material is in the `committed` list whatever the outcome.
    for slot in verdicts.materials.indices {
      guard case .committed = verdicts.materials[slot], !materialCommitments.isEmpty(slot) else { continue }
      separator.write(to: &out)
      materialCommitments.append(slot, to: &out)
    }
    if verdicts.outcome == .acceptedWithWaiver, let policy = service.waiverIndex(on: date),
      !waiverLetters.isEmpty(policy)
    {
      separator.write(to: &out)
      waiverLetters.append(policy, to: &out)
    }
    out.append(UInt8(ascii: "]"))
  }

  /// The lists a material with `status` is in, as `MaterialListField.bit`s.
  @inline(__always)
  private static func membership(_ status: MaterialStatus, _ outcome: Outcome) -> UInt8 {
    let required = status.isRequired ? MaterialListField.required.bit : 0
    guard let list = status.list(outcome: outcome) else { return required }
    return required | MaterialListField(list).bit
  }
}
