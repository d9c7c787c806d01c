import Testing
import YiciREPL

/// Tab completion is a pure function of the line, the cursor and the session's context.
@Suite struct CompletionTests {
  static var session: Session {
    var session = Fixtures.session()
    _ = session.handle(":use food_license")
    _ = session.handle(":provide application_form")
    return session
  }

  func complete(_ line: String, session: Session = CompletionTests.session) -> [String] {
    session.complete(line, cursor: line.utf8.count).candidates
  }

  @Test func commandsCompleteAfterAColon() {
    #expect(complete(":he") == [":help"])
    #expect(complete(":u") == [":uncommit", ":unset", ":use"])
    #expect(complete("：he") == [":help"])
  }

  @Test func theFirstWordCompletesToFactIdsAndLabels() {
    #expect(complete("are") == ["area_m2"])
    #expect(complete("信用") == ["信用状况"])
    #expect(complete("sea") == ["seats"])
  }

  @Test func valuesCompleteAfterTheEqualsSign() {
    #expect(complete("credit = g") == ["good"])
    #expect(complete("credit = 良") == ["良好"])
    #expect(complete("信用状况 = 严") == ["严重失信"])
    #expect(complete("has_license = ") == ["false", "true", "否", "是"])
    #expect(complete("menu=c") == ["cold", "cold food"])
    #expect(complete("opening = to") == ["today"])
    #expect(complete("area_m2 = 1").isEmpty)
  }

  @Test func commandArgumentsCompleteToWhatTheCommandTakes() {
    #expect(complete(":use fo") == ["food_license"])
    #expect(complete(":use 食品") == ["食品经营许可"])
    #expect(complete(":provide app") == ["application_form"])
    #expect(complete(":provide application_form, le") == ["lease_contract"])
    #expect(complete(":withdraw ") == ["application_form"])
    #expect(complete(":help pro") == ["provide"])
    #expect(complete(":lang e") == ["en"])
    #expect(complete(":set cre") == ["credit"])
    #expect(complete(":set credit n") == ["normal"])
    #expect(complete(":unset are") == ["area_m2"])
    #expect(complete(":date t") == ["today"])
    #expect(complete(":eval area_m2 > 5 an") == ["and"])
    #expect(complete(":eval area_m2 > 5 o") == ["opening", "or"])
    #expect(complete(":eval menu in (cold, ra") == ["raw"])
    #expect(complete(":eval known(cr") == ["credit"])
  }

  @Test func filesAreLeftToTheLineReader() {
    let completions = Self.session.complete(":open ex", cursor: 8)
    #expect(completions.files)
    #expect(completions.candidates.isEmpty)
  }

  @Test func theCursorDecidesTheWord() {
    let line = ":provide app and more"
    #expect(Self.session.complete(line, cursor: 12).candidates == ["application_form"])
    let chinese = "信用状况 = 良"
    #expect(Self.session.complete(chinese, cursor: "信用".utf8.count).candidates == ["信用状况"])
  }

  @Test func withoutAServiceOnlyCommandsAndServicesComplete() {
    let fresh = Fixtures.session()
    #expect(complete("are", session: fresh).isEmpty)
    #expect(complete(":use fi", session: fresh) == ["fire_inspection"])
    #expect(complete(":provide a", session: fresh).isEmpty)
  }

  @Test func commitmentsCompleteToThoseAllowedAndSigned() {
    var session = Fixtures.session()
    _ = session.handle(":use fire_inspection")
    #expect(complete(":commit ", session: session) == ["meets_standards", "test_report"])
    _ = session.handle(":commit test_report")
    #expect(complete(":uncommit ", session: session) == ["test_report"])
  }
}
