/// A guide worded in one language, before it is laid out as text, Markdown or HTML: the
/// one place that decides what a printed guide says, so the three forms say the same.
struct GuideDocument {
  var title: String
  var subtitle: String
  var sections: [Section] = []

  /// A numbered section (一、基本信息).
  struct Section {
    var heading: String
    /// `label：value` lines.
    var rows: [(label: String, value: String)] = []
    /// A line before the items.
    var lead: String?
    /// Numbered items, each with detail lines under it.
    var items: [Item] = []
    /// Lines after the items.
    var paragraphs: [String] = []
  }

  /// One numbered item: a heading and detail lines.
  struct Item {
    var heading: String
    var details: [String] = []
  }
}
