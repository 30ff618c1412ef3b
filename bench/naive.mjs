#!/usr/bin/env node
// The naive pipeline: what one gets by handing each whole article to the libraries.
// compromise tags the full text and is asked for money, percentages, organisations and
// people; chrono-node parses the dates. Prints counts so the work cannot be skipped.
//   node bench/naive.mjs FILE|DIR...
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { listInputFiles } from './list-inputs.mjs';

const counts = { files: 0, money: 0, percentages: 0, organizations: 0, people: 0, dates: 0 };
for (const file of listInputFiles(process.argv.slice(2))) {
  const text = readFileSync(file, 'utf8');
  const doc = nlp(text);
  counts.files++;
  counts.money += doc.money().length;
  counts.percentages += doc.percentages().length;
  counts.organizations += doc.organizations().length;
  counts.people += doc.people().length;
  counts.dates += chrono.parse(text).length;
}
console.log(JSON.stringify(counts));
