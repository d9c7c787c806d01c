/// The report laid out once, in one language, for the text, Markdown and HTML renderers:
/// a title, and sections of tables, paragraphs, target checks and charts.
struct ReportDocument {
  /// The report's title.
  var title: String
  /// The date or dates it covers.
  var subtitle: String
  /// The sections, in order.
  var sections: [Section]

  /// A titled section.
  struct Section {
    var heading: String
    var blocks: [Block]
  }

  /// One piece of a section.
  enum Block {
    case table(Table)
    case paragraph(String)
    case checks([CheckLine])
    /// A bar chart: drawn in HTML, left out of text and Markdown (its table says the same).
    case chart(BarChart)
  }

  /// Rows under a header; the columns in `numeric` hold figures (right-aligned in text).
  struct Table {
    var header: [String]
    var rows: [[String]]
    var numeric: Set<Int>
  }

  /// A target checked: its status, its line, and the items that fail it.
  struct CheckLine {
    var met: Bool?
    var status: String
    var text: String
    var details: [String]
  }
}

/// Bars in groups: one group per item, one bar per series (before and after, statutory and
/// promised, summed and merged).
struct BarChart {
  /// What the bars measure.
  var title: String
  /// The series' names, one bar per series in each group.
  var series: [String]
  /// The groups.
  var groups: [Group]

  /// One item's bars: a value per series (nil: no bar), with the text written beside it.
  struct Group {
    var label: String
    var values: [Int?]
    var captions: [String]
  }
}
