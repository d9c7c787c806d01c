/// "Did you mean …?" suggestions by edit distance.
///
/// Cheap enough to ask for every unknown name: a candidate whose length alone puts it
/// out of reach is skipped before any distance is computed, the distance is computed in
/// two rows, and names longer than `longestName` get no suggestion at all.
public enum Suggestions {
  /// Names longer than this (in scalars) are not typos of anything worth suggesting.
  static let longestName = 64

  /// Whether a name is short enough to be a typo of a real one; decided from its length in
  /// bytes first, so a huge name costs nothing.
  static func mayBeTypo(_ name: String) -> Bool {
    name.utf8.count <= longestName * 4 && name.unicodeScalars.count <= longestName
  }

  /// The candidate closest to `name`, if it is close enough to be a likely typo.
  public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
    guard mayBeTypo(name) else { return nil }
    let target = Array(name.unicodeScalars)
    var best: (String, Int)?
    // The name itself is never a suggestion: it was not found where it was looked for.
    for candidate in candidates where candidate != name {
      let count = candidate.unicodeScalars.count
      let limit = max(1, min(target.count, count) / 3)
      guard abs(count - target.count) <= limit, count <= longestName else { continue }
      let distance = editDistance(target, Array(candidate.unicodeScalars))
      if distance <= limit, best.map({ distance < $0.1 }) ?? true { best = (candidate, distance) }
    }
    return best?.0
  }

  /// Edit distance between two strings' scalars, counting a swap of neighbours as one
  /// edit (optimal string alignment), so `aera` is one edit from `area`.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rows: the one before the previous (for swaps), the previous, the current.
    var older = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], older[j - 2] + 1)
        }
      }
      (older, previous, current) = (previous, current, older)
    }
    return previous[b.count]
  }

  /// "did you mean 'x'?" or nil.
  public static func label(for name: String, in candidates: some Sequence<String>) -> String? {
    closest(to: name, in: candidates).map { "did you mean '\($0)'?" }
  }
}
