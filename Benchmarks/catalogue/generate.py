#!/usr/bin/env python3
"""A province's catalogue for benchmarks: N generated services and a batch of applications.

    python3 Benchmarks/catalogue/generate.py --services 10000 --seed 1 --out /tmp/catalogue
    python3 Benchmarks/catalogue/generate.py --services 10000 --seed 1 --out /tmp/catalogue \
        --applications 100000 --batch /tmp/catalogue.jsonl

Writes `OUT/calendar/china.yici` and `OUT/common/*.yici` (copies of the bundled ones in
`rules/`), and one file per service under a folder per department,
`OUT/services/<department>/<service>.yici`, as a province publishes its 事项. Each service is
made like those of `rules/services/`: facts of every type with labels and questions, derived
facts, conditions with reasons, bases and some with a commitment (告知承诺), materials with
forms, copies, `when`, `any(...)`, `shared`, `waivable`, sources, commitments and effective
dates, the shared vocabularies `people` and `business`, a waiver block (容缺), a time-limits
block, Chinese or English keywords (one language per file), an effective date.

`--batch` writes JSON Lines applications mixed over all the services (each line a random
service), aimed in turn at every outcome: accepted, accepted with a waiver, accepted on a
commitment, needs correction, needs information, rejected. Everything is deterministic from
`--seed`: the same arguments give the same bytes. No dependency beyond Python 3.
"""

import argparse
import json
import os
import random
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Keywords in each language: (English, 中文).
KEYWORDS = {
    "service": ("service", "事项"), "name": ("name", "名称"), "code": ("code", "实施编码"),
    "department": ("department", "部门"), "kind": ("kind", "类型"), "basis": ("basis", "依据"),
    "immediate": ("immediate", "即办件"), "promised": ("promised", "承诺件"),
    "visits": ("visits", "到现场次数"), "uses": ("uses", "引用"), "from": ("from", "自"),
    "until": ("until", "至"), "facts": ("facts", "信息"), "let": ("let", "令"), "ask": ("ask", "问"),
    "bool": ("bool", "是否"), "number": ("number", "数值"), "text": ("text", "文本"),
    "date": ("date", "日期"), "options": ("options", "选项"), "conditions": ("conditions", "受理条件"),
    "otherwise": ("otherwise", "否则"), "commitment": ("commitment", "告知承诺"),
    "materials": ("materials", "材料"), "original": ("original", "原件"), "copy": ("copy", "复印件"),
    "electronic": ("electronic", "电子件"), "copies": ("copies", "份数"), "when": ("when", "当"),
    "any": ("any", "任一"), "shared": ("shared", "共享"), "waivable": ("waivable", "可容缺"),
    "source": ("source", "来源"), "library": ("library", "电子证照库"), "waiver": ("waiver", "容缺"),
    "at most": ("at most", "最多"), "only if": ("only if", "仅当"), "letter": ("letter", "承诺书"),
    "or": ("or", "或"), "and": ("and", "且"), "not": ("not", "非"), "in": ("in", "属于"),
    "known": ("known", "已知"), "time limits": ("time limits", "时限"), "statutory": ("statutory", "法定"),
    "promised limit": ("promised", "承诺"), "immediate limit": ("immediate", "即办"),
    "not counted": ("not counted", "不计入时限"), "warning": ("warning", "预警"),
    "before": ("before", "提前"), "supplement": ("supplement", "容缺补交"), "at_most": ("at most", "最多"),
}

