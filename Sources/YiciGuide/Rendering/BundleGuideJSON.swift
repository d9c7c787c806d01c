import YiciReporting
import YiciSemantics

/// A bundle's guide as JSON (the contract in the README): the bundle, its members each with
/// its status and its own guide, and the materials made within the bundle.
enum BundleGuideJSON {
  static func render(_ guide: BundleGuide) -> String {
    let bundle = guide.bundle
    var object: [(String, JSONTree)] = [
      ("bundle", .string(bundle.id)),
      ("date", .string(guide.date.description)),
      ("scenario", .bool(guide.scenario != nil)),
      ("name", GuideJSON.text(bundle.header.name)),
      ("department", GuideJSON.text(bundle.header.department)),
      ("basis", GuideJSON.text(bundle.header.basis)),
      ("visits", .int(bundle.header.visits)),
      ("promised", GuideJSON.days(bundle.promised)),
      (
        "members",
        .array(
          guide.members.map { member in
            .object([
              ("service", .string(member.guide.service.id)), ("status", .string(member.status.rawValue)),
              ("depends_on", .array(member.dependsOn.map { .string($0.id) })),
              (
                "produced",
                .array(
                  member.produced.map {
                    .object([("material", .string($0.material)), ("by", .string($0.by.id))])
                  })
              ),
              (
                "settled",
                .array(
                  member.settled.map { .object([("fact", .string($0.fact.id)), ("by", .string($0.by.id))]) })
              ),
              ("guide", GuideJSON.tree(member.guide)),
            ])
          })
      ),
    ]
    object += GuideJSON.scenario(guide.scenario, form: bundle.form)
    return JSONTree.object(object).pretty
  }
}
