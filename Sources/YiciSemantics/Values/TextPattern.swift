/// A text pattern (`id matches "[0-9]{17}[0-9X]"` / `匹配`): a small regular language over
/// the text's characters (Unicode scalars), always matched against the whole text.
///
/// The syntax: a character stands for itself, except `\ . [ ] ( ) | ? * + { }`; `.` is any
/// one character; `[abc]`, `[0-9A-Z]` one character of the set, `[^…]` one not in it; `\d`
/// a digit 0–9, `\` before any other character that character itself (in a rule's string a
/// backslash is written `\\`); `a|b` either side, `( … )` a group; `?`, `*`, `+`, `{n}`,
/// `{n,}` and `{n,m}` repeat what comes before (bounds up to `maximumRepeat`).
///
/// Matching runs the pattern's automaton over the text once (no backtracking), so it takes
/// time in proportion to the text times the pattern, whatever either holds.
public struct TextPattern: Sendable {
  /// The pattern as written (after the string's own escapes).
  public let source: String
  /// The fewest and the most characters a text that matches has (`most` nil: no limit);
  /// nil when no text matches.
  public let lengths: (least: Int, most: Int?)?
  let program: [Instruction]

  /// The largest bound of a repeat (`{n,m}`).
  public static let maximumRepeat = 1000
  /// The most instructions a pattern's automaton may have.
  static let maximumInstructions = 20_000

  /// Why a pattern could not be read: what is wrong and at which character (an index into
  /// the pattern's Unicode scalars).
  public struct SyntaxError: Error, Sendable, Equatable {
    /// What is wrong.
    public var message: String
    /// Where, as an index into the pattern's Unicode scalars (its count: at the end).
    public var offset: Int
  }

  /// Reads a pattern, or says where it is malformed.
  public init(_ source: String) throws(SyntaxError) {
    self.source = source
    var parser = PatternParser(scalars: Array(source.unicodeScalars))
    let node = try parser.parseAll()
    lengths = node.lengths
    var builder = ProgramBuilder()
    try builder.emit(node, offset: parser.scalars.count)
    builder.program.append(.match)
    program = builder.program
  }

  /// Whether the whole of `text` matches.
  public func matches(_ text: String) -> Bool {
    var current: [Int] = []
    var next: [Int] = []
    var seen = [Int](repeating: -1, count: program.count)
    var step = 0
    add(0, to: &current, seen: &seen, step: step)
    for scalar in text.unicodeScalars {
      step += 1
      next.removeAll(keepingCapacity: true)
      for pc in current {
        if case .character(let set) = program[pc], set.contains(scalar) {
          add(pc + 1, to: &next, seen: &seen, step: step)
        }
      }
      swap(&current, &next)
      if current.isEmpty { return false }
    }
    return current.contains { if case .match = program[$0] { true } else { false } }
  }

  /// Adds the instruction at `pc` and every one it reaches without reading a character.
  private func add(_ pc: Int, to list: inout [Int], seen: inout [Int], step: Int) {
    var pending = [pc]
    while let pc = pending.popLast() {
      guard seen[pc] != step else { continue }
      seen[pc] = step
      switch program[pc] {
      case .jump(let target): pending.append(target)
      case .split(let first, let second):
        pending.append(second)
        pending.append(first)
      case .character, .match: list.append(pc)
      }
    }
  }

  enum Instruction: Sendable {
    case character(PatternCharacters)
    case split(Int, Int)
    case jump(Int)
    case match
  }
}

/// A set of characters: ranges of Unicode scalar values, or all but them.
struct PatternCharacters: Sendable {
  var ranges: [ClosedRange<UInt32>]
  var negated: Bool

  static let any = PatternCharacters(ranges: [], negated: true)
  static let digits = PatternCharacters(ranges: [48...57], negated: false)

  func contains(_ scalar: Unicode.Scalar) -> Bool {
    ranges.contains { $0.contains(scalar.value) } != negated
  }

  /// Whether no character is in it.
  var isEmpty: Bool { !negated && ranges.isEmpty }
}

