// The guide block (办事指南) and a material's guide notes, as tree-dump nodes.

extension TreeDump {
  mutating func guide(_ guide: GuideSyntax) {
    let fields = [
      Self.texts("aliases", guide.aliases), Self.texts("search", guide.searchWords),
      Self.texts("audience", guide.audience), Self.field("scope", guide.scope),
      guide.onlineDepth.map { "onlineDepth=\($0.value)" }, Self.field("result", guide.result),
      Self.texts("delivery", guide.delivery), Self.texts("consult", guide.consultation),
      Self.texts("complaints", guide.complaints),
    ]
    node("Guide", fields, range: guide.range) { dump in
      for fee in guide.fees {
        let fields = [
          fee.isFree ? "free" : nil, Self.field("item", fee.item), fee.amount.map { "amount=\($0.value)" },
          Self.field("basis", fee.basis),
        ]
        dump.node("Fee", fields, range: fee.range)
      }
      for step in guide.steps {
        let duration = step.duration.map { "takes=\($0.value) \($0.unit.rawValue)" }
        dump.node(
          "Step", [Self.field("name", step.name), Self.field("by", step.performer), duration], range: step.range)
      }
      for place in guide.places {
        let fields = [
          Self.field("address", place.address), Self.field("window", place.window), Self.field("hours", place.hours),
          Self.field("phone", place.phone),
        ]
        dump.node("Place", fields, range: place.range)
      }
      for intermediary in guide.intermediaries {
        let fields = [
          intermediary.service == nil ? "none" : nil, Self.field("service", intermediary.service),
          Self.field("basis", intermediary.basis),
        ]
        dump.node("Intermediary", fields, range: intermediary.range)
      }
    }
  }

  /// `name=["a","b"]`, or nil for none.
  static func texts(_ name: String, _ texts: [TextSyntax]) -> String? {
    texts.isEmpty ? nil : "\(name)=[" + texts.map { quoted($0.value) }.joined(separator: ",") + "]"
  }

  /// A material's guide notes, each a field; none when it has none.
  static func fields(_ notes: MaterialNotesSyntax) -> [String?] {
    [
      notes.sealed ? "sealed" : nil, notes.signed ? "signed" : nil, field("sample", notes.sample),
      field("blankForm", notes.blankForm), field("note", notes.note),
    ]
  }
}
