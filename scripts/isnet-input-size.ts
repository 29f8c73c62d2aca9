import protobuf from 'protobufjs/minimal.js';

/**
 * Rewrites the ISNet export shipped in @imgly/background-removal-data (`medium`) for a smaller square input.
 *
 * The export bakes the sizes of its internal upsampling into constants: each `Resize` takes its target size from
 * `Concat(Slice(Shape(x)), Constant([h, w]))`, with h = w ∈ {32 … 1024} for a 1024 input. Scaling every such
 * constant and the declared input/output sizes by S/1024 gives the same network at input S (matte-speed.md:
 * ~0.27 of the cost at 512). Everything else, weights included, is copied byte for byte: the rewrite walks the
 * protobuf wire format and patches only what it must, so no field unknown to us can be lost in a re-encode.
 *
 * ONNX field numbers (onnx.proto3): ModelProto.graph = 7; GraphProto.node = 1, input = 11, output = 12,
 * value_info = 13; NodeProto.input = 1, output = 2, op_type = 4, attribute = 5; AttributeProto.t = 5;
 * TensorProto.data_type = 2, raw_data = 9; ValueInfoProto.type = 2; TypeProto.tensor_type = 1;
 * TypeProto.Tensor.shape = 2; TensorShapeProto.dim = 1; Dimension.dim_value = 1.
 */
export const ISNET_TRAINED_INPUT_PX = 1024;
/** The coarsest Resize target in the export is 1/32 of the input: smaller steps would not stay integral. */
const COARSEST_STEP = 32;
const INT64 = 7;

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_BYTES = 2;
const WIRE_FIXED32 = 5;

interface Field {
  readonly field: number;
  readonly wire: number;
  /** Byte range of the whole field, tag included. */
  readonly start: number;
  readonly end: number;
  /** Byte range of the payload of a length-delimited field. */
  readonly bodyStart: number;
  readonly varint: number;
}

function fieldsOf(bytes: Uint8Array, start: number, end: number): Field[] {
  const reader = protobuf.Reader.create(bytes);
  reader.pos = start;
  const out: Field[] = [];
  while (reader.pos < end) {
    const fieldStart = reader.pos;
    const tag = reader.uint32();
    const field = tag >>> 3;
    const wire = tag & 7;
    let bodyStart = reader.pos;
    let varint = 0;
    if (wire === WIRE_VARINT) varint = Number(reader.int64().toString());
    else if (wire === WIRE_BYTES) {
      const length = reader.uint32();
      bodyStart = reader.pos;
      reader.pos += length;
    } else if (wire === WIRE_FIXED64) reader.pos += 8;
    else if (wire === WIRE_FIXED32) reader.pos += 4;
    else throw new Error(`unsupported protobuf wire type ${wire} at byte ${fieldStart}`);
    if (reader.pos > end) throw new Error(`protobuf field ${field} runs past its message at byte ${fieldStart}`);
    out.push({ field, wire, start: fieldStart, end: reader.pos, bodyStart, varint });
  }
  return out;
}

const text = (bytes: Uint8Array, f: Field): string => new TextDecoder().decode(bytes.subarray(f.bodyStart, f.end));
const only = (fields: Field[], n: number): Field | undefined => fields.find((f) => f.field === n);

function lengthDelimited(field: number, body: Uint8Array): Uint8Array {
  const writer = protobuf.Writer.create();
  writer.uint32((field << 3) | WIRE_BYTES).bytes(body);
  return writer.finish();
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

interface Node {
  readonly op: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly fields: Field[];
}

/** The int64 payload of a Constant node's `value` tensor, as a view into the model bytes. */
function constantInt64(bytes: Uint8Array, node: Node): DataView | null {
  const attribute = only(node.fields, 5);
  if (!attribute) return null;
  const tensor = only(fieldsOf(bytes, attribute.bodyStart, attribute.end), 5);
  if (!tensor) return null;
  const tensorFields = fieldsOf(bytes, tensor.bodyStart, tensor.end);
  const raw = only(tensorFields, 9);
  if (only(tensorFields, 2)?.varint !== INT64 || !raw) return null;
  return new DataView(bytes.buffer, bytes.byteOffset + raw.bodyStart, raw.end - raw.bodyStart);
}

/** A graph input or output with its spatial dims (2, 3) scaled; the batch and channel dims are kept. */
function scaledValueInfo(bytes: Uint8Array, info: Field, ratio: number): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const f of fieldsOf(bytes, info.bodyStart, info.end)) {
    if (f.field !== 2) {
      parts.push(bytes.subarray(f.start, f.end));
      continue;
    }
    const tensorType = only(fieldsOf(bytes, f.bodyStart, f.end), 1);
    if (!tensorType) throw new Error('graph input/output is not a tensor');
    const typeParts: Uint8Array[] = [];
    for (const t of fieldsOf(bytes, tensorType.bodyStart, tensorType.end)) {
      if (t.field !== 2) {
        typeParts.push(bytes.subarray(t.start, t.end));
        continue;
      }
      const dims = fieldsOf(bytes, t.bodyStart, t.end).map((d, index) => {
        const value = only(fieldsOf(bytes, d.bodyStart, d.end), 1);
        if (index < 2 || !value) return bytes.subarray(d.start, d.end);
        const writer = protobuf.Writer.create();
        writer.uint32((1 << 3) | WIRE_VARINT).int64(scaleSize(value.varint, ratio));
        return lengthDelimited(1, writer.finish());
      });
      typeParts.push(lengthDelimited(2, concat(dims)));
    }
    parts.push(lengthDelimited(2, lengthDelimited(1, concat(typeParts))));
  }
  return lengthDelimited(info.field, concat(parts));
}

