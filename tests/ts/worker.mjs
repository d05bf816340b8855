// A TypeScript SDK worker group: `node worker.mjs URL GROUP`.
//
// Registers the durable functions the conformance tests call across groups and prints one
// JSON line per executed leaf (`step.start`, `awaiting`, `scheduled`), so the test can tell
// what ran, how often, and where. Stops cleanly on SIGTERM.
import { emit, logger } from "./support.mjs";
import { Never, Resonate } from "@resonatehq/sdk";

const [url, group] = process.argv.slice(2);
const resonate = new Resonate({ url, group, ttl: 5_000, logger });

async function step(_ctx, name, job) {
  emit("step.start", { step: name, job });
  return `${name}:${job}`;
}

function* pipeline(ctx, job) {
  const out = [];
  for (const name of ["download", "extract", "analyze"]) {
    out.push(yield* ctx.run(step, name, job));
  }
  return out;
}

async function noteSlept(_ctx, ms) {
  emit("slept", { ms });
}

function* sleeper(ctx, ms) {
  yield* ctx.sleep(ms);
  yield* ctx.run(noteSlept, ms);
  return "woke";
}

async function announce(_ctx, job, promiseId) {
  emit("awaiting", { job, promise: promiseId });
}

function* approval(ctx, job) {
  const decision = yield* ctx.promise();
  yield* ctx.run(announce, job, decision.id);
  const answer = yield* decision;
  return `${job}:${answer}`;
}

class BoomError extends Error {
  constructor(message) {
    super(message);
    this.name = "BoomError";
  }
}

async function boom(_ctx, message) {
  emit("step.start", { step: "boom", job: message });
  throw new BoomError(message);
}

function* failing(ctx, message) {
  return yield* ctx.run(boom, message, ctx.options({ retryPolicy: new Never() }));
}

async function tick(ctx, tag) {
  emit("scheduled", { tag });
  return tag;
}

function* ticker(ctx, tag) {
  emit("ticker", { tag, id: ctx.id });
  return yield* ctx.run(tick, tag);
}

for (const [name, fn] of Object.entries({ pipeline, sleeper, approval, failing, ticker })) {
  resonate.register(name, fn);
}
process.on("SIGTERM", async () => {
  await resonate.stop();
  process.exit(0);
});
emit("ready", { group });
