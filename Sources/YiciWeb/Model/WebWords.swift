import Yici

/// Every word the pages say, in one language; the templates read them as `{{w.name}}`.
/// Each is given in Chinese and English in the one initializer, so neither can be missing.
struct WebWords: Sendable {
  var site, skip, navigation, catalogue, window, report, otherLanguage: String
  var search, searchLabel, searchButton, noMatch, services, bundles, department, guide, apply: String
  var members, questions, questionsLead, noQuestions, date, materials, materialsLead, haveIt, anyOf: String
  var platformSupplies, signCommitment, conditionCommitments, basis, update, downloadJSON: String
  var decision, notice, print, applicationJSON, saveJSON, yes, no, unit, printGuide: String
  var outcomeWords: [String: String]
  var toBring, provided, exempt, waived, committedWords, undetermined, reasons, promised, statutory: String
  var accepted, immediate, due, sign, warnings, formError, windowLead, paste, openApplication: String
  var counter, counterLead, noApplication, reportFailing, reportDate, notFound, notFoundLead: String
  var caseHeading, caseLead, openCase, caseOpened, caseStatus, warningDate, waivedDue, noCase: String
  /// A case's states (`yici track`), as the window names them.
  var caseStates: [String: String]

  /// The words of a language.
  static func of(_ language: Language) -> WebWords { language == .en ? english : chinese }

  static let chinese = WebWords(
    site: "一网通办 · 一次办", skip: "跳到正文", navigation: "站点导航", catalogue: "办事目录", window: "综合窗口",
    report: "改革成效", otherLanguage: "English", search: "搜索事项", searchLabel: "按名称、别名或部门搜索",
    searchButton: "搜索", noMatch: "没有找到匹配的事项。", services: "事项", bundles: "一件事", department: "实施部门",
    guide: "办事指南", apply: "在线填报", members: "包含事项", questions: "需要回答的问题",
    questionsLead: "只问现在要紧的问题，最能决定结果的在前；答案随时可以修改。", noQuestions: "问题都已回答。",
    date: "申请日期", materials: "申请材料", materialsLead: "勾选您已备齐、可带到窗口的材料。", haveIt: "已备齐",
    anyOf: "以下任一即可", platformSupplies: "由共享平台获取", signCommitment: "签署告知承诺，以承诺代替",
    conditionCommitments: "告知承诺", basis: "依据", update: "更新结果", downloadJSON: "下载申请数据（JSON）",
    decision: "办理结果", notice: "一次性告知书", print: "打印告知书", applicationJSON: "申请数据（交换格式 JSON）",
    saveJSON: "保存 JSON 文件", yes: "是", no: "否", unit: "单位", printGuide: "打印指南",
    outcomeWords: [
      "accepted": "予以受理", "accepted_with_waiver": "容缺受理", "needs_correction": "需补正",
      "needs_information": "需补充信息", "rejected": "不予受理",
    ],
    toBring: "还需带来的材料（一次告知）", provided: "已备齐的材料", exempt: "由共享平台获取，无需提交",
    waived: "可容缺，受理后补交", committedWords: "以告知承诺代替", undetermined: "回答问题后才能确定的材料",
    reasons: "不予受理的原因", promised: "承诺办结日期", statutory: "法定办结日期", accepted: "受理日期",
    immediate: "即办件，当场办结", due: "补交期限", sign: "需签署", warnings: "提示",
    formError: "以下内容未能读取，请修改：", windowLead: "打开或粘贴一份申请（交换格式 JSON），在柜台上逐项勾选收到的材料，结果随即更新。",
    paste: "申请（JSON）", openApplication: "打开申请", counter: "柜台收件",
    counterLead: "勾选窗口已收到的材料。", noApplication: "尚未打开申请。", reportFailing: "未达改革目标的事项",
    reportDate: "统计日期", notFound: "未找到页面", notFoundLead: "没有这个页面。",
    caseHeading: "受理立案", caseLead: "受理后立案，进入电子监察：办理时限自受理日起算，容缺材料按期补交。",
    openCase: "受理并立案", caseOpened: "已立案", caseStatus: "状态", warningDate: "预警日期",
    waivedDue: "容缺材料补交期限", noCase: "本次决定未能立案。",
    caseStates: [
      "running": "办理中", "warning": "临近到期（预警）", "due_today": "今日到期", "overdue": "已超时",
      "paused": "暂停计时", "completed": "已办结", "withdrawn": "已撤回",
    ])

  static let english = WebWords(
    site: "One online entry · once", skip: "Skip to the content", navigation: "Site", catalogue: "Services",
    window: "Clerk's window", report: "Reform report", otherLanguage: "中文", search: "Find a service",
    searchLabel: "Search by name, alias or department", searchButton: "Search", noMatch: "No service matches.",
    services: "Services", bundles: "Bundles (one thing, once)", department: "Department", guide: "Service guide",
    apply: "Apply online", members: "Services included", questions: "Questions to answer",
    questionsLead: "Only what matters now, the most decisive first; you can change any answer.",
    noQuestions: "Every question is answered.", date: "Date of application", materials: "Materials",
    materialsLead: "Tick the materials you have ready to bring to the window.", haveIt: "I have it",
    anyOf: "Any one of these", platformSupplies: "Supplied by the shared-data platform",
    signCommitment: "Sign the commitment in its place", conditionCommitments: "Commitments", basis: "Basis",
    update: "Update the decision", downloadJSON: "Download the application (JSON)", decision: "Decision",
    notice: "One-time notice", print: "Print the notice", applicationJSON: "The application (interchange JSON)",
    saveJSON: "Save as a JSON file", yes: "Yes", no: "No", unit: "unit", printGuide: "Print the guide",
    outcomeWords: [
      "accepted": "Accepted", "accepted_with_waiver": "Accepted with waiver", "needs_correction": "Needs correction",
      "needs_information": "Needs information", "rejected": "Rejected",
    ],
    toBring: "Still to bring (told once)", provided: "Ready", exempt: "Supplied by the shared platform, not needed",
    waived: "Waived: supply after acceptance", committedWords: "Replaced by a signed commitment",
    undetermined: "Depends on answers still to give", reasons: "Why it cannot be accepted",
    promised: "Promised completion", statutory: "Statutory completion", accepted: "Accepted on",
    immediate: "Handled on the spot", due: "Supply by", sign: "To sign", warnings: "Notes",
    formError: "These could not be read; please correct them:",
    windowLead:
      "Open or paste an application (interchange JSON), tick the materials on the counter, and see the decision change.",
    paste: "Application (JSON)", openApplication: "Open the application", counter: "On the counter",
    counterLead: "Tick the materials the window has received.", noApplication: "No application is open.",
    reportFailing: "Items failing a seed target", reportDate: "Date", notFound: "Page not found",
    notFoundLead: "There is no such page.",
    caseHeading: "Acceptance and the case",
    caseLead:
      "Open a case once accepted: it is watched from the day of acceptance, and waived materials are due by their dates.",
    openCase: "Accept and open a case", caseOpened: "Case opened", caseStatus: "Status", warningDate: "Warning on",
    waivedDue: "Waived materials due", noCase: "No case was opened for this decision.",
    caseStates: [
      "running": "running", "warning": "due soon (warning)", "due_today": "due today", "overdue": "overdue",
      "paused": "paused", "completed": "completed", "withdrawn": "withdrawn",
    ])
}
