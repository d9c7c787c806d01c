import YiciExplanation

/// The shell of every self-contained page Yici writes (the reform report, the service
/// guide): the document's head with its own style sheet, and the page's heading.
package enum HTMLPage {
  /// Everything up to the page's first section: the head (`title` in the window's title bar,
  /// the style sheet inline) and the `<h1>` heading with its subtitle.
  package static func opening(
    title: String, heading: String, subtitle: String, style: String, language: Language
  ) -> String {
    let escape = HTMLRenderer.escape
    return """
      <!DOCTYPE html>
      <html lang="\(language == .en ? "en" : "zh-CN")">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(title))</title>
      <style>
      \(style)
      </style>
      </head>
      <body>
      <main>
      <h1>\(escape(heading))</h1>
      <p class="subtitle">\(escape(subtitle))</p>

      """
  }

  /// What closes the page.
  package static let closing = "</main>\n</body>\n</html>\n"
}
