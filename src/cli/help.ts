// fairbalance --help.

import { FIX_KINDS, SMALL_RUN } from './args.js';
import { FORMATS } from './formatters/index.js';

export const HELP = `Usage: fairbalance [options] <files, folders or globs...>

Lints patient-facing therapy articles (.md, .markdown, .txt) for unsupported medical claims,
garbled medical terms and missing safety caveats.

Input:
  <paths>                    files, folders (their .md, .markdown and .txt files) or globs;
                             "!glob" excludes; node_modules, dot-folders and symlinked
                             folders inside are skipped; a path that gives no file is an error
  --stdin                    lint standard input instead of files
  --stdin-filename <name>    the name standard input stands for (format and config from it)
  --ignore-path <file>       ignore file to use (default: ./.fairbalanceignore, gitignore syntax)
  --no-ignore                use no ignore file
  --max-file-size <bytes>    larger files are not linted: an error on each (default:
                             maxFileSize, 2 MB; --rule fairbalance-unread:warn lowers it)

Settings:
  -c, --config <file>        use this config file instead of searching for one
  --rule <id:severity>       set a rule to off, warn or error (repeatable)
  --print-config <file>      print the settings <file> would be linted with, as JSON
  --init                     write a commented .fairbalancerc.yaml here

Output:
  -f, --format <name>        ${FORMATS.join(', ')} (default: stylish)
  -o, --output-file <file>   write the report to a file instead of standard output
  -q, --quiet                report errors only
  --max-warnings <n>         exit 1 when there are more than n warnings

Fixing:
  --fix                      apply fixes to the files
  --fix-dry-run              print the changes --fix would make, as a unified diff (with
                             --format json: the fixed text as each file's "output")
  --fix-type <kinds>         which fixes: ${FIX_KINDS.join(', ')} (default: safe; spelling
                             corrections and citation markers). claim = hedged rewrites,
                             caveat = inserted safety sections; review those before committing

Running:
  --workers <n>              lint on n threads, at most one per core (default: one per
                             core; 1 under ${SMALL_RUN} files)
  --debug                    show stack traces for internal errors
  -h, --help                 show this help
  -v, --version              print the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 error-level findings or too many
warnings (a file not read or not finished in time is an error finding), 2 usage, config or I/O
error.

Examples:
  fairbalance articles/
  fairbalance "content/**/*.md" "!content/drafts/**"
  fairbalance articles/ --format sarif --output-file fairbalance.sarif
  fairbalance articles/ --format github --max-warnings 0
  fairbalance site/ --format summary > audit.md
  fairbalance articles/ --fix-dry-run --fix-type safe,claim
  cat post.md | fairbalance --stdin --stdin-filename blog/post.md --format json
  fairbalance --print-config articles/ketamine.md
`;
