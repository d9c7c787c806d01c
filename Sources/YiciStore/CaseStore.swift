/// Where cases are kept: opened once, then only added to (`CaseFile`, `CaseEvent`). Every
/// backend of `DecisionStore` implements it too, with the SQL of `StoreSQL`.
public protocol CaseStore: Sendable {
  /// Records a new case. Fails when its decision already has one.
  func open(_ file: CaseFile) async throws(StoreError)
  /// The case with the id, with its events.
  func caseFile(id: String) async throws(StoreError) -> CaseFile?
  /// The case opened from the decision, with its events.
  func caseFile(decisionID: String) async throws(StoreError) -> CaseFile?
  /// Appends an event, whose `sequence` must be the next of the case's: two clerks adding
  /// to one case at once cannot both succeed with the same place.
  func append(_ event: CaseEvent, to caseID: String) async throws(StoreError)
  /// Every case, with its events, in the order opened.
  func caseFiles() async throws(StoreError) -> [CaseFile]
}
