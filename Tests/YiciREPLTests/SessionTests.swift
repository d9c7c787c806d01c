import Foundation
import Testing
import Yici
import YiciREPL
import YiciTestSupport

/// The session beyond what transcripts show: loading, reloading edited rules, the prompt,
/// the application it builds.
@Suite struct SessionTests {
  @Test func loadingReportsServicesAndProblemsAndKeepsWhatIsValid() {
    let session = Fixtures.session(rules: ["broken", "rules", "nowhere"])
    #expect(session.loadReport.failed)
    #expect(session.loadReport.text.contains("error: no such file or folder: nowhere"))
    #expect(session.loadReport.text.contains("error[E0202]: 'dishonst' is not an option of 'credit'"))
    #expect(session.loadReport.text.hasSuffix("loaded 2 services from 4 files: 1 error\n"))
    #expect(session.rules.compiled.services.map(\.id) == ["fire_inspection", "food_license"])
    #expect(!Fixtures.session().loadReport.failed)
  }

  @Test func thePromptShowsTheService() {
    var session = Fixtures.session()
    #expect(session.prompt == "yici> ")
    _ = session.handle(":use food_license")
    #expect(session.prompt == "yici(food_license)> ")
  }

  @Test func blankLinesAndCommentsSayNothing() {
    var session = Fixtures.session()
    #expect(session.handle("") == .empty)
    #expect(session.handle("   ") == .empty)
    #expect(session.handle("# a note in a script") == .empty)
    #expect(session.handle(":q").quits)
    #expect(session.handle(":EXIT").quits)
  }

  @Test func theApplicationIsInterchange() throws {
    var session = Fixtures.session()
    for line in [
      ":use food_license", "信用状况 = 良好", "area_m2 = 10.5", "opening = 2025-10-01", ":provide 食品经营许可申请书",
      ":shared business_license", ":date 2025-10-02",
    ] {
      #expect(!session.handle(line).failed, "\(line)")
    }
    let expected = Application(
      service: "food_license", date: CivilDate(iso: "2025-10-02"),
      facts: ["credit": "good", "area_m2": .number(ExactDecimal("10.5")!), "opening": "2025-10-01"],
      materials: ["application_form"], shared: ["business_license"])
    #expect(session.application == expected)
    #expect(session.decision?.outcome == .needsInformation)
  }

  @Test func savedApplicationsOpenAsTheyWere() {
    let files = FolderFiles(base: Fixtures.transcripts.path)
    var session = Fixtures.session(files: files)
    for line in [
      ":use fire", "venue = 宾馆、饭店", "equipment_ok = 否", ":commit meets_standards", ":provide form", ":save a.json",
    ] {
      #expect(!session.handle(line).failed, "\(line)")
    }
    let saved = session.application
    var other = Fixtures.session(files: files)
    #expect(!other.handle(":open a.json").failed)
    #expect(other.application == saved)
    #expect(other.service?.id == "fire_inspection")
    #expect(other.decision == session.decision)
  }

