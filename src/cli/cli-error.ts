/** Exit code for a command that ran but failed (missing file, no article). */
export const EXIT_FAILURE = 1;
/** Exit code for a command line we do not understand. */
export const EXIT_USAGE = 2;

/** An error meant for the terminal: its message is shown as is, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
