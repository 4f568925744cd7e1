// Checks every story folder in this set: each gold key occurs verbatim (case-, quote- and
// space-insensitively) in its outlet's text, keys are 4-10 words, denialPrinted covers the same
// outlets as keys, articles are 300-700 words, and >= 2 claims are printed with the denial by one
// outlet and without it by another.  Usage: node check.mjs [storyDir ...]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const norm = (s) => s.toLowerCase().replace(/[\u2018\u2019\u201A\u201B'`\u201C\u201D\u201E\u201F"\u00AB\u00BB]/g, '').replace(/\s+/g, ' ').trim();
const words = (s) => s.trim().split(/\s+/).filter(Boolean).length;

const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs.readdirSync(here).filter((d) => fs.existsSync(path.join(here, d, 'gold.json')));
let errors = 0;
const fail = (m) => { errors++; console.log('  FAIL ' + m); };
for (const d of dirs) {
  const dir = path.isAbsolute(d) ? d : path.join(here, d);
  const name = path.basename(dir);
  console.log(name);
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
  const outlets = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
  if (outlets.length !== 3) fail(`expected 3 outlets, found ${outlets.length}`);
  const text = {};
  for (const o of outlets) {
    const raw = fs.readFileSync(path.join(dir, o + '.txt'), 'utf8');
    text[o] = norm(raw);
    const n = words(raw);
    if (n < 300 || n > 700) fail(`${o}.txt has ${n} words`);
  }
  const ids = new Set();
  let mixed = 0;
  for (const c of gold.claims) {
    if (ids.has(c.id)) fail(`duplicate id ${c.id}`);
    ids.add(c.id);
    if (!c.side) fail(`${c.id} has no side`);
    const ko = Object.keys(c.keys).sort(), dp = Object.keys(c.denialPrinted).sort();
    if (ko.join() !== dp.join()) fail(`${c.id} keys outlets [${ko}] != denialPrinted outlets [${dp}]`);
    for (const [o, k] of Object.entries(c.keys)) {
      if (!(o in text)) { fail(`${c.id} names unknown outlet ${o}`); continue; }
      const w = words(k);
      if (w < 4 || w > 10) fail(`${c.id}/${o} key has ${w} words: ${k}`);
      const hits = text[o].split(norm(k)).length - 1;
      if (hits === 0) fail(`${c.id}/${o} key not found: ${k}`);
    }
    for (const v of Object.values(c.denialPrinted)) if (typeof v !== 'boolean') fail(`${c.id} non-boolean denialPrinted`);
    const vals = Object.values(c.denialPrinted);
    if (vals.includes(true) && vals.includes(false)) mixed++;
  }
  if (mixed < 2) fail(`only ${mixed} claims printed with the denial by one outlet and without by another`);
  console.log(`  ${gold.claims.length} claims, ${mixed} with mixed denialPrinted, outlets ${outlets.join('/')}`);
}
console.log(errors ? `${errors} problem(s)` : 'all keys found');
process.exit(errors ? 1 : 0);
