import YiciSemantics

/// What an input error says about the text it rejects: the text shortened to be
/// readable, and the nearest valid name.
///
/// An application is up to 1 MiB of anyone's text: an error quotes at most
/// `InputHint.shownCharacters` of it, and no "did you mean" is looked for when the name is
/// too long to be near any candidate (which gives the same answer, without the cost).
enum InputHint {
  /// The most characters of rejected text an error quotes.
  static let shownCharacters = 80

  /// `text`, cut after `shownCharacters` characters with a note of its length.
  static func shown(_ text: String) -> String {
    guard text.utf8.count > shownCharacters, text.count > shownCharacters else { return text }
    return String(text.prefix(shownCharacters)) + "… (\(text.utf8.count) bytes)"
  }

  /// The candidate nearest to `name`, as `Suggestions.closest` finds it.
  static func closest(to name: String, in candidates: [String]) -> String? {
    // A suggestion is at most a third of the shorter name's length away, and the lengths
    // alone differ by more for a name over 4/3 of the longest candidate.
    let longest = candidates.lazy.map(\.utf8.count).max() ?? 0
    guard name.utf8.count <= longest * 4 / 3 + 1 || name.count <= longest * 4 / 3 + 1 else { return nil }
    return Suggestions.closest(to: name, in: candidates)
  }
}