DEPARTMENTS = [
    ("market", "市场监督管理局", "Administration for Market Regulation"),
    ("police", "公安局", "Public Security Bureau"),
    ("fire", "消防救援支队", "Fire and Rescue Detachment"),
    ("health", "卫生健康委员会", "Health Commission"),
    ("transport", "交通运输局", "Transport Bureau"),
    ("environment", "生态环境局", "Ecology and Environment Bureau"),
    ("housing", "住房和城乡建设局", "Housing and Urban-Rural Development Bureau"),
    ("education", "教育局", "Education Bureau"),
    ("civil_affairs", "民政局", "Civil Affairs Bureau"),
    ("hrss", "人力资源和社会保障局", "Human Resources and Social Security Bureau"),
    ("culture", "文化和旅游局", "Culture and Tourism Bureau"),
    ("agriculture", "农业农村局", "Agriculture and Rural Affairs Bureau"),
    ("natural_resources", "自然资源和规划局", "Natural Resources and Planning Bureau"),
    ("water", "水务局", "Water Affairs Bureau"),
    ("commerce", "商务局", "Commerce Bureau"),
    ("emergency", "应急管理局", "Emergency Management Bureau"),
]

TOPICS = [
    ("catering", "餐饮服务", "catering"), ("pharmacy", "药品零售", "pharmacy retail"),
    ("road_freight", "道路货物运输", "road freight"), ("taxi", "出租汽车经营", "taxi operation"),
    ("clinic", "诊所执业", "clinic practice"), ("kindergarten", "民办幼儿园", "private kindergarten"),
    ("hotel", "旅馆业特种行业", "hotel trade"), ("printing", "印刷经营", "printing business"),
    ("pesticide", "农药经营", "pesticide trade"), ("water_intake", "取水", "water abstraction"),
    ("construction", "建筑工程施工", "construction works"), ("sewage", "城镇污水排入排水管网", "sewage discharge"),
    ("hazardous_chem", "危险化学品经营", "hazardous chemicals trade"), ("travel_agency", "旅行社业务经营", "travel agency"),
    ("performance", "营业性演出", "commercial performance"), ("internet_cafe", "互联网上网服务营业场所", "internet café"),
    ("vet", "动物诊疗", "veterinary clinic"), ("seed", "农作物种子生产经营", "crop seed business"),
    ("land_use", "建设用地规划", "land use planning"), ("elderly_care", "养老机构备案", "elderly care home"),
    ("training", "职业技能培训机构", "vocational training school"), ("labour_dispatch", "劳务派遣经营", "labour dispatch"),
    ("outdoor_ad", "户外广告设置", "outdoor advertising"), ("second_hand_car", "二手车交易市场", "used car market"),
    ("medical_device", "第二类医疗器械经营", "class II medical devices trade"), ("cosmetics", "化妆品生产", "cosmetics production"),
    ("fireworks", "烟花爆竹零售", "fireworks retail"), ("swimming", "高危险性体育项目", "high-risk sports venue"),
]
ACTIONS = [("license", "许可", "licence"), ("record", "备案", "filing"), ("change", "变更", "change"),
           ("renewal", "延续", "renewal"), ("cancel", "注销", "cancellation")]
KINDS = ["行政许可", "行政确认", "行政备案", "公共服务", "其他行政权力"]
LAWS = ["《中华人民共和国行政许可法》", "《优化营商环境条例》", "《中华人民共和国安全生产法》",
        "《中华人民共和国食品安全法》", "《中华人民共和国道路运输条例》", "《中华人民共和国消防法》",
        "《中华人民共和国环境保护法》", "《中华人民共和国药品管理法》", "《中华人民共和国城乡规划法》",
        "《医疗机构管理条例》", "《旅行社条例》", "《营业性演出管理条例》", "《中华人民共和国水法》"]
DIGITS = "零一二三四五六七八九"

