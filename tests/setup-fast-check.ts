import fc from 'fast-check';

// Property tests run with a fixed seed so a test run is repeatable (CI never fails by chance);
// FC_SEED=<n> explores other inputs, and `npm run fuzz` explores far more.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20250422) });
