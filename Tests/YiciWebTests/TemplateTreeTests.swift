import Mustache
import Testing

@testable import YiciWeb

/// `TemplateTree` turns a view into dictionaries once per render; a template reads the tree
/// exactly as it read the view.
@Suite struct TemplateTreeTests {
  struct Words {
    var title = "标题"
    var more = "更多"
  }
  struct Item {
    var id: String
    var note: String?
    var count: Int
    var on: Bool
  }
  struct View {
    var lang = "zh"
    var items: [Item]
    var empty: [Item] = []
    var error: String? = nil
    var ratio = 0.5
    var w = Words()
  }

  @Test func fieldsBecomeKeysAndNilsAreLeftOut() throws {
    let view = View(items: [
      Item(id: "a", note: nil, count: 2, on: true), Item(id: "b", note: "注", count: 0, on: false),
    ])
    let tree = try #require(TemplateTree.of(view) as? [String: Any])
    #expect(Set(tree.keys) == ["lang", "items", "empty", "ratio", "w"])
    let items = try #require(tree["items"] as? [[String: Any]])
    #expect(items.count == 2)
    #expect(Set(items[0].keys) == ["id", "count", "on"])
    #expect(items[1]["note"] as? String == "注")
    #expect((tree["w"] as? [String: Any])?["title"] as? String == "标题")
    #expect(TemplateTree.of(Optional<Int>.none) == nil)
    #expect(TemplateTree.of(Optional("x")) as? String == "x")
  }

  /// Sections, inverted sections, lists, dotted names and nils render the same from the
  /// tree as from the view, over views made from a seed.
  @Test(arguments: 0..<64) func aTemplateReadsTheTreeAsItReadTheView(seed: Int) throws {
    let template = try MustacheTemplate(
      string: """
        {{lang}}|{{w.title}}|{{#items}}[{{id}}{{#note}}:{{.}}{{/note}}{{^note}}-{{/note}}{{count}}\
        {{#on}}+{{/on}}{{w.more}}]{{/items}}|{{^empty}}none{{/empty}}|{{#error}}!{{error}}{{/error}}|{{ratio}}
        """)
    var random = seed &* 2_654_435_761 &+ 1
    func next(_ bound: Int) -> Int {
      random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(UInt64(bitPattern: Int64(random)) >> 33) % bound
    }
    let items = (0..<next(4)).map { index in
      Item(id: "i\(index)", note: next(2) == 0 ? nil : "n\(next(9))", count: next(100), on: next(2) == 0)
    }
    let view = View(items: items, error: next(3) == 0 ? "坏" : nil, ratio: Double(next(8)) / 4)
    #expect(template.render(TemplateTree.of(view) ?? view) == template.render(view))
  }
}
