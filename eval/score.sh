#!/usr/bin/env bash
# Score the detectors on the dev gold and on our own labels, side by side (per-variable accuracy and macro-F1).
# usage: eval/score.sh PDF_ROOT [SET ...]     SETs: dev tuning tuning2 tuning3 tuning4 heldout heldout2 (default: dev tuning)
#   PDF_ROOT holds tuning/ and heldout/ folders written by eval/extract-pdfs.sh; dev reads ../shared/corpus/pdf.
# The held-out set is scored at most once per session and never used to choose a change (eval/README.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 PDF_ROOT [dev|tuning|heldout ...]" >&2; exit 2; }
pdfs=$1; shift; sets=("${@:-dev tuning}"); [ $# -eq 0 ] && sets=(dev tuning)
cli=(dotnet "$root/src/RuleEngine.Cli/bin/Release/net10.0/ruleengine.dll")
[ -f "${cli[1]}" ] || dotnet build "$root/src/RuleEngine.Cli" -c Release -v q >/dev/null
out=$(mktemp -d); jsons=()
for s in "${sets[@]}"; do
  case $s in
    dev) gold=$root/../shared/corpus/labels/dev.tsv; dir=$root/../shared/corpus/pdf ;;
    tuning|tuning2|tuning3|tuning4|heldout|heldout2) gold=$here/labels/$s.tsv; dir=$pdfs/$s ;;
    *) echo "unknown set: $s" >&2; exit 2 ;;
  esac
  "${cli[@]}" eval --gold "$gold" "$dir" --json "$out/$s.json" --no-misses > /dev/null 2>&1 || true
  jsons+=("$s=$out/$s.json")
done
python3 "$here/score-table.py" "${jsons[@]}"
