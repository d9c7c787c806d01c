import Testing
import YiciCalendar
import YiciEvaluation
import YiciSemantics
import YiciSyntax

/// A small service written like a real guide, compiled from source, and helpers to decide
/// applications against it.
enum Fixture {
  static let source = """
    事项 food {
      名称 "食品经营许可（餐饮服务）" en "Food business licence (catering)"
      实施编码 "11110000000021135M3000117046000"
      部门 "市场监督管理局" en "Administration for Market Regulation"
      类型 行政许可
      依据 "《食品经营许可和备案管理办法》"
      承诺件
      到现场次数 1

      信息 {
        credit: 选项(good "良好" en "good", normal "一般" en "normal", dishonest "严重失信" en "seriously dishonest")
          "信用状况" en "credit status"
          问 "申请人的信用状况是？" en "What is the applicant's credit status?"
        area: 数值(平方米) "经营面积" en "floor area"
          问 "经营场所面积是多少平方米？" en "What is the floor area, in square metres?"
        self_water: 是否 "使用自备水源" en "own water supply"
          问 "是否使用自备水源？" en "Does the premises use its own water supply?"
      }

      受理条件 {
        not_dishonest: credit != dishonest
          否则 "申请人被列入严重失信主体名单，依法限制其行政许可。"
            en "The applicant is on the list of seriously dishonest entities."
          依据 "国发〔2016〕33号"
      }

      材料 {
        application_form: "食品经营许可申请书" en "application form"
          原件 1 份
          来源 "窗口领取或政务服务网下载" en "the service window or the online service hall"
          依据 "《食品经营许可和备案管理办法》第十三条"
        business_license: "营业执照" en "business licence"
          复印件 共享 来源 电子证照库
          依据 "《市场主体登记管理条例》第二十二条"
        floor_plan: "经营场所平面布局图" en "floor plan of the premises"
          原件 当 area >= 10 可容缺
          依据 "《食品经营许可和备案管理办法》第十三条"
        water_report: "自备水源水质检验报告" en "water quality report"
          原件 当 self_water 可容缺
          来源 "具有资质的检验检测机构" en "an accredited laboratory"
          依据 "《食品安全法》第三十三条"
        health_certificates: "从业人员健康证明" en "staff health certificates"
          复印件 2 份
          依据 "《食品安全法》第四十五条"
          告知承诺 "本人承诺从业人员均已取得健康证明。" en "I undertake that all staff hold health certificates."
      }

      容缺 {
        最多 1
        仅当 credit == good
        承诺书 "本人承诺所容缺材料在受理后5个工作日内补齐。"
          en "I undertake to supply the waived materials within 5 working days of acceptance."
        依据 "国办发〔2022〕5号"
      }
    }
    """

  /// A service in English keywords: an immediate one with no visit, a condition and a
  /// material that a 告知承诺 may replace, and a material any of two others satisfies.
  static let shopSource = """
    vocabulary docs {
      materials {
        title_deed: "不动产权证书" en "title deed"
          copy shared source library
          basis "《不动产登记暂行条例》第二十一条"
        lease: "房屋租赁合同" en "lease contract"
          copy source "出租人" en "the landlord"
          basis "《民法典》第七百零三条"
      }
    }

    service shop {
      basis "《食品安全法》第三十五条"
      name "小餐饮经营登记" en "Small eatery registration"
      department "市场监督管理所" en "Market regulation office"
      immediate
      visits 0
      uses docs

      facts {
        safe: bool "消防设施完好" en "fire equipment works"
          ask "场所消防设施是否完好有效？" en "Is the fire equipment in working order?"
      }

      conditions {
        fire_safe: safe
          otherwise "场所须符合消防安全要求。" en "The premises must meet the fire safety requirements."
          basis "《消防法》第十五条"
          commitment "本单位承诺场所符合消防安全要求。" en "We undertake that the premises meet the fire safety requirements."
      }

      materials {
        premises: "经营场所使用证明" en "proof of the right to use the premises"
          any(title_deed, lease)
          basis "《食品安全法》第三十三条"
        test_report: "消防设施检测报告" en "fire equipment test report"
          original 2 份
          basis "《消防法》第十六条"
          commitment "本单位承诺消防设施已检测合格。" en "We undertake that the fire equipment has passed its test."
      }
    }
    """

  static let shop: CompiledService = try! compile(shopSource)

  /// Compiles rule text and returns its only service (fails the test on any diagnostic).
  static func compile(_ text: String) throws -> CompiledService {
    let parsed = Parser.parse(SourceFile(path: "t.yici", text: text))
    let checked = Checker.check([parsed.file])
    let problems = (parsed.diagnostics + checked.diagnostics).filter { $0.severity == .error }
    guard problems.isEmpty, let service = checked.ruleSet.services.first else {
      throw FixtureError(message: (parsed.diagnostics + checked.diagnostics).map(\.message).joined(separator: "\n"))
    }
    return service
  }

  static let service: CompiledService = try! compile(source)

