import fc from 'fast-check';

/**
 * Inputs generated from the contract's JSON Schema (z.toJSONSchema, as `haven channels` prints it), then made
 * malformed or hostile. Generated values stay schema-shaped often enough to reach the services (real ids are
 * small, so integers lean small), and every mutation below is one an attacker on the renderer could send.
 */

export type JsonSchema = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

/** 10 MB of text, built once and shared by reference (each use costs nothing to make). */
export const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const nested = (depth: number): unknown => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};
/** Own properties named like the prototype's (JSON.parse makes `__proto__` an own key, as a renderer's JSON would). */
const protoKeys = () => JSON.parse('{"__proto__": {"admin": true, "roles": ["admin"]}, "constructor": {"prototype": {"polluted": 1}}, "prototype": 1}') as object;

/** Strings an attacker or a broken client sends: NUL, lone surrogates, controls, bidi tricks, SQL, paths, format strings, huge. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDC00y',
  '\uDBFF\uDFFF\uD800',
  '\u202Eevil\u202C',
  '\u0007\u001B[2J\r\n',
  "'; DROP TABLE audit; --",
  '" OR 1=1 --',
  '../../../../etc/passwd',
  '..\\..\\keyring.json',
  '%s%n%x%p',
  '${process.exit(1)}',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'NaN',
  '-0',
  '1e309',
  'a'.repeat(100_001),
  '\u{1F600}'.repeat(5_000),
  'e\u0301'.repeat(5_000),
  TEN_MB,
];

export const HOSTILE_NUMBERS: readonly number[] = [0, -0, -1, 1.5, -(2 ** 31), 2 ** 31, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 2 ** 64, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity];

/** Values of the wrong kind entirely, including ones only structured clone (IPC) can carry. */
export const HOSTILE_VALUES: readonly (() => unknown)[] = [
  () => null,
  () => undefined,
  () => true,
  () => [],
  () => ({}),
  () => 10n ** 30n,
  () => new Date(NaN),
  () => new Map([['caseId', 1]]),
  () => new Set([1]),
  () => new Uint8Array(16),
  () => Object.create(null) as object,
  protoKeys,
  () => nested(40),
  () => nested(1_000),
  () => nested(100_000),
  () => Array.from({ length: 100_000 }, () => 1),
];

export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_VALUES).map((f) => f()) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

const small = (n: number | undefined, cap: number) => Math.min(n ?? cap, cap);

/** A fast-check arbitrary for values the schema accepts (give or take patterns fast-check cannot honour). */
export function fromSchema(s: JsonSchema): fc.Arbitrary<unknown> {
  if ('const' in s) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alts = s.oneOf ?? s.anyOf;
  if (alts) return fc.oneof(...alts.map(fromSchema));
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((t) => fromSchema({ ...s, type: t })));
  const type = s.type ?? (s.properties ? 'object' : undefined);
  switch (type) {
    case 'object': {
      if (s.properties) {
        const model = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, fromSchema(v)]));
        return fc.record(model, { requiredKeys: s.required ?? [] });
      }
      const value = typeof s.additionalProperties === 'object' ? fromSchema(s.additionalProperties) : fc.anything();
      return fc.dictionary(s.propertyNames ? (fromSchema(s.propertyNames) as fc.Arbitrary<string>) : fc.string({ maxLength: 10 }), value, { maxKeys: 4 });
    }
    case 'array':
      return fc.array(s.items ? fromSchema(s.items) : fc.anything(), { minLength: s.minItems ?? 0, maxLength: Math.max(s.minItems ?? 0, small(s.maxItems, 4)) });
    case 'string':
      return stringOf(s);
    case 'integer': {
      const min = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : (s.minimum ?? -(2 ** 31));
      const max = s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : (s.maximum ?? 2 ** 31);
      // Ids of records that exist are small: lean there, and still reach the bounds.
      return fc.oneof({ weight: 4, arbitrary: fc.integer({ min, max: Math.min(max, min + 12) }) }, { weight: 1, arbitrary: fc.constantFrom(min, max) }, { weight: 1, arbitrary: fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) }) });
    }
    case 'number':
      return fc.double({ min: s.minimum ?? -1e9, max: s.maximum ?? 1e9, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.anything();
  }
}

function stringOf(s: JsonSchema): fc.Arbitrary<string> {
  const minLength = s.minLength ?? 0;
  const maxLength = Math.max(minLength, small(s.maxLength, 60));
  if (s.format === 'date-time') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  if (s.format === 'date') return fc.date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern), { size: 'small' }).filter((x) => x.length >= minLength && x.length <= (s.maxLength ?? Infinity));
    } catch {
      // A pattern fast-check cannot generate from: plain strings, mostly refused, which is fine here.
    }
  }
  return fc.oneof({ weight: 4, arbitrary: fc.string({ minLength, maxLength }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }) });
}

type Path = (string | number)[];

/** Every path to a value inside v (objects and arrays only), the root included. */
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (v && typeof v === 'object' && at.length < 8) for (const [k, x] of Object.entries(v)) paths(x, [...at, Array.isArray(v) ? Number(k) : k], out);
  return out;
}

function setAt(root: unknown, path: Path, f: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  if (path.length === 0) {
    const box: Record<string, unknown> = { root };
    f(box, 'root');
    return box.root;
  }
  let parent = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  f(parent, path.at(-1)!);
  return root;
}

const MUTATIONS = ['replace', 'replace', 'replace', 'delete', 'extraKey', 'protoKey', 'wrap'] as const;

/** One malformed or hostile change at a random place of a generated value. */
export function mutate(value: unknown, pick: (n: number) => number, leaf: () => unknown): unknown {
  const v = structuredClone(value);
  const all = paths(v);
  const path = all[pick(all.length)]!;
  const kind = MUTATIONS[pick(MUTATIONS.length)]!;
  return setAt(v, path, (parent, key) => {
    const here = parent[key];
    switch (kind) {
      case 'replace':
        parent[key] = leaf();
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
        break;
      case 'extraKey':
        if (here && typeof here === 'object' && !Array.isArray(here)) (here as Record<string, unknown>)[`x${pick(1000)}`] = leaf();
        else parent[key] = { value: here, extra: leaf() };
        break;
      case 'protoKey':
        // defineProperty, not assignment: assigning `__proto__` would change the prototype instead of adding the key.
        if (here && typeof here === 'object' && !Array.isArray(here)) for (const [k, x] of Object.entries(protoKeys())) Object.defineProperty(here, k, { value: x, enumerable: true, writable: true, configurable: true });
        else parent[key] = protoKeys();
        break;
      case 'wrap':
        parent[key] = pick(2) ? [here] : { here };
        break;
    }
  });
}
