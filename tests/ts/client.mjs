// A TypeScript SDK gateway: `node client.mjs URL SCENARIO ARG...`, one scenario per run.
//
// Prints `{"event": "result", ...}` (or `{"event": "error", ...}`) and exits 0 once the
// scenario's answer is in; the pytest side compares it with what it expects.
import { emit, logger } from "./support.mjs";
import { Codec, Resonate } from "@resonatehq/sdk";

const [url, scenario, ...args] = process.argv.slice(2);
const gateway = new Resonate({ url, group: "gateway", logger });
const codec = new Codec();

function target(group) {
  return gateway.options({ target: `poll://any@${group}` });
}

async function failure(promise) {
  try {
    return { value: await promise };
  } catch (err) {
    return { error: { name: err?.name ?? null, message: err?.message ?? String(err) } };
  }
}

const scenarios = {
  // beginRpc to another group, then get/done/result from a second client.
  async rpc(id, group, job) {
    const handle = await gateway.beginRpc(id, "pipeline", job, target(group));
    const value = await handle.result();
    const second = new Resonate({ url, group: "observer", logger });
    try {
      const seen = await second.get(id);
      return { id: handle.id, value, done: await seen.done(), again: await seen.result() };
    } finally {
      await second.stop();
    }
  },
  // The same id from two clients at once: one execution, one answer for both.
  async duplicate(id, group, job) {
    const other = new Resonate({ url, group: "gateway2", logger });
    try {
      const [a, b] = await Promise.all([
        gateway.rpc(id, "pipeline", job, target(group)),
        other.rpc(id, "pipeline", job, other.options({ target: `poll://any@${group}` })),
      ]);
      return { a, b };
    } finally {
      await other.stop();
    }
  },
  async sleep(id, group, ms) {
    const started = Date.now();
    const value = await gateway.rpc(id, "sleeper", Number(ms), target(group));
    return { value, elapsed: Date.now() - started };
  },
  async approval(id, group, job) {
    return gateway.rpc(id, "approval", job, target(group));
  },
  async resolve(promiseId, answer) {
    const record = await gateway.promises.resolve(promiseId, { data: codec.encode(answer).data });
    return { id: record.id, state: record.state };
  },
  async failing(id, group, message) {
    return failure(gateway.rpc(id, "failing", message, target(group)));
  },
  async schedule(name, group, cron, tag) {
    await gateway.schedule(name, cron, "ticker", tag, target(group));
    const record = await gateway.schedules.get(name);
    return { id: record.id, cron: record.cron, promiseId: record.promiseId, next: record.nextRunAt };
  },
  async unschedule(name) {
    await gateway.schedules.delete(name);
    return failure(gateway.schedules.get(name));
  },
  // A docpipe job, exactly as the consumer starts it: process_document(job) on the worker
  // group, under the job's promise id.
  async docpipe(promiseId, group, jobJson, timeoutMs) {
    const options = gateway.options({ target: `poll://any@${group}`, timeout: Number(timeoutMs) });
    const handle = await gateway.beginRpc(promiseId, "process_document", JSON.parse(jobJson), options);
    return { id: handle.id, value: await handle.result() };
  },
};

try {
  const run = scenarios[scenario];
  if (!run) throw new Error(`unknown scenario ${scenario}`);
  emit("result", { scenario, result: await run(...args) });
  await gateway.stop();
  process.exit(0);
} catch (err) {
  emit("error", { scenario, name: err?.name ?? null, message: err?.message ?? String(err) });
  await gateway.stop();
  process.exit(1);
}
