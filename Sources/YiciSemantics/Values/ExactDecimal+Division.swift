extension ExactDecimal {
  /// The quotient when it is an exact decimal that fits (`10000 / 0.01`); nil otherwise, or
  /// for a zero divisor.
  public func exactlyDivided(by divisor: ExactDecimal) -> ExactDecimal? {
    guard let (quotient, exact) = divided(by: divisor), exact else { return nil }
    return quotient
  }

  /// The quotient, rounded half to even at the last place an `ExactDecimal` holds (18
  /// decimals, or fewer when the whole part needs the digits): `2 / 3` is
  /// 0.666666666666666667. Nil for a zero divisor or a quotient too large.
  public func dividing(by divisor: ExactDecimal) -> ExactDecimal? {
    divided(by: divisor)?.quotient
  }

  /// The quotient rounded half to even, and whether it is exact.
  private func divided(by divisor: ExactDecimal) -> (quotient: ExactDecimal, exact: Bool)? {
    guard divisor.significand != 0 else { return nil }
    // self / divisor = (a / b) × 10^(divisor.scale - scale), with a and b the significands.
    let negative = (significand < 0) != (divisor.significand < 0)
    let a = Int128(significand).magnitude
    let b = Int128(divisor.significand).magnitude
    let shift = Int(divisor.scale) - Int(scale)
    // Find the largest result scale (≤ 18) whose rounded quotient fits in 64 bits.
    var best: (UInt128, Int, Bool)? = nil
    for resultScale in 0...18 {
      // quotient × 10^-resultScale ≈ (a / b) × 10^shift → numerator a × 10^(shift + resultScale).
      let exponent = shift + resultScale
      var numerator = a
      var denominator = b
      if exponent >= 0 {
        guard exponent <= 38 else { break }
        let (product, overflow) = numerator.multipliedReportingOverflow(by: UInt128(Self.powers[exponent]))
        guard !overflow else { break }
        numerator = product
      } else {
        guard -exponent <= 38 else { continue }
        let (product, overflow) = denominator.multipliedReportingOverflow(by: UInt128(Self.powers[-exponent]))
        guard !overflow else { continue }
        denominator = product
      }
      var quotient = numerator / denominator
      let remainder = numerator % denominator
      let twice = remainder * 2
      if twice > denominator || (twice == denominator && quotient % 2 == 1) { quotient += 1 }
      guard quotient <= UInt128(Int64.max) else { break }
      best = (quotient, resultScale, remainder == 0)
      if remainder == 0 { break }
    }
    guard let (quotient, resultScale, exact) = best else { return nil }
    let value = Int64(quotient)
    return (ExactDecimal(significand: negative ? -value : value, scale: UInt8(resultScale)), exact)
  }
}
