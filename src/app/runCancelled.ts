/**
 * Thrown by run() when its AbortSignal fires: the user pressed 取消, nothing was written.
 * A typed error (not a data Issue) because the UI must tell it apart from a failure.
 */
export class RunCancelled extends Error {
  constructor() {
    super('The run was cancelled before anything was written.');
    this.name = 'RunCancelled';
  }
}
