#!/usr/bin/env python3
"""A batch of bundle (一件事) applications for benchmarks, made from examples/bundles.

    python3 Benchmarks/bundles/generate.py --n 10000 --seed 1 --out /tmp/bundles_10k.jsonl
    yici eval rules --batch /tmp/bundles_10k.jsonl > /tmp/bundle_decisions.jsonl

Each line is one of the example applications of `examples/bundles/applications/` (every
bundle, every outcome there), with its own id and, in turn, a variation that moves it to
another outcome: a material taken off the counter (needs correction or a waiver), a fact
left out (needs information), a fact that fails a condition (rejected), the optional member
selected or not. `--members DECISIONS` (the bundle batch's decisions) writes as well, to
`OUT.members`, one line per member each bundle line selected, with the same facts and
materials: the members decided alone, so the two batches can be compared. Deterministic from `--seed`; no dependency beyond Python 3.
"""

import argparse
import json
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
APPLICATIONS = os.path.join(ROOT, "examples", "bundles", "applications")

# Facts that, given a value, reject the application (the member's condition fails).
REJECTING = {
    "open_restaurant": ("revoked_within_5y", True),
    "newborn": ("issued_before", True),
    "close_enterprise": ("under_inspection", True),
}


def load():
    examples = []
    for name in sorted(os.listdir(APPLICATIONS)):
        if name.endswith(".json"):
            with open(os.path.join(APPLICATIONS, name), encoding="utf-8") as handle:
                examples.append(json.load(handle))
    return examples


def vary(application, rng, kind):
    """A copy of the application moved by one variation (kind 0: none)."""
    copy = json.loads(json.dumps(application))
    facts = copy.setdefault("facts", {})
    materials = copy.setdefault("materials", [])
    if kind == 1 and materials:
        materials.pop(rng.randrange(len(materials)))
    elif kind == 2 and facts:
        facts.pop(rng.choice(sorted(facts)))
    elif kind == 3:
        fact, value = REJECTING.get(copy["bundle"], (None, None))
        if fact in facts:
            facts[fact] = value
    elif kind == 4 and "sells_tobacco" in facts:
        facts["sells_tobacco"] = not facts["sells_tobacco"]
    return copy


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    parser.add_argument("--members", help="the bundle batch's decisions: also write OUT.members")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    examples = load()
    lines = []
    for line in range(args.n):
        application = vary(rng.choice(examples), rng, rng.choice([0, 0, 1, 2, 3, 4]))
        application["id"] = f"b{line + 1}"
        lines.append(application)
    with open(args.out, "w", encoding="utf-8") as out:
        for application in lines:
            out.write(json.dumps(application, ensure_ascii=False, separators=(",", ":")) + "\n")
    if not args.members:
        return
    with open(args.members, encoding="utf-8") as decisions, open(args.out + ".members", "w", encoding="utf-8") as out:
        for application, decision in zip(lines, decisions):
            for member in json.loads(decision).get("members", []):
                if member.get("selected") is True:
                    alone = dict(application)
                    del alone["bundle"]
                    alone["service"] = member["service"]
                    out.write(json.dumps(alone, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
