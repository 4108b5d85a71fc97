#!/usr/bin/env python3
"""Turn label JSON Lines (the shape of dev-evidence.jsonl) into the dev.tsv shape `ruleengine eval --gold` reads.
usage: labels-to-tsv.py IN.jsonl [IN2.jsonl ...] > OUT.tsv"""
import json, sys
KEYS = ["ResearchType", "ResearcherAffiliation", "Pseudocode", "OpenSourceCode", "OpenDatasets",
        "DatasetSplits", "HardwareSpecification", "SoftwareDependencies", "ExperimentSetup"]
print("\t".join(["id"] + KEYS))
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            print("\t".join([row["id"]] + [row["labels"][k]["verdict"] for k in KEYS]))