# (id, zh label, en label, zh question, en question, polarity): +1 must hold, -1 must not.
BOOLS = [
    ("has_premises", "具有固定经营场所", "has fixed premises", "是否具有固定的经营场所？", "Does the applicant have fixed premises?", 1),
    ("has_manager", "配备专职管理人员", "has a full-time manager", "是否配备专职管理人员？", "Is there a full-time manager?", 1),
    ("has_plan", "制定应急预案", "has an emergency plan", "是否制定了应急预案？", "Is there an emergency plan?", 1),
    ("equipment_ok", "设备设施符合标准", "equipment meets the standard", "设备设施是否符合国家标准？", "Does the equipment meet the national standard?", 1),
    ("staff_qualified", "从业人员持证上岗", "staff hold their certificates", "从业人员是否均持证上岗？", "Do all staff hold the required certificates?", 1),
    ("insured", "已投保责任险", "holds liability insurance", "是否已投保公众责任保险？", "Is public liability insurance in place?", 1),
    ("penalized", "三年内受过行政处罚", "penalised in the last three years", "三年内是否受过相关行政处罚？", "Has the applicant been penalised in the last three years?", -1),
    ("in_protected_area", "位于生态保护红线内", "inside an ecological red line", "项目是否位于生态保护红线内？", "Is the site inside an ecological protection red line?", -1),
    ("debt_overdue", "存在欠缴税费", "has overdue taxes or fees", "是否存在欠缴税费？", "Are any taxes or fees overdue?", -1),
    ("licence_revoked", "曾被吊销许可证", "had a licence revoked", "是否曾被吊销同类许可证？", "Has a licence of this kind been revoked before?", -1),
    ("chain", "连锁经营", "chain business", "是否为连锁经营？", "Is it part of a chain?", 0),
    ("online", "网络经营", "sells online", "是否通过网络经营？", "Will it sell online?", 0),
    ("foreign_invested", "外商投资", "foreign-invested", "是否为外商投资企业？", "Is it foreign-invested?", 0),
    ("night_hours", "夜间营业", "opens at night", "是否在夜间（22时后）营业？", "Will it open after 10 p.m.?", 0),
    ("imports", "涉及进口产品", "handles imported goods", "是否经营进口产品？", "Does it handle imported goods?", 0),
    ("outsourced", "委托第三方运营", "run by a contractor", "是否委托第三方机构运营？", "Is it run by a third party?", 0),
    ("new_build", "新建场所", "newly built premises", "场所是否为新建？", "Are the premises newly built?", 0),
]
NUMBERS = [
    ("area_m2", "平方米", "经营场所面积", "floor area", "经营场所的使用面积是多少平方米？", "What is the floor area, in square metres?", 20, 3000),
    ("staff", "人", "从业人员数", "number of staff", "从业人员有多少人？", "How many people work there?", 1, 400),
    ("capital", "万元", "注册资本", "registered capital", "注册资本是多少万元？", "What is the registered capital, in 10,000 yuan?", 3, 5000),
    ("vehicles", "辆", "营运车辆数", "number of vehicles", "有多少辆营运车辆？", "How many vehicles are in service?", 1, 120),
    ("beds", "张", "床位数", "number of beds", "设有多少张床位？", "How many beds are there?", 0, 600),
]
OPTIONS = [
    ("premises_use", "场所性质", "type of building", "经营场所所在建筑的性质是？", "What kind of building are the premises in?",
     [("commercial", "商业用房", "commercial building"), ("industrial", "工业用房", "industrial building"),
      ("residential", "居民住宅", "residential building")], "residential"),
    ("scale", "经营规模", "scale", "经营规模属于哪一档？", "What is the scale of the business?",
     [("small", "小型", "small"), ("medium", "中型", "medium"), ("large", "大型", "large"),
      ("extra_large", "特大型", "extra large")], None),
    ("channel", "申请渠道", "channel", "通过什么渠道申请？", "How is the application filed?",
     [("window", "窗口", "at the window"), ("online", "网上", "online"), ("mail", "邮寄", "by post")], None),
    ("ownership", "所有制形式", "ownership", "申请单位的所有制形式是？", "What is the applicant's form of ownership?",
     [("state", "国有", "state-owned"), ("collective", "集体", "collective"), ("private", "民营", "private"),
      ("sole", "个体", "sole trader"), ("unlicensed", "未登记", "unregistered")], "unlicensed"),
]
DATES = [
    ("established_on", "成立日期", "date of establishment", "申请单位的成立日期是？", "When was the applicant established?"),
    ("expires_on", "原证有效期届满日", "expiry date of the current licence", "原许可证有效期届满日是？", "When does the current licence expire?"),
]
TEXTS = [
    ("project_name", "项目名称", "project name", "项目名称是什么？", "What is the project called?"),
    ("trade_name", "字号", "trade name", "拟使用的字号是？（可不填）", "Which trade name will be used (optional)?"),
]
MATERIALS = [
    ("application_form", "申请表", "application form"), ("articles", "章程", "articles of association"),
    ("floor_plan", "场所平面布置图", "floor plan"), ("equipment_list", "主要设备设施清单", "list of equipment"),
    ("staff_certificates", "从业人员资格证明", "staff qualifications"), ("safety_rules", "安全管理制度", "safety rules"),
    ("emergency_plan", "应急预案", "emergency plan"), ("eia_report", "环境影响评价文件", "environmental impact assessment"),
    ("test_report", "检验检测报告", "test report"), ("self_test_report", "自检报告", "self-test report"),
    ("contract", "委托运营合同", "operating contract"), ("manager_appointment", "技术负责人任命文件", "appointment of the technical manager"),
    ("insurance_policy", "责任保险单", "insurance policy"), ("fire_acceptance", "消防验收意见书", "fire acceptance certificate"),
    ("import_documents", "进口产品合法来源证明", "proof of origin of imported goods"), ("online_statement", "网络经营情况说明", "statement on online sales"),
    ("chain_authorization", "连锁经营授权书", "chain franchise authorisation"), ("night_plan", "夜间经营安全方案", "night-time safety plan"),
    ("old_licence", "原许可证正副本", "the current licence"), ("vehicle_list", "营运车辆清单及行驶证", "vehicle list and registrations"),
    ("foreign_approval", "外商投资信息报告回执", "foreign investment report receipt"), ("qualification_cert", "资质证书", "qualification certificate"),
]
SOURCES = [("登记窗口领取或政务服务网下载", "the service window or the online service hall"),
           ("具有资质的检验检测机构", "an accredited testing laboratory"), ("申请人自行编制", "prepared by the applicant"),
           ("原发证机关", "the issuing authority")]


