import Yici

/// What the layout of every page reads: the language, the title, which navigation entry is
/// the current page, the link to the same page in the other language, and the content.
struct PageFrame {
  var lang: String
  var htmlLang: String
  var otherHTMLLang: String
  var otherLanguageURL: String
  var title: String
  var page: String
  var atCatalogue: Bool
  var atWindow: Bool
  var atReport: Bool
  var pageStyle: String?
  var content: String
  var w: WebWords

  init(
    language: Language, path: String, query: [(name: String, value: String)], title: String, page: String,
    content: String, pageStyle: String? = nil
  ) {
    let english = language == .en
    lang = language.rawValue
    htmlLang = english ? "en" : "zh-CN"
    otherHTMLLang = english ? "zh-CN" : "en"
    var other = query.filter { $0.name != "lang" }
    other.append(("lang", english ? "zh" : "en"))
    otherLanguageURL =
      path + "?" + other.map { QueryText.escape($0.name) + "=" + QueryText.escape($0.value) }.joined(separator: "&")
    self.title = title
    self.page = page
    atCatalogue = page == "catalogue"
    atWindow = page == "window"
    atReport = page == "report"
    self.pageStyle = pageStyle
    self.content = content
    w = WebWords.of(language)
  }
}

/// Percent-escaping for the query strings the pages link to.
enum QueryText {
  static func escape(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
        UInt8(ascii: "~"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        out += "%" + String(byte, radix: 16, uppercase: true).leftPadded
      }
    }
    return out
  }
}

extension String {
  fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
}