/// A pattern read into a tree.
indirect enum PatternNode: Sendable {
  case character(PatternCharacters)
  case sequence([PatternNode])
  case alternatives([PatternNode])
  /// `least` to `most` (nil: no limit) of the node.
  case repeated(PatternNode, least: Int, most: Int?)

  /// The fewest and the most characters of a text it matches; nil when it matches none.
  var lengths: (least: Int, most: Int?)? {
    switch self {
    case .character(let set): return set.isEmpty ? nil : (1, 1)
    case .sequence(let nodes):
      var total: (least: Int, most: Int?) = (0, 0)
      for node in nodes {
        guard let part = node.lengths else { return nil }
        total.least += part.least
        total.most = total.most.flatMap { sum in part.most.map { sum + $0 } }
      }
      return total
    case .alternatives(let nodes):
      let parts = nodes.compactMap(\.lengths)
      guard let first = parts.first else { return nil }
      return parts.dropFirst().reduce(first) { a, b in
        (min(a.least, b.least), a.most.flatMap { x in b.most.map { max(x, $0) } })
      }
    case .repeated(let node, let least, let most):
      guard let part = node.lengths else { return least == 0 ? (0, 0) : nil }
      let longest: Int? = part.most == 0 ? 0 : most.flatMap { count in part.most.map { count * $0 } }
      return (least * part.least, longest)
    }
  }
}

/// Reads a pattern's scalars into a tree.
struct PatternParser {
  let scalars: [Unicode.Scalar]
  var index = 0

  init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

  func fail(_ message: String, at offset: Int? = nil) -> TextPattern.SyntaxError {
    TextPattern.SyntaxError(message: message, offset: offset ?? index)
  }

  mutating func parseAll() throws(TextPattern.SyntaxError) -> PatternNode {
    let node = try parseAlternatives()
    if index < scalars.count {
      throw fail("')' without '(' before it; write \\\\) for the character")
    }
    return node
  }

  private mutating func parseAlternatives() throws(TextPattern.SyntaxError) -> PatternNode {
    var branches = [try parseSequence()]
    while index < scalars.count, scalars[index] == "|" {
      index += 1
      branches.append(try parseSequence())
    }
    return branches.count == 1 ? branches[0] : .alternatives(branches)
  }

  private mutating func parseSequence() throws(TextPattern.SyntaxError) -> PatternNode {
    var items: [PatternNode] = []
    while index < scalars.count, scalars[index] != "|", scalars[index] != ")" {
      let atom = try parseAtom()
      items.append(try parseRepeats(of: atom))
    }
    return items.count == 1 ? items[0] : .sequence(items)
  }

  private mutating func parseAtom() throws(TextPattern.SyntaxError) -> PatternNode {
    let start = index
    let scalar = scalars[index]
    index += 1
    switch scalar {
    case ".": return .character(.any)
    case "[": return .character(try parseSet(from: start))
    case "(":
      let inner = try parseAlternatives()
      guard index < scalars.count, scalars[index] == ")" else {
        throw fail("'(' is not closed: add ')'", at: start)
      }
      index += 1
      return inner
    case "?", "*", "+", "{":
      throw fail("'\(scalar)' repeats nothing: put the character or group to repeat before it", at: start)
    case "]", "}":
      throw fail("'\(scalar)' without its opening bracket; write \\\\\(scalar) for the character", at: start)
    case "\\": return .character(try parseEscape(from: start))
    default: return .character(PatternCharacters(ranges: [scalar.value...scalar.value], negated: false))
    }
  }

  private mutating func parseEscape(from start: Int) throws(TextPattern.SyntaxError) -> PatternCharacters {
    guard index < scalars.count else { throw fail("'\\' at the end: escape a character after it", at: start) }
    let escaped = scalars[index]
    index += 1
    if escaped == "d" { return .digits }
    return PatternCharacters(ranges: [escaped.value...escaped.value], negated: false)
  }

