/// The words keywords are spelled with, numbered, and found from a name's UTF-8 bytes.
///
/// The lexer gives each name the number of the keyword word it spells (0 for none), so the
/// parser asks "is this token `basis`?" with a comparison of small integers instead of
/// comparing strings. Every word of every spelling has a number: the English words of a
/// multi-word keyword (`at`, `most`), and each Chinese spelling whole. Built once from
/// `Keyword.spellings`, immutable.
///
/// A word's number is a `KeywordWordNumber` (16 bits): the table holds up to 65,535 words,
/// so adding keywords never runs out of numbers (8 bits held 255, and ~200 were in use).
final class KeywordWords: Sendable {
  /// The largest number a word can have.
  static let capacity = Int(KeywordWordNumber.max)

  /// The one table, made on first use.
  static let shared = KeywordWords()

  /// Each word's bytes, by number (number 0 is no word).
  private let words: [[UInt8]]
  /// Each word as a string, by number: a name that spells a keyword word takes its text
  /// from here instead of decoding its bytes.
  let texts: [String]
  /// Open addressing by a hash of the bytes: each slot a word's number, 0 when empty.
  private let slots: [KeywordWordNumber]
  private let mask: Int
  /// The longest word, in bytes: a longer name is no keyword without a look-up.
  let maxLength: Int
  /// The keywords each word spells or starts: word `w`'s are
  /// `startKeywords[startBounds[w]..<startBounds[w + 1]]`, flat so that asking costs no
  /// reference count.
  private let startKeywords: [Keyword]
  private let startBounds: [Int32]
  /// For each of `startKeywords`, where the numbers of the English words that must follow
  /// lie in `followingWords` (empty for a one-word spelling).
  private let followingBounds: [Int32]
  private let followingWords: [KeywordWordNumber]
  /// How many words have a number (number 0, no word, aside).
  var count: Int { words.count - 1 }
  /// For each word: `Keyword.lookup` of it.
  let primary: [Keyword?]
  /// For each word: `Keyword.language(of:)` of it.
  let language: [KeywordLanguage?]

  private init() {
    var words: [[UInt8]] = [[]]
    var numbers: [[UInt8]: KeywordWordNumber] = [:]
    func number(_ word: Substring) -> KeywordWordNumber {
      let bytes = Array(word.utf8)
      if let known = numbers[bytes] { return known }
      precondition(words.count <= Self.capacity, "more keyword words than KeywordWordNumber holds")
      let next = KeywordWordNumber(words.count)
      numbers[bytes] = next
      words.append(bytes)
      return next
    }
    var starts: [[(keyword: Keyword, following: [KeywordWordNumber])]] = [[]]
    func add(_ word: KeywordWordNumber, _ keyword: Keyword, following: [KeywordWordNumber]) {
      while starts.count <= Int(word) { starts.append([]) }
      guard !starts[Int(word)].contains(where: { $0.keyword == keyword }) else { return }
      starts[Int(word)].append((keyword, following))
    }
    for keyword in Keyword.allCases {
      let english = keyword.spellings.english.split(separator: " ").map(number)
      add(english[0], keyword, following: Array(english.dropFirst()))
      add(number(Substring(keyword.chineseSpelling)), keyword, following: [])
    }
    while starts.count < words.count { starts.append([]) }
    self.words = words
    texts = words.map { String(decoding: $0, as: UTF8.self) }
    var startKeywords: [Keyword] = []
    var startBounds: [Int32] = [0]
    var followingBounds: [Int32] = [0]
    var followingWords: [KeywordWordNumber] = []
    for word in starts {
      for (keyword, following) in word {
        startKeywords.append(keyword)
        followingWords += following
        followingBounds.append(Int32(followingWords.count))
      }
      startBounds.append(Int32(startKeywords.count))
    }
    self.startKeywords = startKeywords
    self.startBounds = startBounds
    self.followingBounds = followingBounds
    self.followingWords = followingWords
    maxLength = words.map(\.count).max() ?? 0
    var capacity = 16
    while capacity < words.count * 4 { capacity *= 2 }
    mask = capacity - 1
    var slots = [KeywordWordNumber](repeating: 0, count: capacity)
    for (index, word) in words.enumerated().dropFirst() {
      var slot = Self.hash(word[...]) & (capacity - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = KeywordWordNumber(index)
    }
    self.slots = slots
    primary = texts.enumerated().map { $0 == 0 ? nil : Keyword.lookup($1) }
    language = texts.enumerated().map { $0 == 0 ? nil : Keyword.language(of: $1) }
  }

  /// FNV-1a over the bytes.
  private static func hash(_ bytes: ArraySlice<UInt8>) -> Int {
    var hash: UInt32 = 0x811C_9DC5
    for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
    return Int(hash ^ (hash >> 15))
  }

  /// The number of the word spelled by the bytes, 0 when they spell none.
  func number(of bytes: ArraySlice<UInt8>) -> KeywordWordNumber {
    guard bytes.count <= maxLength, !bytes.isEmpty else { return 0 }
    var slot = Self.hash(bytes) & mask
    while true {
      let word = slots[slot]
      if word == 0 { return 0 }
      if words[Int(word)].elementsEqual(bytes) { return word }
      slot = (slot + 1) & mask
    }
  }

  /// The number of the word spelled by a string, 0 when it spells none.
  func number(of text: String) -> KeywordWordNumber {
    number(of: Array(text.utf8)[...])
  }

  /// Where the numbers of the English words that must follow lie in `followingWords` when
  /// the word starts the keyword (an empty range for a one-word spelling); nil when the
  /// word does not spell or start it.
  @inline(__always)
  func following(_ word: KeywordWordNumber, _ keyword: Keyword) -> Range<Int>? {
    guard word != 0 else { return nil }
    for index in Int(startBounds[Int(word)])..<Int(startBounds[Int(word) + 1]) where startKeywords[index] == keyword {
      return Int(followingBounds[index])..<Int(followingBounds[index + 1])
    }
    return nil
  }

  /// The number of a word that must follow (`following`).
  @inline(__always)
  func followingWord(_ index: Int) -> KeywordWordNumber { followingWords[index] }
}

/// The number of a keyword word (`KeywordWords`); 0 is no word.
typealias KeywordWordNumber = UInt16
