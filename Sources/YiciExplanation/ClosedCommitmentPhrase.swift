/// What the explanation, the notice and a scenario guide say under a material whose 告知承诺
/// this applicant may not use (its `only if` is false): one wording for all three.
package enum ClosedCommitmentPhrase {
  package static func text(english: Bool) -> String {
    english
      ? "The commitment in lieu of it is not open to you: bring it"
      : "本材料的告知承诺不适用于您的情况，须提交本材料"
  }
}
