import {analyze} from '/work/main/lib/analyzer/index';
import {analyzeSentences} from '/work/main/lib/analyzer/index';
for (const t of [`The borough's lawyers, Grant & Welby, said the accounts were incomplete.`,`The council's auditors, Grant Welby, said the accounts were incomplete.`, `The council's lawyers, Marsh and Pell, said the accounts were incomplete.`]) { const r = await analyze(t); for (const c of r.claims) console.log(JSON.stringify([c.text, c.asserter])); }
