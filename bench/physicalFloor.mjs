// The physical floor of any tool on an .xlsx (issue 23): read the package, inflate every part,
// touch every byte once (its CRC-32, which a writer needs anyway), deflate every part again (level
// 6, as the CLI writes its own parts) and write the package back — Node's own zlib and a zip
// container written here, no library. What a run costs beyond this is what the program adds.
//
// Plain JavaScript run by plain `node` (no tsx, no TypeScript loader): the bench compares it with
// the bundled command `node dist/cli/yanxiu.mjs score`, two whole processes that start alike.
// Usage: node bench/physicalFloor.mjs <in.xlsx> <out.xlsx>  → one JSON line (parts, inflatedBytes,
// writtenBytes); the written copy is removed afterwards.
import { Buffer } from 'node:buffer';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** The zip's entries from its central directory (no ZIP64: the bench workbooks are below 4 GB). */
function entries(bytes) {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    out.push({ name: bytes.subarray(at + 46, at + 46 + nameLength), method: bytes.readUInt16LE(at + 10), data: bytes.subarray(start, start + bytes.readUInt32LE(at + 20)) });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return out;
}

/** Inflate, touch and rewrite `file` to `out` (removed afterwards). */
export function physicalFloor(file, out) {
  const pieces = [];
  const central = [];
  let offset = 0;
  let inflatedBytes = 0;
  const list = entries(readFileSync(file));
  for (const entry of list) {
    const plain = entry.method === 8 ? inflateRawSync(entry.data) : entry.data;
    inflatedBytes += plain.length;
    const crc = crc32(plain);
    const packed = deflateRawSync(plain, { level: 6 });
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(plain.length, 22);
    local.writeUInt16LE(entry.name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(packed.length, 20);
    record.writeUInt32LE(plain.length, 24);
    record.writeUInt16LE(entry.name.length, 28);
    record.writeUInt32LE(offset, 42);
    pieces.push(local, entry.name, packed);
    central.push(record, entry.name);
    offset += local.length + entry.name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(list.length, 8);
  end.writeUInt16LE(list.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const written = Buffer.concat([...pieces, directory, end]);
  writeFileSync(out, written);
  rmSync(out, { force: true });
  return { parts: list.length, inflatedBytes, writtenBytes: written.length };
}

const [input, output] = process.argv.slice(2);
if (input !== undefined && output !== undefined && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(physicalFloor(input, output))}\n`);
}