  /// `[…]` after its `[` at `start`.
  private mutating func parseSet(from start: Int) throws(TextPattern.SyntaxError) -> PatternCharacters {
    var set = PatternCharacters(ranges: [], negated: false)
    if index < scalars.count, scalars[index] == "^" {
      set.negated = true
      index += 1
    }
    while index < scalars.count, scalars[index] != "]" {
      let from = index
      let low = try setMember()
      if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] != "]" {
        index += 1
        let high = try setMember()
        guard low.count == 1, high.count == 1, let a = low.first?.lowerBound, let b = high.first?.lowerBound
        else { throw fail("a range in '[…]' goes from one character to another", at: from) }
        guard a <= b else {
          throw fail(
            "the range \(Unicode.Scalar(a).map(String.init) ?? "")-\(Unicode.Scalar(b).map(String.init) ?? "") runs backwards",
            at: from)
        }
        set.ranges.append(a...b)
      } else {
        set.ranges += low
      }
    }
    guard index < scalars.count else { throw fail("'[' is not closed: add ']'", at: start) }
    index += 1
    return set
  }

  /// One character of a set, or `\d` (its ranges).
  private mutating func setMember() throws(TextPattern.SyntaxError) -> [ClosedRange<UInt32>] {
    let scalar = scalars[index]
    index += 1
    guard scalar == "\\" else { return [scalar.value...scalar.value] }
    return try parseEscape(from: index - 1).ranges
  }

  private mutating func parseRepeats(of atom: PatternNode) throws(TextPattern.SyntaxError) -> PatternNode {
    var node = atom
    while index < scalars.count {
      let start = index
      switch scalars[index] {
      case "?":
        index += 1
        node = .repeated(node, least: 0, most: 1)
      case "*":
        index += 1
        node = .repeated(node, least: 0, most: nil)
      case "+":
        index += 1
        node = .repeated(node, least: 1, most: nil)
      case "{":
        index += 1
        let least = try number(after: start)
        var most: Int? = least
        if index < scalars.count, scalars[index] == "," {
          index += 1
          most = index < scalars.count && scalars[index] != "}" ? try number(after: start) : nil
        }
        guard index < scalars.count, scalars[index] == "}" else {
          throw fail("'{' is not closed: write {n}, {n,} or {n,m}", at: start)
        }
        index += 1
        if let most, most < least {
          throw fail("{\(least),\(most)} repeats at least more than at most", at: start)
        }
        node = .repeated(node, least: least, most: most)
      default: return node
      }
    }
    return node
  }

  private mutating func number(after start: Int) throws(TextPattern.SyntaxError) -> Int {
    var value = 0
    let first = index
    while index < scalars.count, ("0"..."9").contains(scalars[index]) {
      value = value * 10 + Int(scalars[index].value - 48)
      index += 1
      guard value <= TextPattern.maximumRepeat else {
        throw fail("a repeat is at most {\(TextPattern.maximumRepeat)}", at: start)
      }
    }
    guard index > first else { throw fail("'{' takes a number: {n}, {n,} or {n,m}", at: start) }
    return value
  }
}

/// Writes a tree as the automaton's instructions.
struct ProgramBuilder {
  var program: [TextPattern.Instruction] = []

  mutating func emit(_ node: PatternNode, offset: Int) throws(TextPattern.SyntaxError) {
    guard program.count <= TextPattern.maximumInstructions else {
      throw TextPattern.SyntaxError(message: "the pattern is too large: repeat less", offset: 0)
    }
    switch node {
    case .character(let set): program.append(.character(set))
    case .sequence(let nodes): for node in nodes { try emit(node, offset: offset) }
    case .alternatives(let nodes):
      var jumps: [Int] = []
      for (position, node) in nodes.enumerated() {
        if position < nodes.count - 1 {
          let split = program.count
          program.append(.split(split + 1, -1))
          try emit(node, offset: offset)
          jumps.append(program.count)
          program.append(.jump(-1))
          program[split] = .split(split + 1, program.count)
        } else {
          try emit(node, offset: offset)
        }
      }
      for jump in jumps { program[jump] = .jump(program.count) }
    case .repeated(let inner, let least, let most):
      for _ in 0..<least { try emit(inner, offset: offset) }
      if let most {
        // Each optional copy may be skipped to the end.
        var splits: [Int] = []
        for _ in least..<most {
          splits.append(program.count)
          program.append(.split(program.count + 1, -1))
          try emit(inner, offset: offset)
        }
        for split in splits { program[split] = .split(split + 1, program.count) }
      } else {
        let split = program.count
        program.append(.split(split + 1, -1))
        try emit(inner, offset: offset)
        program.append(.jump(split))
        program[split] = .split(split + 1, program.count)
      }
    }
  }
}