def kw(lang, word):
    return KEYWORDS[word][0 if lang == "en" else 1]


def text(zh, en):
    return f'"{zh}" en "{en}"'


def article(rng):
    law = rng.choice(LAWS)
    n = rng.randint(2, 99)
    tens, ones = divmod(n, 10)
    number = (DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (DIGITS[ones] if ones else "")
    return f"{law}第{number}条"


class Service:
    """One generated service: enough of a model to write its rules and aim applications."""

    def __init__(self, index, rng):
        self.index = index
        department = DEPARTMENTS[index % len(DEPARTMENTS)]
        topic = rng.choice(TOPICS)
        action = rng.choice(ACTIONS)
        self.folder = department[0]
        self.id = f"{department[0]}_{topic[0]}_{action[0]}_{index:05d}"
        self.name = (f"{topic[1]}{action[1]}（{index}）", f"{topic[2]} {action[2]} ({index})")
        self.department = department[1:]
        self.lang = "zh" if rng.random() < 0.5 else "en"
        self.kind = rng.choice(KINDS)
        self.code = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(31))
        self.start = f"20{rng.randint(20, 23)}-{rng.randint(1, 12):02d}-01"
        self.basis = article(rng)
        # Facts: the service's own, then those of the vocabularies it reads.
        self.bools = rng.sample(BOOLS, rng.randint(4, 8))
        self.numbers = rng.sample(NUMBERS, rng.randint(1, 3))
        self.options = rng.sample(OPTIONS, rng.randint(1, 2))
        self.dates = rng.sample(DATES, rng.randint(0, 1))
        self.texts = rng.sample(TEXTS, rng.randint(0, 1))
        self.uses_business = rng.random() < 0.6
        self.uses_people = True
        self.rng = rng
        self.thresholds = {n[0]: rng.randint(n[6] + 1, max(n[6] + 2, n[7] // 2)) for n in self.numbers}
        self.waiver = rng.random() < 0.8
        self._conditions(rng)
        self._materials(rng)
        self.waiver = self.waiver and any(m["waivable"] for m in self.materials)
        self.time_limits = rng.choice(["full", "full", "full", "immediate", "immediate_when"])

    def _conditions(self, rng):
        # Each: (id, expression, zh reason, en reason, commitment, {fact: passing}, {fact: failing}).
        self.conditions = []
        for fact in [b for b in self.bools if b[5] != 0][:3]:
            positive = fact[5] > 0
            self.conditions.append({
                "id": f"ok_{fact[0]}", "expr": fact[0] if positive else f"{{not}} {fact[0]}",
                "reason": (f"申请人须满足：{fact[1]}为{'是' if positive else '否'}。",
                           f"The applicant must {'' if positive else 'not '}be so: {fact[2]}."),
                "commitment": positive and rng.random() < 0.35,
                "pass": {fact[0]: positive}, "fail": {fact[0]: not positive},
                "from": rng.random() < 0.15,
            })
        number = self.numbers[0]
        threshold = self.thresholds[number[0]]
        self.conditions.append({
            "id": f"enough_{number[0]}", "expr": f"{number[0]} >= {threshold}",
            "reason": (f"{number[2]}不得少于{threshold}{number[1]}。", f"The {number[3]} must be at least {threshold}."),
            "commitment": False, "pass": {number[0]: threshold + 1}, "fail": {number[0]: max(0, threshold - 1)},
            "from": False,
        })
        for option in self.options:
            if option[6]:
                self.conditions.append({
                    "id": f"allowed_{option[0]}", "expr": f"{option[0]} != {option[6]}",
                    "reason": (f"{option[1]}不符合要求。", f"The {option[2]} is not allowed."),
                    "commitment": False, "pass": {option[0]: option[5][0][0]}, "fail": {option[0]: option[6]},
                    "from": False,
                })
        self.conditions.append({
            "id": "not_dishonest", "expr": "credit != dishonest",
            "reason": ("申请人被列入严重失信主体名单，依法限制其行政许可。", "The applicant is on the list of seriously dishonest entities."),
            "commitment": False, "pass": {"credit": "good"}, "fail": {"credit": "dishonest"}, "from": False,
        })
        if self.uses_business:
            self.conditions.append({
                "id": "adult_operator", "expr": "applicant_type != individual {or} age >= 18",
                "reason": ("个体经营者须年满十八周岁。", "An individual operator must be 18 or older."),
                "commitment": False, "pass": {"applicant_type": "company", "age": 40},
                "fail": {"applicant_type": "individual", "age": 16}, "from": False,
            })

    def _materials(self, rng):
        self.materials = []
        conditional = [b for b in self.bools if b[5] == 0]
        pool = rng.sample(MATERIALS[1:], rng.randint(4, 10))
        own = [MATERIALS[0]] + pool
        self.derived = None
        if len(self.numbers) >= 1:
            number = self.numbers[-1]
            self.derived = (f"large_{number[0]}", f"{number[2]}较大", number[0], self.thresholds[number[0]] * 2)
        for position, (mid, zh, en) in enumerate(own):
            material = {"id": mid, "name": (zh, en), "form": rng.choice(["original", "copy", "electronic"]),
                        "copies": rng.choice([None, None, 1, 2, 3]), "when": None, "any": [], "shared": False,
                        "waivable": False, "source": None, "commitment": False, "from": None, "until": None,
                        "basis": article(rng)}
            if position > 0:
                roll = rng.random()
                if roll < 0.3 and conditional:
                    material["when"] = rng.choice(conditional)[0]
                elif roll < 0.4 and self.derived:
                    material["when"] = self.derived[0]
                elif roll < 0.5 and self.texts:
                    material["when"] = f"{{known}}({self.texts[0][0]})"
                material["waivable"] = self.waiver and rng.random() < 0.3
                material["shared"] = not material["waivable"] and rng.random() < 0.15
                material["commitment"] = not material["waivable"] and rng.random() < 0.1
            if rng.random() < 0.4:
                material["source"] = rng.choice(SOURCES)
            self.materials.append(material)
        ids = {m["id"] for m in self.materials}
        if "test_report" in ids and "self_test_report" in ids:
            next(m for m in self.materials if m["id"] == "test_report")["any"] = ["self_test_report"]
        # A reform: the paper form until a date, the electronic one from the next day.
        if rng.random() < 0.3:
            year = rng.choice([2024, 2025])
            self.materials.append({**self.materials[0], "id": "paper_register", "name": ("纸质登记簿", "paper register"),
                                   "form": "original", "copies": None, "when": None, "any": [], "waivable": False,
                                   "commitment": False, "shared": False, "until": f"{year}-06-30", "from": None})
            self.materials.append({**self.materials[0], "id": "e_register", "name": ("电子登记信息", "electronic register"),
                                   "form": "electronic", "copies": None, "when": None, "any": ["paper_register"],
                                   "waivable": False, "commitment": False, "shared": True, "source": "library",
                                   "until": None, "from": f"{year}-07-01"})
        # Materials of the shared vocabularies, required by id.
        self.vocabulary_materials = ["id_card"]
        if self.uses_business:
            self.vocabulary_materials.append("business_license")
            # The vocabulary's material, required with its alternatives written out (the
            # service's requirement does not inherit the vocabulary's any(…)).
            self.materials.append({"id": "premises_proof", "vocabulary": True,
                                   "name": ("经营场所使用证明", "proof of the right to use the premises"),
                                   "form": "copy", "copies": None, "when": None,
                                   "any": ["property_certificate", "lease_contract"], "shared": False, "waivable": False,
                                   "source": None, "commitment": False, "from": None, "until": None, "basis": article(rng)})
            self.vocabulary_materials.append("agent_authorization")

    # ── Rules ──────────────────────────────────────────────────────────────────────

    def rules(self):
        lang = self.lang
        k = lambda word: kw(lang, word)
        x = lambda expression: expression.format(**{w: kw(lang, w) for w in ("not", "or", "and", "known")})
        lines = [f"# {self.name[0]} 办事指南（生成的基准目录，第 {self.index} 项）",
                 f"{k('service')} {self.id} {{",
                 f"  {k('name')} {text(*self.name)}",
                 f'  {k("code")} "{self.code}"',
                 f"  {k('department')} {text(*self.department)}",
                 f"  {k('kind')} {self.kind}",
                 f'  {k("basis")} "{self.basis}"',
                 f"  {k('immediate') if self.time_limits == 'immediate' else k('promised')}",
                 f"  {k('visits')} {self.index % 3}",
                 f"  {k('from')} {self.start}",
                 f"  {k('uses')} people{', business' if self.uses_business else ''}",
                 "", f"  {k('facts')} {{"]
        for fid, zh, en, qzh, qen, _ in self.bools:
            lines += [f"    {fid}: {k('bool')} {text(zh, en)}", f"      {k('ask')} {text(qzh, qen)}"]
        for fid, unit, zh, en, qzh, qen, _, _ in self.numbers:
            lines += [f"    {fid}: {k('number')}({unit}) {text(zh, en)}", f"      {k('ask')} {text(qzh, qen)}"]
        for fid, zh, en, qzh, qen, choices, _ in self.options:
            listed = ", ".join(f"{cid} {text(czh, cen)}" for cid, czh, cen in choices)
            lines += [f"    {fid}: {k('options')}({listed})", f"      {text(zh, en)}", f"      {k('ask')} {text(qzh, qen)}"]
        for fid, zh, en, qzh, qen in self.dates:
            lines += [f"    {fid}: {k('date')} {text(zh, en)}", f"      {k('ask')} {text(qzh, qen)}"]
        for fid, zh, en, qzh, qen in self.texts:
            lines += [f"    {fid}: {k('text')} {text(zh, en)}", f"      {k('ask')} {text(qzh, qen)}"]
        if self.derived:
            did, label, fact, limit = self.derived
            lines += ["", f'    {k("let")} {did} "{label}" = {fact} > {limit} {k("or")} {self.options[0][0]} == {self.options[0][5][-1][0]}']
        lines += ["  }", "", f"  {k('conditions')} {{"]
        for condition in self.conditions:
            lines += [f"    {condition['id']}: {x(condition['expr'])}",
                      f"      {k('otherwise')} {text(*condition['reason'])}",
                      f'      {k("basis")} "{article(self.rng)}"']
            if condition["commitment"]:
                lines.append(f"      {k('commitment')} {text('本单位承诺符合该条件，并对承诺的真实性负责。', 'We undertake that this condition is met.')}")
            if condition["from"]:
                lines.append(f"      {k('from')} 2024-01-01")
        lines += ["  }", "", f"  {k('materials')} {{"]
        for material in self.materials:
            if material.get("vocabulary"):
                lines += [f"    {material['id']}:", f"      {k('any')}({', '.join(material['any'])})",
                          f'      {k("basis")} "{material["basis"]}"']
                continue
            lines.append(f"    {material['id']}: {text(*material['name'])}")
            attributes = [k(material["form"])]
            if material["copies"]:
                attributes.append(f"{k('copies')} {material['copies']}")
            if material["when"]:
                attributes.append(f"{k('when')} {x(material['when'])}")
            if material["any"]:
                attributes.append(f"{k('any')}({', '.join(material['any'])})")
            if material["shared"]:
                attributes.append(k("shared"))
            if material["waivable"]:
                attributes.append(k("waivable"))
            lines.append("      " + " ".join(attributes))
            if material["source"] == "library":
                lines.append(f"      {k('source')} {k('library')}")
            elif material["source"]:
                lines.append(f"      {k('source')} {text(*material['source'])}")
            lines.append(f'      {k("basis")} "{material["basis"]}"')
            if material["commitment"]:
                lines.append(f"      {k('commitment')} {text('本单位承诺该材料真实有效，事后补交核查。', 'We undertake that this document exists and will show it on inspection.')}")
            if material["from"]:
                lines.append(f"      {k('from')} {material['from']}")
            if material["until"]:
                lines.append(f"      {k('until')} {material['until']}")
        for mid in self.vocabulary_materials:
            lines.append(f"    {mid}:" + (f" {k('when')} by_agent" if mid == "agent_authorization" else ""))
            lines.append(f'      {k("basis")} "{article(self.rng)}"')
        lines.append("  }")
        if self.waiver:
            lines += ["", f"  {k('waiver')} {{", f"    {k('at most')} 2", f"    {k('only if')} credit == good",
                      f"    {k('letter')} {text('本人承诺所容缺材料在受理后5个工作日内补齐，逾期视为撤回申请。', 'I undertake to supply the waived materials within 5 working days.')}",
                      f'    {k("basis")} "《国务院办公厅关于加快推进政务服务标准化规范化便利化的指导意见》（国办发〔2022〕5号）"', "  }"]
        lines += ["", f"  {k('time limits')} {{"]
        if self.time_limits == "immediate":
            lines.append(f"    {k('immediate limit')}")
        else:
            days = 5 + self.index % 16
            unit = "个工作日" if lang == "zh" else "working days"
            lines += [f"    {k('statutory')} {days} {unit}", f'      {k("basis")} "{article(self.rng)}"',
                      f"    {k('promised limit')} {max(1, days // 2)} {unit}"]
            if self.time_limits == "immediate_when":
                lines.append(f"    {k('immediate limit')} {k('when')} {x('{not} ' + self.bools[0][0])}")
            else:
                lines.append(f"    {k('warning')} {k('before')} 1 {unit}")
                if self.waiver:
                    lines.append(f"    {k('supplement')} {min(5, max(1, days // 2))} {unit}")
                lines += [f"    {k('not counted')} {{", f"      hearing {text('听证', 'hearing')} {k('at_most')} 20 {'日' if lang == 'zh' else 'days'}", "    }"]
        lines += ["  }", "}", ""]
        return "\n".join(lines)

    # ── Applications ───────────────────────────────────────────────────────────────

    def application(self, rng, number, aim):
        """An application aimed at `aim` (the outcome it will most likely get)."""
        facts = {}
        for fid, *_, polarity in self.bools:
            facts[fid] = polarity > 0 if polarity else rng.random() < 0.5
        for fid, _, _, _, _, _, low, high in self.numbers:
            facts[fid] = rng.randint(low, high)
        for fid, _, _, _, _, choices, forbidden in self.options:
            facts[fid] = rng.choice([c[0] for c in choices if c[0] != forbidden])
        for fid, *_ in self.dates:
            facts[fid] = f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        for fid, *_ in self.texts:
            if rng.random() < 0.6:
                facts[fid] = f"项目{number}"
        facts.update(age=rng.randint(20, 70), residence=rng.choice(["local", "non_local"]), credit="good")
        if self.uses_business:
            facts.update(applicant_type=rng.choice(["individual", "company"]), has_license=True,
                         by_agent=rng.random() < 0.2)
        for condition in self.conditions:
            facts.update(condition["pass"])
        materials = [m["id"] for m in self.materials if not m["any"]]
        materials.append("id_card")
        shared = []
        commitments = []
        if self.uses_business:
            materials += ["agent_authorization", "property_certificate" if rng.random() < 0.5 else "lease_contract"]
            shared.append("business_license")
        if aim == "rejected":
            condition = rng.choice(self.conditions)
            facts.update(condition["fail"])
        elif aim == "needs_information":
            condition = rng.choice(self.conditions)
            for fact in condition["pass"]:
                facts.pop(fact, None)
        elif aim == "commitment":
            committed = [c for c in self.conditions if c["commitment"]]
            committed += [m for m in self.materials if m["commitment"]]
            for item in committed:
                commitments.append(item["id"])
                for fact in item.get("pass", {}):
                    facts.pop(fact, None)
                if item["id"] in materials:
                    materials.remove(item["id"])
        elif aim in ("needs_correction", "waiver"):
            waivable = [m["id"] for m in self.materials if m["waivable"]]
            plain = [m["id"] for m in self.materials if not m["waivable"] and not m["when"] and m["id"] in materials]
            if aim == "waiver" and waivable:
                for mid in rng.sample(waivable, min(len(waivable), rng.randint(1, 2))):
                    if mid in materials:
                        materials.remove(mid)
            elif plain:
                materials.remove(rng.choice(plain))
        rng.shuffle(materials)
        application = {"id": f"cat-{number:07d}", "service": self.id,
                       "date": f"{rng.choice([2024, 2025, 2026])}-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
                       "facts": facts, "materials": materials, "shared": shared}
        if commitments:
            application["commitments"] = commitments
        return application


AIMS = ["accepted", "accepted", "waiver", "commitment", "needs_correction", "needs_information", "rejected"]


def catalogue(count, seed):
    rng = random.Random(seed)
    return [Service(index, random.Random(rng.getrandbits(64))) for index in range(count)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--services", type=int, required=True, help="how many services")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="the folder to write the rules into (replaced)")
    parser.add_argument("--applications", type=int, default=0, help="how many applications for --batch")
    parser.add_argument("--batch", help="the JSON Lines file to write the applications into")
    arguments = parser.parse_args()
    services = catalogue(arguments.services, arguments.seed)
    if os.path.isdir(arguments.out):
        shutil.rmtree(arguments.out)
    for folder in ("calendar", "common"):
        shutil.copytree(os.path.join(ROOT, "rules", folder), os.path.join(arguments.out, folder))
    for service in services:
        folder = os.path.join(arguments.out, "services", service.folder)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{service.id}.yici"), "w", encoding="utf-8") as file:
            file.write(service.rules())
    if arguments.batch:
        rng = random.Random(arguments.seed * 7919 + 1)
        with open(arguments.batch, "w", encoding="utf-8") as file:
            for number in range(arguments.applications):
                service = services[rng.randrange(len(services))]
                application = service.application(rng, number, AIMS[number % len(AIMS)])
                file.write(json.dumps(application, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
