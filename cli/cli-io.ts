/** Where the CLI writes; a test passes its own. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** An example value for an option that needs one, for the message when it is missing. */
const OPTION_EXAMPLES: Record<string, string> = {
  o: 'BESTAND',
  output: 'BESTAND',
  voor: 'ouders',
  format: 'md',
  huisstijl: 'HUISSTIJL.docx',
  pseudoniem: '"kind A"',
  sjabloon: 'SJABLOON',
  map: 'MAP',
};

/**
 * A wrong option in Dutch: node's parseArgs speaks English ("Unknown option
 * '--x'. To specify a positional argument …"), which the people who use
 * this do not. The option itself is taken from its message.
 */
export function dutchArgumentError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const named = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = named.replace(/ <value>$/, '').split(', ').at(-1) ?? named;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Onbekende optie "${option}".`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const example = OPTION_EXAMPLES[option.replace(/^-+/, '')];
      return `Bij "${option}" hoort een waarde${example ? `, bijvoorbeeld ${option} ${example}` : ''}.`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Onverwacht argument "${option}".`;
    default:
      return 'De opdracht is niet goed gegeven.';
  }
}
