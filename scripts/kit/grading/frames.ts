import { readSync, writeSync } from "node:fs";

/**
 * Length-prefixed frames, the one wire format of a grading run. A frame is a 4-byte big-endian length, then
 * that many bytes. Between the grader and the supervisor each payload starts with a 4-byte channel number
 * (0: control, n: the student process n); between the supervisor and a student process it is JSON alone.
 * Lengths are checked against a cap before anything is read or allocated, so a hostile peer cannot make a
 * reader allocate gigabytes.
 */

/** The largest frame anyone sends: a reply of the student's code is cut off (the run fails) above it. */
export const MAX_FRAME_BYTES = 8 * 1024 * 1024;

/** A frame's header: its length. */
export function header(length: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(length, 0);
  return bytes;
}

/** Sleeps the calling thread (a worker's synchronous wait for a pipe that is not ready). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Writes all of `bytes` to `fd`, waiting out EAGAIN (a pipe may be non-blocking and full). */
export function writeAllSync(fd: number, bytes: Buffer): void {
  for (let offset = 0; offset < bytes.length; ) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      pause(1);
    }
  }
}

/** Reads exactly `length` bytes from `fd`, or undefined at end of file. Waits out EAGAIN. */
function readExactlySync(fd: number, length: number): Buffer | undefined {
  const bytes = Buffer.alloc(length);
  let spins = 0;
  for (let offset = 0; offset < length; ) {
    let got: number;
    try {
      got = readSync(fd, bytes, offset, length - offset, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      // A non-blocking pipe with nothing in it yet: spin briefly (replies usually come within microseconds), then sleep.
      spins += 1;
      if (spins > 200) pause(spins > 2000 ? 5 : 0.2);
      continue;
    }
    if (got === 0) return undefined;
    offset += got;
  }
  return bytes;
}

/** Reads one frame from `fd` (synchronously); undefined at end of file; throws on a frame over the cap. */
export function readFrameSync(fd: number, limit = MAX_FRAME_BYTES): Buffer | undefined {
  const head = readExactlySync(fd, 4);
  if (head === undefined) return undefined;
  const length = head.readUInt32BE(0);
  if (length > limit) throw new Error(`frame of ${length} bytes is over the limit of ${limit}`);
  const body = readExactlySync(fd, length);
  if (body === undefined) throw new Error("the stream ended inside a frame");
  return body;
}

/** Writes one frame to `fd` (synchronously). */
export function writeFrameSync(fd: number, payload: Buffer): void {
  writeAllSync(fd, Buffer.concat([header(payload.length), payload]));
}

/**
 * Splits a byte stream into frames as chunks arrive (the supervisor's side, asynchronous). `onFrame` gets each
 * payload; `onError` is called once if a frame is over the cap, and nothing more is delivered after it.
 */
export class FrameSplitter {
  private pending: Buffer = Buffer.alloc(0);
  private broken = false;

  constructor(
    private readonly onFrame: (payload: Buffer) => void,
    private readonly onError: (message: string) => void,
    private readonly limit = MAX_FRAME_BYTES,
  ) {}

  push(chunk: Buffer): void {
    if (this.broken) return;
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (this.pending.length >= 4) {
      const length = this.pending.readUInt32BE(0);
      if (length > this.limit) {
        this.broken = true;
        this.pending = Buffer.alloc(0);
        this.onError(`a frame of ${length} bytes, over the limit of ${this.limit}`);
        return;
      }
      if (this.pending.length < 4 + length) return;
      const payload = this.pending.subarray(4, 4 + length);
      this.pending = this.pending.subarray(4 + length);
      this.onFrame(payload);
    }
  }
}
