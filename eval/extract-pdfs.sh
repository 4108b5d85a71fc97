#!/usr/bin/env bash
# Write the PDFs of eval/heldout*.tsv and eval/tuning*.tsv as OUT/<id>.pdf from local git mirrors of the
# public PMLR proceedings repositories mlresearch/vNNN (fetch them first; the PDFs never enter this repo).
# usage: eval/extract-pdfs.sh OUT_DIR MIRROR_ROOT    (MIRROR_ROOT holds mlresearch+vNNN/repo git dirs)
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 OUT_DIR MIRROR_ROOT" >&2; exit 2; }
out=$1; root=$2; here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"; n=0; missing=0
for list in "$here"/heldout*.tsv "$here"/tuning*.tsv; do
  while IFS=$'\t' read -r id vol path; do
    [ "$id" = id ] && continue
    if git -C "$root/mlresearch+$vol/repo" show "HEAD:$path" > "$out/$id.pdf" 2>/dev/null && [ -s "$out/$id.pdf" ]; then
      n=$((n + 1))
    else
      rm -f "$out/$id.pdf"; missing=$((missing + 1)); echo "missing: $id ($vol $path)" >&2
    fi
  done < "$list"
done
echo "$n PDFs written to $out ($missing missing)"
