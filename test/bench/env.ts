// Imported first by run.ts: core/log.ts reads HAVEN_LOG once, when it is first loaded, so the variable
// must be set before any core module is evaluated. Worker threads copy process.env when they start.
process.env.HAVEN_LOG = 'silent';
