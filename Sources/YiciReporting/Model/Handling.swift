/// How a service item is handled: on the spot (即办件) or within a promised time (承诺件).
public enum Handling: String, Sendable, Hashable {
  /// 即办件: every application is handled on the spot.
  case immediate
  /// 承诺件: handled within the promised (or statutory) limit.
  case promised
  /// 承诺件 that is 即办 for some applications (`immediate when …`).
  case conditional
}
