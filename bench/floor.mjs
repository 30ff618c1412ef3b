#!/usr/bin/env node
// The floor: the least any extractor must do. Read every file and run one combined regex
// for years and numbers; prints the counts so the work cannot be skipped.
//   node bench/floor.mjs FILE|DIR...
import { readFileSync } from 'node:fs';
import { listInputFiles } from './list-inputs.mjs';

const YEAR_OR_NUMBER = /\b((?:19|20)\d\d)\b|(\d+(?:[.,]\d+)*)/g;

const counts = { files: 0, bytes: 0, years: 0, numbers: 0 };
for (const file of listInputFiles(process.argv.slice(2))) {
  const text = readFileSync(file, 'utf8');
  counts.files++;
  counts.bytes += Buffer.byteLength(text);
  for (const m of text.matchAll(YEAR_OR_NUMBER)) {
    if (m[1]) counts.years++;
    else counts.numbers++;
  }
}
console.log(JSON.stringify(counts));
