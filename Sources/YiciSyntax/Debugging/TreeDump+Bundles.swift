// Bundles (一件事) as tree-dump nodes.

extension TreeDump {
  mutating func bundle(_ bundle: BundleSyntax) {
    let promised = bundle.promised.map { "promised=\($0.value) \($0.unit.rawValue)" }
    node("Bundle", [bundle.id.name, promised], range: bundle.range) { dump in
      for item in bundle.header { dump.header(item) }
      for fact in bundle.facts { dump.fact(fact) }
      for member in bundle.members {
        dump.node("Member", [member.service.name], range: member.range) { dump in
          if let when = member.when { dump.expression(when, label: "when:") }
        }
      }
      for situation in bundle.situations {
        let fields = [
          situation.id.name, Self.field("label", situation.label), Self.field("question", situation.question),
        ]
        dump.node("Situation", fields, range: situation.range) { dump in
          for option in situation.options {
            let members = "members=\(option.members.map(\.name).joined(separator: ","))"
            dump.node(
              "Option", [option.option.id.name, Self.field("label", option.option.label), members], range: option.range)
          }
        }
      }
      for result in bundle.results {
        let fields = [
          result.producer.name, "material=\(result.material.name)",
          "to=\(result.consumers.map(\.name).joined(separator: ","))",
        ]
        dump.node("Result", fields, range: result.range)
      }
    }
  }
}
