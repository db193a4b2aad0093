/**
 * One cold start, run by bench/generate.ts in a fresh child process: import
 * the library, make the first call, and print the times as JSON on stdout.
 * `performance.now()` counts from the start of the process, so `atMain`
 * is Node's own start-up before this module ran.
 */
const atMain = performance.now();
// The package's own export (dist/bundle/index.js), as a user's `import 'routeros-gen'` loads it.
const { generateScript } = await import('routeros-gen');
const imported = performance.now();
const response = generateScript('Block SSH from the internet');
const called = performance.now();
if (response.response[0]!.content === '') throw new Error('the first call was refused');
// CPU time of the whole process so far (Node's start included): what the start costs when other processes share the cores.
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ atMain, importMs: imported - atMain, firstCallMs: called - imported, totalMs: called - atMain, cpuMs: (cpu.user + cpu.system) / 1000, rssMb: process.memoryUsage().rss / 2 ** 20 }));
