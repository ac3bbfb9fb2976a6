/**
 * The core's only logger. It takes an event name and a small record of codes and counts; it refuses
 * free text so case data cannot reach a log by accident. Hosts decide where lines go (stderr by default).
 */
type Field = string | number | boolean | null;
type Sink = (line: string) => void;

let sink: Sink = (line) => process.stderr.write(line + '\n');
let quiet = process.env.HAVEN_LOG === 'silent';

export function setLogSink(next: Sink | null): void {
  quiet = next === null;
  if (next) sink = next;
}

const SAFE = /^[A-Za-z0-9_.:-]{0,64}$/;

export function logEvent(event: string, fields: Record<string, Field> = {}): void {
  if (quiet) return;
  const safe: Record<string, Field> = {};
  for (const [k, v] of Object.entries(fields)) {
    // Strings are kept only when they look like codes or identifiers; anything else is dropped.
    safe[k] = typeof v === 'string' && !SAFE.test(v) ? '[redacted]' : v;
  }
  sink(JSON.stringify({ at: new Date().toISOString(), event, ...safe }));
}
