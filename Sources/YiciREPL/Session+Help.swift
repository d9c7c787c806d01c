import Foundation

/// `:help` and `:help COMMAND`.
extension Session {
  func help(_ arguments: String) -> Output {
    let name = arguments.hasPrefix(":") ? String(arguments.dropFirst()) : arguments
    if name.isEmpty { return overview() }
    if name == "=" || name.lowercased() == "fact" { return Commands.named("set").map(describe) ?? .empty }
    guard let command = Commands.named(name) else {
      let hint = Commands.suggestion(for: name).map { "; did you mean '\($0)'?" } ?? ""
      return .failure("no command '\(name)'\(hint)")
    }
    return describe(command)
  }

  private func overview() -> Output {
    let width = Commands.all.map(\.synopsis.count).max() ?? 0
    var lines = [
      "set a fact by typing it with its value: area_m2 = 120, 信用状况 = 良好",
      "type a fact's name alone to see it; the decision is made again after every change",
      "commands start with ':'; Tab completes them and their arguments",
    ]
    for group in Commands.groups {
      lines.append("")
      lines.append(group.title)
      for command in group.commands {
        lines.append(
          "  " + command.synopsis.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.summary)
      }
    }
    lines.append("")
    lines.append(":help COMMAND says more about one")
    return .lines(lines)
  }

  private func describe(_ command: Command) -> Output {
    var lines = [command.synopsis, "  " + command.summary]
    lines += command.details.map { "  " + $0 }
    if !command.aliases.isEmpty {
      lines.append("  also: " + command.aliases.map { ":" + $0 }.joined(separator: ", "))
    }
    return .lines(lines)
  }
}
