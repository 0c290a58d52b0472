// Lossless JSON for IndexedDB values. JSON alone loses what structured clone keeps: Dates,
// binary (ArrayBuffer, typed arrays, Blob), Map, Set, undefined stored in a property (as
// opposed to a missing one), NaN, ±Infinity, -0 and BigInt. Those become tagged objects
// {"$q": kind, ...}; a stored object that itself has a "$q" key is wrapped, so decoding never
// mistakes data for a tag. Decoding is the hostile side: unknown tags, bad base64, too deep or
// too big values are errors, and "__proto__" keys are dropped.

export const TAG = '$q';

export class BackupFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFormatError';
  }
}

const TYPED = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
} as const;
type TypedName = keyof typeof TYPED;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: unknown): Uint8Array<ArrayBuffer> {
  if (typeof b64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) throw new BackupFormatError('bad base64 data');
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Blobs are read ahead of encoding (encoding itself is synchronous). */
export async function readBlobs(value: unknown, found = new Map<Blob, Uint8Array>()): Promise<Map<Blob, Uint8Array>> {
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    if (!found.has(value)) found.set(value, new Uint8Array(await value.arrayBuffer()));
  } else if (Array.isArray(value)) for (const v of value) await readBlobs(v, found);
  else if (value instanceof Map) for (const [k, v] of value) await readBlobs(k, found), await readBlobs(v, found);
  else if (value instanceof Set) for (const v of value) await readBlobs(v, found);
  else if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer) && !(value instanceof Date))
    for (const v of Object.values(value)) await readBlobs(v, found);
  return found;
}

/** A stored value as JSON-safe data (blobs must have been read with readBlobs). */
export function encodeValue(value: unknown, blobs: Map<Blob, Uint8Array> = new Map()): unknown {
  if (value === undefined) return { [TAG]: 'undefined' };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { [TAG]: 'number', v: 'NaN' };
    if (!Number.isFinite(value)) return { [TAG]: 'number', v: value > 0 ? 'Infinity' : '-Infinity' };
    if (Object.is(value, -0)) return { [TAG]: 'number', v: '-0' };
    return value;
  }
  if (typeof value === 'bigint') return { [TAG]: 'bigint', v: value.toString() };
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value !== 'object') throw new BackupFormatError(`cannot store a ${typeof value}`);
  if (value instanceof Date) return { [TAG]: 'date', v: Number.isNaN(value.getTime()) ? null : value.toISOString() };
  if (value instanceof ArrayBuffer) return { [TAG]: 'arraybuffer', v: toBase64(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value)) {
    const kind = value.constructor.name;
    if (!(kind in TYPED) && kind !== 'DataView') throw new BackupFormatError(`cannot store a ${kind}`);
    return { [TAG]: kind === 'DataView' ? 'dataview' : 'typed', t: kind === 'DataView' ? undefined : kind, v: toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
  }
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    const bytes = blobs.get(value);
    if (!bytes) throw new BackupFormatError('blob not read before encoding');
    return { [TAG]: 'blob', type: value.type, v: toBase64(bytes) };
  }
  if (value instanceof Map) return { [TAG]: 'map', v: [...value].map(([k, v]) => [encodeValue(k, blobs), encodeValue(v, blobs)]) };
  if (value instanceof Set) return { [TAG]: 'set', v: [...value].map((v) => encodeValue(v, blobs)) };
  if (Array.isArray(value)) return value.map((v) => encodeValue(v, blobs));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = encodeValue(v, blobs);
  return TAG in out ? { [TAG]: 'object', v: out } : out;
}

export interface DecodeLimits {
  /** Deepest nesting accepted. */
  maxDepth: number;
  /** Longest string (also the base64 of one binary value). */
  maxStringLength: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = { maxDepth: 40, maxStringLength: 20_000_000 };

/** Back from JSON data to the stored value; throws BackupFormatError on anything not written by encodeValue. */
export function decodeValue(data: unknown, limits: DecodeLimits = DEFAULT_DECODE_LIMITS, depth = 0): unknown {
  if (depth > limits.maxDepth) throw new BackupFormatError(`value nested deeper than ${limits.maxDepth}`);
  if (typeof data === 'string') {
    if (data.length > limits.maxStringLength) throw new BackupFormatError(`string longer than ${limits.maxStringLength}`);
    return data;
  }
  if (data === null || typeof data === 'number' || typeof data === 'boolean') return data;
  if (Array.isArray(data)) return data.map((v) => decodeValue(v, limits, depth + 1));
  if (typeof data !== 'object') throw new BackupFormatError('not JSON data');
  const obj = data as Record<string, unknown>;
  if (!(TAG in obj)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) if (k !== '__proto__') out[k] = decodeValue(v, limits, depth + 1);
    return out;
  }
  const str = (v: unknown) => {
    if (typeof v !== 'string' || v.length > limits.maxStringLength) throw new BackupFormatError(`bad ${String(obj[TAG])} value`);
    return v;
  };
  switch (obj[TAG]) {
    case 'undefined':
      return undefined;
    case 'number': {
      const v = ({ NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 } as Record<string, number>)[str(obj.v)];
      if (v === undefined) throw new BackupFormatError('bad number');
      return v;
    }
    case 'bigint':
      if (!/^-?\d{1,1000}$/.test(str(obj.v))) throw new BackupFormatError('bad bigint');
      return BigInt(obj.v as string);
    case 'date': {
      if (obj.v === null) return new Date(NaN);
      const d = new Date(str(obj.v));
      if (Number.isNaN(d.getTime())) throw new BackupFormatError('bad date');
      return d;
    }
    case 'arraybuffer':
      return fromBase64(str(obj.v)).buffer;
    case 'dataview': {
      const b = fromBase64(str(obj.v));
      return new DataView(b.buffer);
    }
    case 'typed': {
      const Ctor = TYPED[obj.t as TypedName] as unknown as { new (b: ArrayBuffer): ArrayBufferView; BYTES_PER_ELEMENT: number };
      if (typeof obj.t !== 'string' || !Object.hasOwn(TYPED, obj.t)) throw new BackupFormatError('bad typed array kind');
      const b = fromBase64(str(obj.v));
      if (b.byteLength % Ctor.BYTES_PER_ELEMENT) throw new BackupFormatError('bad typed array length');
      return new Ctor(b.buffer);
    }
    case 'blob':
      return new Blob([fromBase64(str(obj.v))], { type: typeof obj.type === 'string' ? obj.type.slice(0, 200) : '' });
    case 'map':
      if (!Array.isArray(obj.v)) throw new BackupFormatError('bad map');
      return new Map(
        obj.v.map((pair) => {
          if (!Array.isArray(pair) || pair.length !== 2) throw new BackupFormatError('bad map entry');
          return [decodeValue(pair[0], limits, depth + 2), decodeValue(pair[1], limits, depth + 2)] as const;
        }),
      );
    case 'set':
      if (!Array.isArray(obj.v)) throw new BackupFormatError('bad set');
      return new Set(obj.v.map((v) => decodeValue(v, limits, depth + 1)));
    case 'object': {
      if (!obj.v || typeof obj.v !== 'object' || Array.isArray(obj.v)) throw new BackupFormatError('bad wrapped object');
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(obj.v)) if (k !== '__proto__') out[k] = decodeValue(v, limits, depth + 1);
      return out;
    }
    default:
      throw new BackupFormatError(`unknown value tag ${JSON.stringify(String(obj[TAG])).slice(0, 40)}`);
  }
}
