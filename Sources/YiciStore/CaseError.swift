/// Why a case cannot be opened or an event added: what the caller asked is unknown, in
/// conflict with the case as it stands, or not valid.
public struct CaseError: Error, Sendable, CustomStringConvertible {
  /// The kind of refusal (the server answers 404, 409 and 422).
  public enum Kind: Sendable {
    case notFound, conflict, invalid
  }

  /// The kind.
  public var kind: Kind
  /// What is wrong, as one lowercase line.
  public var description: String

  /// A refusal.
  public init(_ kind: Kind, _ description: String) {
    self.kind = kind
    self.description = description
  }
}
