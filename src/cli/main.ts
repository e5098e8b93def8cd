// `npm run cli -- lint …` and bin/mail-hygiene.js start here.
import { runCli } from "./run";

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours, so stop quietly.
const stop = process.exit.bind(process);
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") stop(process.exitCode || 0);
    throw e;
  });

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`mail-hygiene: ${e instanceof Error ? e.stack || e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
