import Yici
import YiciSemantics

/// What a command's arguments are, so completion knows what to offer.
public enum ArgumentKind: Sendable {
  /// No arguments.
  case none
  /// Command names (for `:help`).
  case command
  /// A service id or name.
  case service
  /// Fact ids or labels.
  case fact
  /// A fact, then a value for it (`:set`).
  case factValue
  /// Material ids or names.
  case material
  /// Materials on the counter or marked shared (`:withdraw`).
  case providedMaterial
  /// Conditions and materials that allow a commitment (告知承诺).
  case commitment
  /// Commitments the applicant has signed (`:uncommit`).
  case signedCommitment
  /// `zh` or `en`.
  case language
  /// A date (`today`).
  case date
  /// A file name (readline completes it).
  case file
  /// A Yici expression: facts, options and keywords.
  case expression
  /// Free text: nothing to complete.
  case text
}

/// One REPL command: its name and aliases, how it is used, its help, and what it does.
struct Command: Sendable {
  /// The name typed after the colon.
  var name: String
  /// Other names for it.
  var aliases: [String] = []
  /// The arguments, as shown in help (`SERVICE`, `[FILE]`).
  var usage: String = ""
  /// One line for the list of commands.
  var summary: String
  /// What `:help NAME` adds, lines of text.
  var details: [String] = []
  /// What its arguments complete to.
  var arguments: ArgumentKind = .none
  /// Runs it with the text after its name.
  var run: @Sendable (inout Session, String) -> Output
  /// Runs `:name!`, the form that may replace a file (nil: the command has no `!` form).
  var replacing: (@Sendable (inout Session, String) -> Output)? = nil

  /// `:name USAGE`, or `:name[!] USAGE` when it has a `!` form.
  var synopsis: String {
    let written = ":" + name + (replacing == nil ? "" : "[!]")
    return usage.isEmpty ? written : "\(written) \(usage)"
  }

  /// Every name it answers to.
  var names: [String] { [name] + aliases }
}

/// A titled group of commands, in the order `:help` lists them.
struct CommandGroup: Sendable {
  var title: String
  var commands: [Command]
}

/// Looking up commands by name or alias.
enum Commands {
  /// Every command, in help order.
  static let all: [Command] = groups.flatMap(\.commands)

  /// The command with a name or alias (case-insensitive).
  static func named(_ name: String) -> Command? {
    let lowered = name.lowercased()
    return all.first { $0.names.contains(lowered) }
  }

  /// The nearest command name to a misspelt one.
  static func suggestion(for name: String) -> String? {
    let names = all.flatMap(\.names)
    if let close = Suggestions.closest(to: name.lowercased(), in: names) {
      return named(close)?.name
    }
    let prefixed = all.filter { $0.names.contains { $0.hasPrefix(name.lowercased()) } }
    return name.isEmpty || prefixed.count != 1 ? nil : prefixed[0].name
  }
}
