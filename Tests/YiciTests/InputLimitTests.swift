import Testing
import Yici

/// Every kind of input that once crashed the decoder, in every place it can appear, is an
/// input error naming the field and the column: nesting, surrogate escapes, long numbers,
/// large applications. The limits are those of `InterchangeLimits`.
@Suite struct InputLimitTests {
  let rules = EvaluatorSemanticsTests.rules

  func error(_ json: String) -> InterchangeError? {
    error(Array(json.utf8))
  }

  func error(_ json: [UInt8]) -> InterchangeError? {
    do {
      _ = try rules.decide(json: json, options: DecisionOptions(trace: false))
      return nil
    } catch .invalidApplication(let error) {
      return error
    } catch {
      Issue.record("not an input error: \(error)")
      return nil
    }
  }

  /// An application with `value` in place of `@`.
  func application(_ template: String, _ value: String) -> String {
    template.replacingOccurrences(of: "@", with: value)
  }

  @Test(arguments: [30_000, 65, 64])
  func deepNestingBeforeTheServiceIsAnError(depth: Int) throws {
    for (open, close) in [("[", "]"), ("{\"a\":", "}"), ("[{\"a\":", "}]")] {
      let nested = String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
      let found = try #require(error(#"{"facts":\#(nested),"service":"demo","date":"2025-03-03"}"#))
      #expect(found.path == "facts")
      if depth >= InterchangeLimits.nestingDepth {
        #expect(found.message.contains("nest deeper than 64 levels"), "\(found)")
      }
    }
  }

  @Test func nestingUpToTheLimitIsSkipped() throws {
    // 62 levels inside the materials list, and the application object around: 64 in all.
    let nested = String(repeating: "[", count: 63) + String(repeating: "]", count: 63)
    let found = try #require(error(#"{"materials":\#(nested),"service":"demo","date":"2025-03-03"}"#))
    #expect(!found.message.contains("nest deeper"), "\(found)")
    #expect(found.message.contains("expected a material id"), "\(found)")
  }

