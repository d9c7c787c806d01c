import YiciCalendar
import YiciSemantics

/// The guide of a bundle (一件事): its members with when each is handled, one set of
/// materials over all of them, the results that stand for materials within the bundle
/// (结果互认), and each member's own guide.
///
/// Made from the rules alone (`BundleGuide(bundle:rules:date:)`), or for one applicant
/// (`BundleGuide.scenario(json:rules:)`): then the members the answers leave out are marked
/// so, and the members' guides are their 场景化 guides.
public struct BundleGuide: Sendable {
  /// The bundle.
  public let bundle: CompiledBundle
  /// The date the rules in force are read on.
  public let date: CivilDate
  /// The members, in the order written.
  public let members: [BundleGuideMember]
  /// The scenario's answers and what is still to ask; nil for the general guide.
  public let scenario: GuideScenario?
}

/// One member of a bundle guide.
public struct BundleGuideMember: Sendable {
  /// The member's guide (its 场景化 guide in a scenario).
  public let guide: Guide
  /// Whether it is handled.
  public let status: Status
  /// The input facts of the form that decide whether it is handled; empty when it always is.
  public let dependsOn: [FactDefinition]
  /// The materials of this member that another member's result stands for, with the
  /// producing member's service.
  public let produced: [(material: String, by: CompiledService)]
  /// The facts this member reads that another member's result settles (`settles`/`确定`),
  /// never asked in the bundle, with the producing member's service.
  public let settled: [(fact: FactDefinition, by: CompiledService)]

  /// Whether a member is handled.
  public enum Status: String, Sendable {
    /// Every application to the bundle includes it.
    case always
    /// The general guide: only in some cases (its `when` or the situations that name it).
    case conditional
    /// The scenario: the answers include it.
    case selected
    /// The scenario: the answers leave it out.
    case notSelected = "not_selected"
    /// The scenario: it depends on answers not given yet.
    case open
  }
}
