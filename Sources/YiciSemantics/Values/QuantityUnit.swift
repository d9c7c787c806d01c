/// The unit of a number (`number(m2)`, `数值(平方米)`) as Yici understands it: its dimension
/// and its size in the dimension's base unit. Synonyms are one unit (平方米 = m2 = ㎡), and
/// units of one dimension convert exactly (1 万元 = 10000 元, 1 年 = 12 个月) where a comparison
/// or a sum mixes them; quantities of different dimensions are never compared (E0203).
public struct QuantityUnit: Sendable, Hashable {
  /// The dimension (`area`, `money`, …; a unit Yici does not know is a dimension of its own,
  /// named after it; a quotient of two units is `a/b`).
  public let dimension: String
  /// How many of the dimension's base unit one of it is (1 for 元, 10000 for 万元).
  public let size: ExactDecimal
  /// The unit's first spelling in the table (`m2` for 平方米), or the unit as written.
  public let name: String

  /// The unit a spelling names. A quotient `a/b` (`m2/人`, `平方米/人`) is a unit of the
  /// dimension `a/b`, of the sizes' quotient when it is exact.
  public init(_ spelling: String) {
    let parts = spelling.split(separator: "/", maxSplits: 1).map { String($0).trimmed }
    if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
      let (top, bottom) = (QuantityUnit(parts[0]), QuantityUnit(parts[1]))
      self.init(quotientOf: top, by: bottom)
      return
    }
    let key = spelling.trimmed
    if let entry = Self.table[key] {
      self = entry
    } else {
      self.init(dimension: "unit " + key, size: ExactDecimal(1), name: key)
    }
  }

  init(dimension: String, size: ExactDecimal, name: String) {
    self.dimension = dimension
    self.size = size
    self.name = name
  }

  /// `top/bottom`: a unit of the dimension `top/bottom`, sized by the quotient when it is
  /// exact (else 1: such units convert only to themselves).
  init(quotientOf top: QuantityUnit, by bottom: QuantityUnit) {
    self.init(
      dimension: "\(top.dimension)/\(bottom.dimension)",
      size: top.size.exactlyDivided(by: bottom.size) ?? ExactDecimal(1),
      name: "\(top.name)/\(bottom.name)")
  }

  /// How many of `other` one of this is, when they measure one dimension: 10000 for 万元 in
  /// 元; nil for different dimensions.
  public func ratio(to other: QuantityUnit) -> ExactDecimal? {
    guard dimension == other.dimension else { return nil }
    return size.exactlyDivided(by: other.size)
  }

  /// What the dimension is called in a diagnostic.
  public var dimensionName: String {
    dimension.hasPrefix("unit ") ? "'\(name)'" : dimension
  }

  /// The units Yici knows: dimension, size in the base unit (the first line of each), and
  /// the spellings (the first is the unit's name).
  static let units: [(dimension: String, size: String, spellings: [String])] = [
    ("area", "1", ["m2", "平方米", "㎡", "m²", "平米", "sqm"]),
    ("area", "0.0001", ["cm2", "平方厘米", "cm²"]),
    ("area", "10000", ["ha", "公顷", "hm2"]),
    ("area", "1000000", ["km2", "平方公里", "平方千米", "km²"]),
    ("length", "1", ["m", "米", "metre", "meter"]),
    ("length", "0.001", ["mm", "毫米"]),
    ("length", "0.01", ["cm", "厘米"]),
    ("length", "1000", ["km", "公里", "千米"]),
    ("volume", "1", ["m3", "立方米", "m³"]),
    ("volume", "0.001", ["L", "升", "l"]),
    ("mass", "1", ["kg", "公斤", "千克"]),
    ("mass", "0.001", ["g", "克"]),
    ("mass", "1000", ["t", "吨"]),
    ("money", "1", ["yuan", "元", "CNY", "RMB", "人民币元"]),
    ("money", "1000", ["千元"]),
    ("money", "10000", ["万元"]),
    ("money", "100000000", ["亿元"]),
    ("months", "1", ["months", "个月", "月", "month"]),
    ("months", "12", ["years", "年", "周岁", "岁", "year"]),
    ("days", "1", ["days", "日", "天", "day"]),
    ("people", "1", ["people", "人", "名", "位", "person", "persons"]),
  ]

  static let table: [String: QuantityUnit] = {
    var table: [String: QuantityUnit] = [:]
    for unit in units {
      let size = ExactDecimal(unit.size)!
      for spelling in unit.spellings {
        table[spelling] = QuantityUnit(dimension: unit.dimension, size: size, name: unit.spellings[0])
      }
    }
    return table
  }()
}

extension String {
  fileprivate var trimmed: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