  static let stringPlaces: [(template: String, path: String)] = [
    (#"{"id":"@","service":"demo","date":"2025-03-03"}"#, "id"),
    (#"{"service":"@","date":"2025-03-03"}"#, "service"),
    (#"{"service":"demo","date":"@"}"#, "date"),
    (#"{"service":"demo","date":"2025-03-03","facts":{"@":1}}"#, "facts"),
    (#"{"service":"demo","date":"2025-03-03","facts":{"credit":"@"}}"#, "facts.credit"),
    (#"{"service":"demo","date":"2025-03-03","facts":{"opened":"@"}}"#, "facts.opened"),
    (#"{"service":"demo","date":"2025-03-03","materials":["@"]}"#, "materials"),
    (#"{"service":"demo","date":"2025-03-03","shared":["@"]}"#, "shared"),
    (#"{"service":"demo","date":"2025-03-03","commitments":["@"]}"#, "commitments"),
    (#"{"materials":["@"],"service":"demo","date":"2025-03-03"}"#, "materials"),
    (#"{"@":1,"service":"demo","date":"2025-03-03"}"#, ""),
  ]

  static let loneSurrogates = [
    #"\ud800\u0041"#, #"\ud800"#, #"x\udbff"#, #"\udc00"#, #"\udfff\ud800"#, #"\ud800\ud800"#, #"\ud800x"#,
    #"\uDBFF\u00e9"#, #"\ud800\u"#, #"\ud800\"#,
  ]

  @Test(arguments: loneSurrogates)
  func aLoneSurrogateIsAnErrorInEveryString(escape: String) throws {
    for place in Self.stringPlaces {
      let found = try #require(error(application(place.template, escape)), "\(place.template)")
      #expect(found.message.contains("\\u"), "\(found)")
      #expect(found.column != nil)
      if !place.path.isEmpty { #expect(found.path == place.path, "\(place.template): \(found)") }
    }
  }

  @Test func aSurrogatePairIsOneCharacter() throws {
    let decision = try rules.decide(
      json: Array(#"{"id":"\ud83d\ude00\u00e9","service":"demo","date":"2025-03-03"}"#.utf8))
    #expect(decision.id == "😀é")
  }

  static let longNumbers: [String] = [
    "1." + String(repeating: "1", count: 300), "0." + String(repeating: "0", count: 300) + "1",
    String(repeating: "9", count: 300), "1" + String(repeating: "0", count: 256), "1e99999999999999999999999",
    "1e-99999999999999999999", "0e99999", "1e", "1e+", "-", "-.", "1E400", "123456789012345.6789",
  ]

  @Test(arguments: longNumbers)
  func aLongNumberIsAnErrorOrExact(number: String) {
    let found = error(#"{"service":"demo","date":"2025-03-03","facts":{"area":\#(number)}}"#)
    if let found { #expect(found.path == "facts.area", "\(found)") }
    // Skipped before the service is known, the same number is read the same way.
    let skipped = error(#"{"facts":{"area":\#(number)},"service":"demo","date":"2025-03-03"}"#)
    #expect(skipped?.message == found?.message)
  }

  @Test func numbersAtTheLimitsAreExact() throws {
    for (text, value) in [
      ("0." + String(repeating: "0", count: 17) + "1", ExactDecimal(significand: 1, scale: 18)),
      ("0e9999", ExactDecimal(0)), ("123456789012345678", ExactDecimal(significand: 123_456_789_012_345_678)),
      ("1.5e2", ExactDecimal(150)),
    ] {
      let read = try rules.application(json: Array(#"{"service":"demo","facts":{"area":\#(text)}}"#.utf8))
      #expect(read.application.facts["area"] == .number(value), "\(text)")
    }
  }

  @Test func anApplicationOverTheSizeLimitIsAnError() throws {
    let head = #"{"service":"demo","date":"2025-03-03""#
    let fits = head + String(repeating: " ", count: InterchangeLimits.applicationBytes - head.utf8.count - 1) + "}"
    #expect(fits.utf8.count == InterchangeLimits.applicationBytes)
    #expect(error(fits) == nil)
    let found = try #require(error(fits + " "))
    #expect(found.message.contains("more than the limit of 1048576 bytes"), "\(found)")
  }

  static let fields = ["id", "service", "date", "facts", "materials", "shared", "commitments"]

  @Test(arguments: fields)
  func aFieldGivenTwiceIsAnError(field: String) throws {
    let values = [
      "id": #""a""#, "service": #""demo""#, "date": #""2025-03-03""#, "facts": "{}", "materials": "[]",
      "shared": "[]", "commitments": "[]",
    ]
    let fields = Self.fields.map { #""\#($0)":\#(values[$0]!)"# }.joined(separator: ",")
    let found = try #require(error("{\(fields),\"\(field)\":\(values[field]!)}"))
    #expect(found.path == field)
    #expect(found.message == "the field '\(field)' is given twice; each field may appear once")
  }

  @Test func aFactGivenTwiceIsAnErrorWhateverTheValues() throws {
    for facts in [#""area":1,"area":1"#, #""area":null,"area":5"#, #""credit":"good","adult":true,"credit":"bad""#] {
      for order in [
        #"{"service":"demo","date":"2025-03-03","facts":{\#(facts)}}"#,
        #"{"facts":{\#(facts)},"service":"demo","date":"2025-03-03"}"#,
      ] {
        let found = try #require(error(order))
        #expect(found.message.hasSuffix("is given twice; each fact may appear once"), "\(found)")
        #expect(found.path?.hasPrefix("facts.") == true)
      }
    }
  }

  @Test func aLongUnknownNameIsQuotedShort() throws {
    let name = String(repeating: "x", count: 100_000)
    let found = try #require(error(#"{"service":"demo","date":"2025-03-03","facts":{"\#(name)":1}}"#))
    #expect(found.description.utf8.count < 300)
    #expect(found.message.contains("(100000 bytes)"))
  }
}
