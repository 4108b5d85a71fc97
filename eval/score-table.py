#!/usr/bin/env python3
"""Print per-variable accuracy and macro-F1 of several `ruleengine eval --json` files side by side (Markdown).
usage: score-table.py NAME=FILE.json [NAME=FILE.json ...]"""
import json, sys
sets = [(a.split("=", 1)[0], json.load(open(a.split("=", 1)[1]))) for a in sys.argv[1:]]
variables = [s["variable"] for s in sets[0][1]["scores"]]
print("| Variable | " + " | ".join(f"{n} acc | {n} F1" for n, _ in sets) + " |")
print("|---|" + "---:|---:|" * len(sets))
for v in variables:
    cells = []
    for _, d in sets:
        s = next((x for x in d["scores"] if x["variable"] == v), None)
        cells += [f"{s['accuracy']:.3f}", f"{s['macroF1']:.3f}"] if s else ["", ""]
    print(f"| {v} | " + " | ".join(cells) + " |")
print("| **mean** | " + " | ".join(f"**{d['meanAccuracy']:.3f}** | **{d['meanMacroF1']:.3f}**" for _, d in sets) + " |")
print("| papers | " + " | ".join(f"{d['papers']} | " for _, d in sets) + " |")
for n, d in sets:
    cal = d.get("calibration") or []
    hi = [c for c in cal if c["from"] >= 0.9]
    if hi:
        right = sum(c["correct"] for c in hi); total = sum(c["count"] for c in hi)
        if total: print(f"\n{n}: verdicts with confidence >= 0.9 right {right}/{total} ({right/total:.1%})")