  static let date = CivilDate(year: 2025, month: 9, day: 25)!

  /// An application with facts by id (`.option` by option id), materials on the counter,
  /// materials the platform supplies, and materials replaced by a signed commitment.
  static func application(
    to service: CompiledService = service, facts: [(String, FactValue)] = [], provided: [String] = [],
    shared: [String] = [], committed: [String] = [], id: String? = nil
  ) -> BoundApplication {
    var application = BoundApplication(for: service, date: date, id: id)
    for (fact, value) in facts {
      let slot = service.factSlots[fact]!
      switch value {
      case .bool(let bool): application.facts[slot] = .bool(bool)
      case .number(let text): application.facts[slot] = .number(ExactDecimal(text)!)
      case .option(let option):
        application.facts[slot] = .option(service.facts[slot].options.firstIndex { $0.id == option }!)
      }
    }
    for id in provided { application.materials[service.materialSlots[id]!].insert(.provided) }
    for id in shared { application.materials[service.materialSlots[id]!].insert(.shared) }
    for id in committed { application.materials[service.materialSlots[id]!].insert(.committed) }
    return application
  }

  /// Decides an application (in the given language, to check the text does not depend on it).
  static func decide(_ application: BoundApplication, by service: CompiledService = service, english: Bool = false)
    throws -> Decision
  {
    try Evaluator.decide(application, by: service, english: english)
  }
}

/// A fact value in a test, written simply.
enum FactValue {
  case bool(Bool)
  case number(String)
  case option(String)
}

struct FixtureError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// The decisions the tests explain, one per outcome and then some.
enum Scenarios {
  static func rejected(english: Bool = false) throws -> Decision {
    try Fixture.decide(
      Fixture.application(facts: [("credit", .option("dishonest"))], shared: ["business_license"]), english: english)
  }

  static func needsInformation(english: Bool = false) throws -> Decision {
    try Fixture.decide(
      Fixture.application(
        facts: [("area", .number("50"))], provided: ["application_form", "health_certificates"],
        shared: ["business_license"]), english: english)
  }

  static func needsCorrection(english: Bool = false) throws -> Decision {
    try Fixture.decide(
      Fixture.application(
        facts: [("credit", .option("good")), ("area", .number("50"))], provided: ["health_certificates"],
        shared: ["business_license"]), english: english)
  }

  /// The floor plan is waived; its due date is set as the deadline stage will set it.
  static func acceptedWithWaiver(english: Bool = false) throws -> Decision {
    var decision = try Fixture.decide(
      Fixture.application(
        facts: [("credit", .option("good")), ("area", .number("50")), ("self_water", .bool(false))],
        provided: ["application_form", "health_certificates"], shared: ["business_license"], id: "fbl-1"),
      english: english)
    decision.materials.waived[0].due = CivilDate(year: 2025, month: 10, day: 13)
    return decision
  }

  static func accepted(english: Bool = false) throws -> Decision {
    try Fixture.decide(
      Fixture.application(
        facts: [("credit", .option("good")), ("area", .number("5")), ("self_water", .bool(false))],
        provided: ["application_form"], shared: ["business_license"], committed: ["health_certificates"]),
      english: english)
  }

  static func shopRejected(english: Bool = false) throws -> Decision {
    var application = Fixture.application(to: Fixture.shop, facts: [("safe", .bool(false))], provided: ["lease"])
    application.warnings = ["unknown material 'photo' ignored"]
    return try Fixture.decide(application, by: Fixture.shop, english: english)
  }

  static func shopAccepted(english: Bool = false) throws -> Decision {
    var application = Fixture.application(to: Fixture.shop, provided: ["lease"], committed: ["test_report"])
    application.committedConditions[Fixture.shop.conditionSlots["fire_safe"]!] = true
    return try Fixture.decide(application, by: Fixture.shop, english: english)
  }

  static func shopNeedsCorrection(english: Bool = false) throws -> Decision {
    try Fixture.decide(
      Fixture.application(to: Fixture.shop, facts: [("safe", .bool(true))]), by: Fixture.shop, english: english)
  }

  /// Every scenario with its name and service, decided in Chinese or English.
  static func all(english: Bool = false) throws -> [(String, Decision, CompiledService)] {
    [
      ("rejected", try rejected(english: english), Fixture.service),
      ("needsInformation", try needsInformation(english: english), Fixture.service),
      ("needsCorrection", try needsCorrection(english: english), Fixture.service),
      ("acceptedWithWaiver", try acceptedWithWaiver(english: english), Fixture.service),
      ("accepted", try accepted(english: english), Fixture.service),
      ("shopRejected", try shopRejected(english: english), Fixture.shop),
      ("shopAccepted", try shopAccepted(english: english), Fixture.shop),
      ("shopNeedsCorrection", try shopNeedsCorrection(english: english), Fixture.shop),
    ]
  }
}

/// Expects the text to be `expected` plus the final newline.
func expectText(_ actual: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(actual == expected + "\n", sourceLocation: sourceLocation)
}
