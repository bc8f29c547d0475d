// Loaded with `node --import` by the benchmark: reports the process's peak resident memory (worker threads included).
process.on('exit', () => {
  process.stderr.write(`briefing-rss ${process.resourceUsage().maxRSS}\n`);
});
