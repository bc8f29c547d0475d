// Runs the benchmark's private build (.bench/dist, made by `scripts/build.mjs --outdir .bench/dist`) the way
// bin/briefing.js runs dist/: so that other builds of dist/ during a run cannot change the code being measured.
const { main } = await import(new URL('../../.bench/dist/cli.js', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
