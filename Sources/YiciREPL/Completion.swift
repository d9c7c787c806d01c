/// What a session offers to complete: commands, services, facts with their values,
/// materials and commitments. A snapshot, so completing is a pure function of it.
public struct CompletionContext: Sendable {
  /// A command's names (without the colon) and what its arguments are.
  public struct CommandEntry: Sendable {
    /// The name, then the aliases.
    public var names: [String]
    /// What the arguments complete to.
    public var arguments: ArgumentKind
  }

  /// A fact's names (id and labels) and the values it takes, when they can be listed.
  public struct FactEntry: Sendable {
    /// The id, then the labels (those without spaces).
    public var names: [String]
    /// Values as a clerk types them: option ids and labels, yes/no words, `today`.
    public var values: [String]
    /// Option ids, as expressions write them.
    public var options: [String]
  }

  /// Every command.
  public var commands: [CommandEntry] = []
  /// Service ids and names.
  public var services: [String] = []
  /// The chosen service's facts.
  public var facts: [FactEntry] = []
  /// Material ids and names.
  public var materials: [String] = []
  /// Materials on the counter or marked shared.
  public var provided: [String] = []
  /// Conditions and materials that allow a commitment.
  public var commitments: [String] = []
  /// Commitments signed.
  public var signed: [String] = []

  /// An empty context (commands only once `commands` is filled).
  public init() {}
}

/// What to offer for the word before the cursor.
public struct Completions: Sendable, Equatable {
  /// Whole replacements for the word, sorted, without repeats.
  public var candidates: [String]
  /// Whether the word is a file name (the line reader completes those itself).
  public var files: Bool = false
}

/// Tab completion as a pure function: the line and the cursor in, candidates out.
public enum Completion {
  /// The characters that end a word for completion; the line reader tells readline the same.
  public static let wordBreaks = " \t\n=,()<>!"

  /// Candidates for the word that ends at `cursor`, a UTF-8 offset into `line` (as
  /// readline counts). The first word completes to commands (after `:`) or facts; a
  /// command's arguments to what it takes; the text after `FACT =` to the fact's values.
  public static func complete(_ line: String, cursor: Int, in context: CompletionContext) -> Completions {
    let before = String(decoding: line.utf8.prefix(cursor), as: UTF8.self)
    let word = String(before.reversed().prefix { !wordBreaks.contains($0) }.reversed())
    let head = String(before.dropLast(word.count))
    let tokens = head.split { wordBreaks.contains($0) }.map(String.init)
    guard let first = tokens.first else {
      if word.hasPrefix(":") || word.hasPrefix("：") {
        return matching(
          context.commands.flatMap(\.names).map { ":" + $0 }, word.replacingOccurrences(of: "：", with: ":"))
      }
      return matching(context.facts.flatMap(\.names), word)
    }
    guard first.hasPrefix(":") else {
      guard head.contains("=") || head.contains("＝") else { return Completions(candidates: []) }
      return matching(values(of: first, in: context), word)
    }
    // `:save! FILE` completes as `:save FILE` does.
    let name = String(first.dropFirst()).lowercased().replacingOccurrences(of: "!", with: "")
    guard let command = context.commands.first(where: { $0.names.contains(name) }) else {
      return Completions(candidates: [])
    }
    let arguments = Array(tokens.dropFirst())
    switch command.arguments {
    case .none, .text: return Completions(candidates: [])
    case .command: return matching(context.commands.flatMap(\.names), word)
    case .service: return matching(context.services, word)
    case .fact: return matching(context.facts.flatMap(\.names), word)
    case .factValue:
      if arguments.isEmpty { return matching(context.facts.flatMap(\.names), word) }
      return matching(values(of: arguments[0], in: context), word)
    case .material: return matching(context.materials, word)
    case .providedMaterial: return matching(context.provided, word)
    case .commitment: return matching(context.commitments, word)
    case .signedCommitment: return matching(context.signed, word)
    case .language: return matching(["zh", "en"], word)
    case .date: return matching(["today"], word)
    case .file: return Completions(candidates: [], files: true)
    case .expression:
      let keywords = ["and", "or", "not", "in", "known", "true", "false"]
      return matching(context.facts.map { $0.names[0] } + context.facts.flatMap(\.options) + keywords, word)
    }
  }

  /// The values a fact (named by id or label) takes.
  private static func values(of fact: String, in context: CompletionContext) -> [String] {
    context.facts.first { $0.names.contains(fact) }?.values ?? []
  }

  /// The names that start with the word, sorted, without repeats.
  private static func matching(_ names: [String], _ word: String) -> Completions {
    Completions(candidates: Array(Set(names.filter { $0.hasPrefix(word) && !$0.isEmpty })).sorted())
  }
}
