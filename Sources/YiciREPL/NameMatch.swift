import Yici
import YiciSemantics

/// Finding what a clerk meant by a name: exact matches first, then "did you mean".
enum NameMatch {
  /// The candidate nearest to a misspelt name: by edit distance (`Suggestions.closest`);
  /// else the only one that contains it or is contained in it; else the only one sharing
  /// the longest prefix of two characters or more (Chinese names are short, so one wrong
  /// character is already far by edit distance: 信用等级 → 信用状况).
  static func nearest(to name: String, in candidates: [String]) -> String? {
    if let close = Suggestions.closest(to: name, in: candidates) { return close }
    let lowered = name.lowercased()
    let containing = unique(
      candidates.filter {
        let candidate = $0.lowercased()
        return candidate.contains(lowered) || (candidate.count >= 2 && lowered.contains(candidate))
      })
    if containing.count == 1 { return containing[0] }
    let prefixes = candidates.map { ($0, commonPrefixLength($0.lowercased(), lowered)) }
    guard let longest = prefixes.map(\.1).max(), longest >= 2 else { return nil }
    let best = unique(prefixes.filter { $0.1 == longest }.map(\.0))
    return best.count == 1 ? best[0] : nil
  }

  /// The candidates that contain `text` (case-insensitive), without repeats, in order.
  static func containing(_ text: String, in candidates: [String]) -> [String] {
    let lowered = text.lowercased()
    return unique(candidates.filter { $0.lowercased().contains(lowered) })
  }

  private static func commonPrefixLength(_ a: String, _ b: String) -> Int {
    zip(a, b).prefix { $0 == $1 }.count
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
  }
}

/// Names of things in a service, for lookups and suggestions: the id, then the labels.
struct NamedItem {
  /// The id used in rules and interchange.
  var id: String
  /// The Chinese (as written) label and the English one, when given.
  var labels: [String]

  init(id: String, label: LocalizedText?) {
    self.id = id
    self.labels = [label?.text, label?.english].compactMap { $0 }
  }

  /// Whether a typed name means this item: the id exactly, a label exactly, or either
  /// without regard to case.
  func matches(_ name: String) -> Bool {
    id == name || labels.contains(name) || id.lowercased() == name.lowercased()
      || labels.contains { $0.lowercased() == name.lowercased() }
  }
}

extension Array where Element == NamedItem {
  /// The index of the item a name means.
  func index(of name: String) -> Int? {
    firstIndex { $0.id == name } ?? firstIndex { $0.matches(name) }
  }

  /// "did you mean 'x'?" (with the id after a label), or nil.
  func suggestion(for name: String) -> String? {
    let candidates = flatMap { [$0.id] + $0.labels }
    guard let nearest = NameMatch.nearest(to: name, in: candidates) else { return nil }
    if let item = first(where: { $0.labels.contains(nearest) }), item.id != nearest {
      return "did you mean '\(nearest)' (\(item.id))?"
    }
    return "did you mean '\(nearest)'?"
  }
}
