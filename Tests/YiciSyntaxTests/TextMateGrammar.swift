import YiciSyntax

/// The TextMate grammar of `.yici` files (`grammar/yici.tmLanguage.json`), made from the
/// keyword table, so the editor's keywords are the parser's.
///
/// Keywords are matched between lookarounds for "no identifier character here" instead of
/// `\b`: a word boundary does not fire between two CJK characters (both are word
/// characters), and the lexer reads `当经营面积` as one name, so 当 there is no keyword.
enum TextMateGrammar {
  /// How the editor colours a keyword.
  enum Role: String, CaseIterable {
    case declaration = "storage.type.declaration.yici"
    case block = "keyword.control.block.yici"
    case attribute = "keyword.other.attribute.yici"
    case type = "support.type.yici"
    case query = "support.function.yici"
    case logical = "keyword.operator.logical.yici"
    case constant = "constant.language.yici"
  }

  /// Each keyword's role: an exhaustive switch, so a keyword added to the language does not
  /// compile here until it has one.
  static func role(of keyword: Keyword) -> Role {
    switch keyword {
    case .service, .vocabulary, .calendar, .bundle: .declaration
    case .facts, .conditions, .materials, .waiver, .timeLimits, .notCounted, .year, .members, .situation, .results,
      .guide:
      .block
    case .bool, .number, .text, .date, .options, .choices: .type
    case .known, .committed, .any, .provided, .yearsBetween, .monthsBetween, .daysBetween, .validIDNumber,
      .validCreditCode, .countChosen, .length:
      .query
    case .or, .and, .not, .in, .atLeast, .countOf, .contains, .includesAnyOf, .matches: .logical
    case .true, .false, .today: .constant
    case .uses, .name, .code, .department, .kind, .basis, .immediate, .promised, .visits, .from, .until, .let, .ask,
      .otherwise, .commitment, .original, .copy, .electronic, .copies, .copiesSuffix, .copiesPer, .when, .shared,
      .waivable,
      .source, .library, .atMost, .onlyIf, .letter, .english, .extends, .holiday, .workday, .to, .provisional,
      .statutory, .promisedLimit, .immediateWhen, .workingDays, .naturalDays, .warning, .before, .supplement,
      .acceptanceDayCounted, .dayOffReceiptMoves, .naturalDayDeadlineMoves, .provides, .settles, .aliases, .searchWords,
      .audience, .scope, .onlineDepth, .fee, .step, .by, .takes, .place, .window, .hours, .phone, .result, .delivery,
      .intermediary, .consult, .complaints, .sealed, .signed, .sample, .blankForm, .note, .personal, .hashed,
      .yearsUnit, .monthsUnit:
      .attribute
    case .free, .notApplicable: .constant
    }
  }

  /// Day units the parser reads from their words besides the keyword table
  /// (Parser+Durations.swift).
  static let unitWords = ["个工作日", "个自然日", "工作日", "自然日", "日", "天", "个", "working day", "natural day", "day"]

  /// A character that may be part of a name: what may not touch a keyword.
  static let nameCharacter = "[\\p{L}\\p{N}_]"

  /// The regular expression of a set of spellings: longest first, words of a multi-word
  /// English keyword separated by any white space, between "no name character" lookarounds.
  static func pattern(_ spellings: [String]) -> String {
    let unique = Array(Set(spellings)).sorted { ($0.count, $0) > ($1.count, $1) }
    let alternatives = unique.map { $0.split(separator: " ").map(String.init).joined(separator: "\\s+") }
    return "(?<!\(nameCharacter))(?:\(alternatives.joined(separator: "|")))(?!\(nameCharacter))"
  }

  /// The spellings of the keywords of a role, in both languages.
  static func spellings(of role: Role) -> [String] {
    var spellings: [String] = []
    for keyword in Keyword.allCases where self.role(of: keyword) == role {
      spellings += [keyword.spellings.english, keyword.spellings.chinese]
    }
    if role == .attribute { spellings += unitWords }
    return spellings
  }

