#!/bin/bash
# Developer tool: every claim table's totals (blind tables by half).
cd "$(dirname "$0")/../.."
t() { node scripts/dev/run.cjs scripts/dev/tables.ts "$@" | tail -1; }
echo "paraphrases  $(t test/claims/paraphrases.yaml)"
echo "heldout      $(t test/claims/paraphrases-heldout.yaml)"
for b in 3 4 6 7 8 9 10; do
  echo "blind$b a     $(t test/claims/paraphrases-blind$b.yaml --half=a)"
  echo "blind$b b     $(t test/claims/paraphrases-blind$b.yaml --half=b)"
done
