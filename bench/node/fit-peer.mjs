// Decodes each FIT file given on the command line with the npm package fit-file-parser and
// prints one JSON line per file: its size and the median time per decode after warming up.
// Run by org.plimsoll.bench.FitPeerComparison on the same files as our own decoder.
import { readFileSync } from 'node:fs';
import FitParser from 'fit-file-parser';

function decodeOnce(buffer) {
  return new Promise((resolve, reject) => {
    const parser = new FitParser({ force: true, mode: 'list', speedUnit: 'm/s', lengthUnit: 'm' });
    parser.parse(buffer, (error, data) => (error ? reject(new Error(error)) : resolve(data)));
  });
}

for (const file of process.argv.slice(2)) {
  const buffer = readFileSync(file);
  let records = 0;
  for (let i = 0; i < 2; i++) {
    records = (await decodeOnce(buffer)).records.length;
  }
  const times = [];
  const started = performance.now();
  while (times.length < 3 || (times.length < 10 && performance.now() - started < 10000)) {
    const t0 = performance.now();
    await decodeOnce(buffer);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  console.log(JSON.stringify({ file, bytes: buffer.length, records, msPerDecode: ms,
    mbPerSecond: buffer.length / 1e6 / (ms / 1000) }));
}
