import { createInterface } from 'node:readline';

/**
 * A secret from the operator, never from the command line (arguments end up in shell history
 * and in every user's view of the process list): with `fromStdin`, the first line of standard
 * input (`printf %s "$PW" | pnpm smula …`); otherwise typed at a terminal prompt that does not
 * echo, asked twice.
 */
export async function readSecret(options: {
  prompt: string;
  fromStdin: boolean;
  confirm?: boolean;
}): Promise<string> {
  if (options.fromStdin) return firstLine();
  if (!process.stdin.isTTY)
    throw new Error(
      'No terminal to ask for the password on: pipe it in with --password-stdin instead.',
    );
  const first = await promptHidden(options.prompt);
  if (options.confirm) {
    const again = await promptHidden('Again, to confirm: ');
    if (again !== first) throw new Error('The two passwords differ.');
  }
  return first;
}

async function firstLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

/** Reads one line in raw mode, echoing nothing; Ctrl-C aborts. */
function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('Cancelled.'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.on('data', onData);
  });
}