  /// The grammar as JSON text, two spaces an indent, keys in a fixed order.
  static var json: String {
    var repository: [(String, JSONValue)] = [
      (
        "comments",
        .object([
          (
            "patterns",
            .array([
              .object([("name", .string("comment.line.number-sign.yici")), ("match", .string("#.*$"))]),
              .object([("name", .string("comment.line.double-slash.yici")), ("match", .string("//.*$"))]),
            ])
          )
        ])
      ),
      (
        "strings",
        .object([
          (
            "patterns",
            .array([
              string(open: "\"", close: "\"", escapes: true),
              string(open: "“", close: "”", escapes: false),
            ])
          )
        ])
      ),
      (
        "declarations",
        .object([
          ("match", .string("\(pattern(spellings(of: .declaration)))\\s+([\\p{L}_][\\p{L}\\p{N}_]*)")),
          (
            "captures",
            .object([
              ("0", .object([("name", .string(Role.declaration.rawValue))])),
              ("1", .object([("name", .string("entity.name.type.yici"))])),
            ])
          ),
        ])
      ),
      (
        "entries",
        .object([
          ("match", .string("(?<!\(nameCharacter))([\\p{L}_][\\p{L}\\p{N}_]*)\\s*(?=[:：])")),
          ("captures", .object([("1", .object([("name", .string("entity.name.tag.entry.yici"))]))])),
        ])
      ),
      (
        "dates",
        .object([
          ("name", .string("constant.numeric.date.yici")),
          ("match", .string("(?<![0-9０-９])[0-9０-９]{4}-[0-9０-９]{2}-[0-9０-９]{2}(?![0-9０-９])")),
        ])
      ),
      (
        "numbers",
        .object([
          ("name", .string("constant.numeric.yici")),
          ("match", .string("(?<!\(nameCharacter))[0-9０-９]+(?:[.．][0-9０-９]+)?%?")),
        ])
      ),
    ]
    for role in Role.allCases {
      repository.append(
        (
          "keywords-\(role)",
          .object([("name", .string(role.rawValue)), ("match", .string(pattern(spellings(of: role))))])
        ))
    }
    repository.append(
      (
        "operators",
        .object([
          ("name", .string("keyword.operator.yici")),
          ("match", .string("==|!=|<=|>=|[<>=+*%≠≤≥＝＜＞！％-]")),
        ])
      ))
    repository.append(
      (
        "punctuation",
        .object([
          ("name", .string("punctuation.separator.yici")),
          ("match", .string("[{}(),;:、｛｝（），；：]")),
        ])
      ))
    let order =
      ["comments", "strings", "declarations", "entries", "dates", "numbers"]
      + Role.allCases.map { "keywords-\($0)" }
      + ["operators", "punctuation"]
    let grammar = JSONValue.object([
      ("$schema", .string("https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json")),
      ("name", .string("Yici")),
      ("scopeName", .string("source.yici")),
      ("fileTypes", .array([.string("yici")])),
      ("comment", .string("Generated from the keyword table by EditorGrammarTests; re-record with YICI_RECORD=1.")),
      ("patterns", .array(order.map { .object([("include", .string("#" + $0))]) })),
      ("repository", .object(repository)),
    ])
    return grammar.text(indent: 0) + "\n"
  }

  /// A string literal's rule.
  private static func string(open: String, close: String, escapes: Bool) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("name", .string("string.quoted.double.yici")), ("begin", .string(open)), ("end", .string(close + "|$")),
    ]
    if escapes {
      members.append(
        (
          "patterns",
          .array([.object([("name", .string("constant.character.escape.yici")), ("match", .string("\\\\."))])])
        ))
    }
    return .object(members)
  }
}

/// Just enough JSON to write the grammar.
indirect enum JSONValue {
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  /// The value as indented JSON text.
  func text(indent: Int) -> String {
    let inner = String(repeating: "  ", count: indent + 1)
    let outer = String(repeating: "  ", count: indent)
    switch self {
    case .string(let value): return Self.quoted(value)
    case .array(let items):
      if items.allSatisfy({ if case .string = $0 { true } else { false } }) {
        return "[" + items.map { $0.text(indent: 0) }.joined(separator: ", ") + "]"
      }
      return "[\n" + items.map { inner + $0.text(indent: indent + 1) }.joined(separator: ",\n") + "\n\(outer)]"
    case .object(let members):
      return "{\n"
        + members.map { inner + Self.quoted($0.0) + ": " + $0.1.text(indent: indent + 1) }.joined(separator: ",\n")
        + "\n\(outer)}"
    }
  }

  static func quoted(_ value: String) -> String {
    var text = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text + "\""
  }
}
