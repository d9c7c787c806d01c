import Testing
import YiciTestSupport

/// A rule file checked on its own finds the vocabularies (and calendar) it needs in the
/// rules tree it lies in; when they are nowhere, one error says how, with no cascade.
@Suite struct LoneFileTests {
  static let folder = "Tests/YiciTests/Golden/lone"

  @Test func aLoneFileFindsItsVocabularyAbove() throws {
    let result = try YiciBinary.run(
      ["check", "\(Self.folder)/rules/services/lone_service.yici", "--color", "never"], input: nil, timeout: 120)
    #expect(result.status == 0, "\(result.error)")
    Repository.expectGolden(result.error, at: Repository.path("\(Self.folder)/lone_service.expected"))
  }

  @Test func aMissingVocabularyIsOneError() throws {
    let result = try YiciBinary.run(
      ["check", "\(Self.folder)/alone/orphan.yici", "--color", "never"], input: nil, timeout: 120)
    #expect(result.status == 1)
    Repository.expectGolden(result.error, at: Repository.path("\(Self.folder)/orphan.expected"))
  }

  @Test func aFolderIsAWholeTree() throws {
    // A folder lends nothing: what it lacks is an error.
    let result = try YiciBinary.run(
      ["check", "\(Self.folder)/rules/services", "--color", "never"], input: nil, timeout: 120)
    #expect(result.status == 1)
    #expect(result.error.contains("error[E0206]: no vocabulary named 'lone_vocabulary'"))
  }
}
