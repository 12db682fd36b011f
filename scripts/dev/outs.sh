#!/bin/bash
# Developer tool: every finding on the corpora, one line each (dir/file:line:col rule message), for
# diffing before and after a change:  scripts/dev/outs.sh /tmp/before.txt; ...; diff /tmp/before.txt /tmp/after.txt
# The untouched dev half (even numbers) is scored only: filter it out of a diff before reading it,
#   diff a b | grep -vE '^[<>] dev/(0[2468]|1[02468]|2[024])-'
cd "$(dirname "$0")/../.."
out=${1:?usage: outs.sh OUTFILE}
: > "$out"
for d in ../shared/corpus/seeds ../shared/corpus/dev test/corpus test/corpus-blind5/tune test/corpus-authoritative; do
  node dist/cli.js -f json --workers 1 "$d" 2>/dev/null | node -e '
    const d = process.argv[1].split("/").pop();
    const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
    for (const f of r) for (const m of f.messages) console.log(`${d}/${f.filePath.split("/").pop()}:${m.line}:${m.column} ${m.ruleId} ${m.message.slice(0, 90)}`);
  ' "$d" >> "$out"
done
wc -l < "$out"
