import YiciReporting

/// JSON string literals, escaped as RFC 8259 asks (quotes, backslashes, control characters;
/// `<`, `>` and `&` too, so the text may sit inside an HTML `<script>` element): the reform
/// report's escaper, in its mode for scripts.
enum JSONText {
  static func quoted(_ text: String) -> String { JSONTree.quoted(text, forScript: true) }
}