  @Test func reloadingEditedRulesKeepsTheFacts() throws {
    let folder = try Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["common.yici", "food.yici"] {
      try FileManager.default.copyItem(
        at: Fixtures.transcripts.appendingPathComponent("rules/\(name)"), to: folder.appendingPathComponent(name))
    }
    let food = folder.appendingPathComponent("food.yici")
    var session = Session(rulePaths: [folder.path], files: FolderFiles(base: "/"), today: Fixtures.today)
    for line in [":use food_license", "area_m2 = 120", "seats = 30", "credit = good", ":provide application_form"] {
      #expect(!session.handle(line).failed, "\(line)")
    }
    // The author renames `seats` and adds a waiver-free material; the rest stays.
    let original = try String(contentsOf: food, encoding: .utf8)
    let edited = original.replacingOccurrences(of: "seats", with: "seat_count")
    try edited.write(to: food, atomically: true, encoding: .utf8)
    let output = session.handle(":reload")
    #expect(!output.failed)
    #expect(output.text.contains("dropped, no longer in food_license: seats = 30"))
    #expect(session.application.facts == ["area_m2": 120, "credit": "good"])
    #expect(session.application.materials == ["application_form"])
    // A mistake does not replace the good rules: the session goes on with them, and says so.
    let rulesBefore = session.rules.compiled.services.map(\.id)
    try edited.replacingOccurrences(of: "credit != dishonest", with: "credit != dishonst").write(
      to: food, atomically: true, encoding: .utf8)
    let broken = session.handle(":reload")
    #expect(broken.failed)
    #expect(broken.text.contains("error[E0202]: 'dishonst' is not an option of 'credit'"))
    #expect(broken.text.contains("the rules were not reloaded; the 1 service loaded before stay"))
    #expect(session.rules.compiled.services.map(\.id) == rulesBefore)
    #expect(session.service?.id == "food_license")
    #expect(session.decision != nil)
    #expect(!session.handle("seat_count = 10").failed)
    try edited.write(to: food, atomically: true, encoding: .utf8)
    #expect(!session.handle(":reload").failed)
    #expect(session.service?.id == "food_license")
    #expect(session.application.facts == ["area_m2": 120, "credit": "good", "seat_count": 10])
    // A service the fixed rules no longer have leaves the application waiting.
    try edited.replacingOccurrences(of: "事项 food_license", with: "事项 food_permit").write(
      to: food, atomically: true, encoding: .utf8)
    let gone = session.handle(":reload")
    #expect(gone.text.contains("service 'food_license' is not among the rules now"))
    #expect(session.service == nil)
  }

  @Test func everyCommandHasHelp() {
    var session = Fixtures.session()
    let overview = session.handle(":help").text
    for name in [
      "services", "use", "set", "unset", "facts", "provide", "withdraw", "shared", "commit", "uncommit",
      "materials", "reset", "decision", "explain", "trace", "ask", "notice", "deadlines", "eval", "date", "lang",
      "save", "open", "reload", "help", "quit",
    ] {
      #expect(overview.contains(":\(name)"), "\(name) is not in :help")
      let help = session.handle(":help \(name)")
      #expect(!help.failed && help.text.hasPrefix(":\(name)"), "\(name)")
    }
    #expect(session.handle(":help nothing").failed)
  }

  @Test func deadlinesOfAnAcceptedApplicationAreDatedOnTheCalendar() {
    var session = Session(rulePaths: ["rules"], files: FolderFiles(base: Repository.root.path), today: Fixtures.today)
    let opened = session.handle(":open examples/applications/food_business_license_catering.accepted_with_waiver.json")
    #expect(!opened.failed, "\(opened.text)")
    let deadlines = session.handle(":deadlines")
    #expect(!deadlines.failed)
    #expect(deadlines.text.contains("promised by               2025-09-30"))
    #expect(deadlines.text.contains("food_safety_rules due     2025-09-30"))
  }
}

/// `:materials` says how many copies this applicant brings of a material counted per a fact,
/// for a service and for a bundle's one set.
@Suite struct CountedCopiesInTheTableTests {
  @Test func theTableSaysTheCount() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yici-copies-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try """
    service company {
      basis "x"
      name "公司设立登记"
      facts {
        shareholders: number(人) "股东人数"
      }
      materials {
        ids: "股东身份证明" copy copies 1 per shareholders basis "x"
      }
    }
    service seal {
      basis "x"
      name "刻章备案"
      facts {
        shareholders: number(人) "股东人数"
      }
      materials {
        ids: "股东身份证明" copy copies 2 per shareholders basis "x"
      }
    }
    bundle open {
      name "开办企业"
      members {
        company
        seal
      }
    }
    """.write(to: folder.appendingPathComponent("rules.yici"), atomically: true, encoding: .utf8)
    var session = Session(rulePaths: [folder.path], files: FolderFiles(base: "/"), today: Fixtures.today)
    #expect(!session.handle(":use company").failed)
    #expect(!session.handle("shareholders = 3").failed)
    #expect(session.handle(":materials").text.contains("3 copies"), "\(session.handle(":materials").text)")
    #expect(!session.handle(":use open").failed)
    let bundle = session.handle(":materials").text
    #expect(bundle.contains("6 copies, for company, seal"), "\(bundle)")
  }
}
