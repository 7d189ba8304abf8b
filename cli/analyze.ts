import { analyzeDocument } from '../utils/analysis/analyze';
import { formatReport } from './format-report';
import { loadDocument } from './load-document';

const USAGE = `usage: npm run --silent analyze -- [--json] [--url URL] FILE...
  FILE     a saved HTML page, "-" for stdin, or an http(s) URL to fetch
  --json   one JSON report per input, one per line, in input order
  --url    the page's address (relative links resolve against it); default: the file's own URL`;

/** Generous enough for any real page; the content script keeps its own, much tighter, budget. */
const CLI_BUDGET_MS = 120_000;

interface Args {
  json: boolean;
  url: string | undefined;
  inputs: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, url: undefined, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') args.json = true;
    else if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!value) throw new UsageError('--url needs a value');
      try {
        new URL(value);
      } catch {
        throw new UsageError(`--url is not a valid URL: ${value}`);
      }
      args.url = value;
    } else if (arg === '-h' || arg === '--help') throw new UsageError(USAGE);
    else if (arg === '--') {
      args.inputs.push(...argv.slice(i + 1).filter(Boolean));
      break;
    }
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option: ${arg}`);
    else args.inputs.push(arg);
  }
  if (args.inputs.length === 0) throw new UsageError('no input given');
  return args;
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(message === USAGE ? `${USAGE}\n` : `analyze: ${message}\n${USAGE.split('\n')[0]}\n`);
    return 2;
  }
  let failed = false;
  for (const input of args.inputs) {
    try {
      const { document, url } = await loadDocument(input, args.url);
      // An audit tool answers the same on a slow machine as on a fast one: no time budget here.
      const report = analyzeDocument(document, url, { budgetMs: CLI_BUDGET_MS });
      process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : `${formatReport(input, report)}\n\n`);
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`analyze: ${input}: ${message.split('\n')[0]}\n`);
    }
  }
  return failed ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`analyze: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