function scaleSize(value: number, ratio: number): number {
  const scaled = value * ratio;
  if (!Number.isInteger(scaled) || scaled < 1) throw new Error(`size ${value} does not scale to an integer by ${ratio}`);
  return scaled;
}

export interface IsnetRewrite {
  readonly model: Uint8Array;
  /** Resize targets changed, as "from→to". */
  readonly resizedTargets: readonly string[];
}

/**
 * The model for input `inputPx` (a multiple of 32 that keeps every internal size integral). Value-info shape
 * hints are dropped (they only describe 1024); onnxruntime infers the shapes again at load.
 */
export function rewriteIsnetInputSize(model: Uint8Array, inputPx: number): IsnetRewrite {
  if (!Number.isInteger(inputPx) || inputPx <= 0 || inputPx % COARSEST_STEP !== 0 || inputPx > ISNET_TRAINED_INPUT_PX) {
    throw new Error(`input size ${inputPx} must be a multiple of ${COARSEST_STEP} up to ${ISNET_TRAINED_INPUT_PX}`);
  }
  const ratio = inputPx / ISNET_TRAINED_INPUT_PX;
  const bytes = new Uint8Array(model); // patched in place: the caller's buffer stays as it was
  const top = fieldsOf(bytes, 0, bytes.length);
  const graph = only(top, 7);
  if (!graph) throw new Error('not an ONNX model: no graph');
  const graphFields = fieldsOf(bytes, graph.bodyStart, graph.end);

  const nodes: Node[] = graphFields
    .filter((f) => f.field === 1)
    .map((f) => {
      const fields = fieldsOf(bytes, f.bodyStart, f.end);
      const op = only(fields, 4);
      return {
        op: op ? text(bytes, op) : '',
        inputs: fields.filter((x) => x.field === 1).map((x) => text(bytes, x)),
        outputs: fields.filter((x) => x.field === 2).map((x) => text(bytes, x)),
        fields,
      };
    });
  const producer = new Map<string, Node>();
  for (const node of nodes) for (const output of node.outputs) producer.set(output, node);

  const resizedTargets: string[] = [];
  const patched = new Set<Node>();
  for (const resize of nodes.filter((n) => n.op === 'Resize')) {
    const sizesInput = resize.inputs[3];
    const concatNode = sizesInput ? producer.get(sizesInput) : undefined;
    if (concatNode?.op !== 'Concat') throw new Error(`Resize without a Concat for its sizes (${sizesInput ?? 'none'})`);
    const constant = concatNode.inputs.map((i) => producer.get(i)).find((n) => n?.op === 'Constant');
    if (!constant) throw new Error(`Resize sizes ${sizesInput} have no constant part`);
    if (patched.has(constant)) continue;
    const values = constantInt64(bytes, constant);
    if (!values || values.byteLength !== 16) throw new Error(`Resize sizes ${sizesInput}: expected two int64 values`);
    for (let k = 0; k < 2; k++) {
      const from = Number(values.getBigInt64(8 * k, true));
      const to = scaleSize(from, ratio);
      values.setBigInt64(8 * k, BigInt(to), true);
      resizedTargets.push(`${from}→${to}`);
    }
    patched.add(constant);
  }
  if (patched.size === 0) throw new Error('no Resize targets found: not the ISNet export this rewrite knows');

  const graphParts = graphFields
    .filter((f) => f.field !== 13)
    .map((f) => (f.field === 11 || f.field === 12 ? scaledValueInfo(bytes, f, ratio) : bytes.subarray(f.start, f.end)));
  const modelParts = top.map((f) => (f.field === 7 ? lengthDelimited(7, concat(graphParts)) : bytes.subarray(f.start, f.end)));
  return { model: concat(modelParts), resizedTargets };
}
