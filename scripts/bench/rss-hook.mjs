// Loaded with `node --import` by the benchmark: reports the process's peak resident memory (worker threads included).
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`briefing-rss ${u.maxRSS}\nbriefing-cpu ${u.userCPUTime + u.systemCPUTime}\n`);
});
