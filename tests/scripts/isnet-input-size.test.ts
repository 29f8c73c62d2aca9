import protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { rewriteIsnetInputSize } from '../../scripts/isnet-input-size';

/**
 * A miniature of the ISNet export's pattern, written with protobufjs: Resize(x, '', '', Concat(Slice(Shape(x)),
 * Constant([32, 32]))), plus things the rewrite must leave alone: a Slice constant [0], an int64 initializer that
 * happens to hold [32, 32], the opset, the producer name.
 */
const W = protobuf.Writer;
const bytes = (field: number, body: Uint8Array) => W.create().uint32((field << 3) | 2).bytes(body).finish();
const str = (field: number, s: string) => W.create().uint32((field << 3) | 2).string(s).finish();
const varint = (field: number, v: number) => W.create().uint32(field << 3).int64(v).finish();
const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
function int64Raw(values: number[]): Uint8Array {
  const view = new DataView(new ArrayBuffer(8 * values.length));
  values.forEach((v, i) => view.setBigInt64(8 * i, BigInt(v), true));
  return new Uint8Array(view.buffer);
}
const tensor = (name: string, values: number[]) => cat(varint(1, values.length), varint(2, 7), str(8, name), bytes(9, int64Raw(values)));
const node = (op: string, inputs: string[], outputs: string[], value?: number[]) =>
  bytes(1, cat(...inputs.map((i) => str(1, i)), ...outputs.map((o) => str(2, o)), str(4, op), ...(value ? [bytes(5, cat(str(1, 'value'), bytes(5, tensor('', value))))] : [])));
const dim = (v: number) => bytes(1, varint(1, v));
const valueInfo = (field: number, name: string, dims: number[]) => bytes(field, cat(str(1, name), bytes(2, bytes(1, cat(varint(1, 1), bytes(2, cat(...dims.map(dim))))))));

const graph = cat(
  node('Shape', ['x'], ['shape']),
  node('Constant', [], ['start'], [0]),
  node('Slice', ['shape', 'start'], ['nc']),
  node('Constant', [], ['hw'], [32, 32]),
  node('Concat', ['nc', 'hw'], ['sizes']),
  node('Resize', ['x', '', '', 'sizes'], ['y']),
  str(2, 'mini-isnet'),
  bytes(5, tensor('weights', [32, 32])),
  valueInfo(11, 'input', [1, 3, 1024, 1024]),
  valueInfo(12, 'output', [1, 1, 1024, 1024]),
  valueInfo(13, 'shape', [4]),
);
const opset = bytes(8, cat(str(1, ''), varint(2, 11)));
const model = cat(varint(1, 8), str(2, 'pytorch'), bytes(7, graph), opset);

/** Minimal reader for the assertions: every field of a message as (field, payload). */
function fields(buf: Uint8Array): { field: number; body: Uint8Array; varint: number }[] {
  const r = protobuf.Reader.create(buf);
  const out: { field: number; body: Uint8Array; varint: number }[] = [];
  while (r.pos < buf.length) {
    const tag = r.uint32();
    if ((tag & 7) === 0) out.push({ field: tag >>> 3, body: new Uint8Array(), varint: Number(r.int64().toString()) });
    else out.push({ field: tag >>> 3, body: r.bytes(), varint: 0 });
  }
  return out;
}
const one = (buf: Uint8Array, field: number) => fields(buf).find((f) => f.field === field)!.body;
const text = (b: Uint8Array) => new TextDecoder().decode(b);
function dims(info: Uint8Array): number[] {
  const shape = one(one(one(info, 2), 1), 2);
  return fields(shape).map((d) => fields(d.body)[0]!.varint);
}
function constantValues(n: Uint8Array): number[] {
  const raw = one(one(one(n, 5), 5), 9);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.length);
  return Array.from({ length: raw.length / 8 }, (_, i) => Number(view.getBigInt64(8 * i, true)));
}

describe('rewriteIsnetInputSize', () => {
  const { model: out, resizedTargets } = rewriteIsnetInputSize(model, 512);
  const g = one(out, 7);
  const nodes = fields(g).filter((f) => f.field === 1).map((f) => f.body);
  const byOutput = (name: string) => nodes.find((n) => fields(n).some((f) => f.field === 2 && text(f.body) === name))!;

  it('scales the Resize targets that feed a Resize through Concat', () => {
    expect(constantValues(byOutput('hw'))).toEqual([16, 16]);
    expect(resizedTargets).toEqual(['32→16', '32→16']);
  });

  it('leaves other constants and initializers alone', () => {
    expect(constantValues(byOutput('start'))).toEqual([0]);
    const initializer = fields(g).find((f) => f.field === 5)!.body;
    expect(initializer).toEqual(tensor('weights', [32, 32]));
  });

  it('declares the new input and output sizes and drops the stale shape hints', () => {
    expect(dims(fields(g).find((f) => f.field === 11)!.body)).toEqual([1, 3, 512, 512]);
    expect(dims(fields(g).find((f) => f.field === 12)!.body)).toEqual([1, 1, 512, 512]);
    expect(fields(g).some((f) => f.field === 13)).toBe(false);
  });

  it('copies every other field byte for byte, and does not touch the caller’s buffer', () => {
    expect(fields(out).map((f) => f.field)).toEqual([1, 2, 7, 8]);
    expect(one(out, 8)).toEqual(one(model, 8));
    expect(text(one(out, 2))).toBe('pytorch');
    expect(text(one(g, 2))).toBe('mini-isnet');
    expect(constantValues(fields(one(model, 7)).filter((f) => f.field === 1)[3]!.body)).toEqual([32, 32]);
  });

  it('refuses sizes that would make a target fractional, and graphs it does not know', () => {
    expect(() => rewriteIsnetInputSize(model, 500)).toThrow(/multiple of 32/);
    expect(() => rewriteIsnetInputSize(model, 2048)).toThrow(/up to 1024/);
    const noResize = cat(varint(1, 8), bytes(7, cat(node('Relu', ['x'], ['y']), valueInfo(11, 'input', [1, 3, 1024, 1024]))));
    expect(() => rewriteIsnetInputSize(noResize, 512)).toThrow(/no Resize targets/);
  });
});
