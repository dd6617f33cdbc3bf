/** Base class of every error the library throws on purpose, so callers can tell ours from a bug. */
export class GradkitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
