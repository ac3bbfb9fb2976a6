/**
 * Pure helpers for sending a file to the core in pieces. The core accepts chunks of at most 1 MiB of data
 * (as base64); 512 KiB keeps each IPC message small and the progress bar moving.
 */
export const CHUNK_SIZE = 512 * 1024;
/** The core refuses anything larger (documents.beginUpload). */
export const MAX_DOCUMENT_SIZE = 50 * 1024 * 1024;
export const MAX_FILENAME = 200;

export interface ChunkRange {
  index: number;
  start: number;
  end: number;
}

export function chunkCount(size: number, chunk = CHUNK_SIZE): number {
  return size <= 0 ? 0 : Math.ceil(size / chunk);
}

/** The byte ranges [start, end) of each chunk, in the order the core expects them. */
export function chunkRanges(size: number, chunk = CHUNK_SIZE): ChunkRange[] {
  const out: ChunkRange[] = [];
  for (let i = 0; i < chunkCount(size, chunk); i++) out.push({ index: i, start: i * chunk, end: Math.min(size, (i + 1) * chunk) });
  return out;
}

/** Length of the base64 text for n bytes (with padding). */
export function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/** Base64 of raw bytes, built in blocks so a 512 KiB chunk never overflows the argument limit. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const BLOCK = 0x8000;
  for (let i = 0; i < bytes.length; i += BLOCK) binary += String.fromCharCode(...bytes.subarray(i, i + BLOCK));
  return btoa(binary);
}

export function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The file's type if the core will accept it, else the generic binary type. */
export function safeMime(type: string): string {
  const t = type.trim().toLowerCase();
  return /^[\w.+-]+\/[\w.+-]+$/.test(t) && t.length <= 100 ? t : 'application/octet-stream';
}

/** Trims a name to the core's limit, keeping its extension so the copy still opens with the right program. */
export function safeFilename(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '').trim() || 'document';
  if (clean.length <= MAX_FILENAME) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 12 ? clean.slice(dot) : '';
  return clean.slice(0, MAX_FILENAME - ext.length) + ext;
}

/** Whole percent sent, 0..100. */
export function percentOf(sent: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.floor((sent / total) * 100));
}

export type ViewKind = 'text' | 'image' | 'download';

/**
 * How "Open" shows a document. Text is decoded and shown in a dialog; images are shown in a dialog from a
 * data: URL (the CSP allows data: images, not blob: ones); anything else (PDF, office files) cannot be
 * shown inside this page under its CSP, so it is handed to the system as a download.
 */
export function viewKindOf(mime: string): ViewKind {
  if (/^text\/(plain|csv|markdown)$/.test(mime) || mime === 'application/json') return 'text';
  if (/^image\/(png|jpeg|gif|webp)$/.test(mime)) return 'image';
  return 'download';
}
