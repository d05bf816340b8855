// Shared by the TypeScript SDK scripts the pytest suite drives (tests/ts/test_ts_sdk.py).
//
// The SDK declares node >= 22; node 20 lacks only Promise.withResolvers among what it uses,
// so it is supplied here, before the SDK is imported by the scripts.
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

/** Write one JSON event line to stdout: what the Python side asserts on. */
export function emit(event, fields = {}) {
  process.stdout.write(`${JSON.stringify({ event, pid: process.pid, ...fields })}\n`);
}

/** The SDK's console logger, quiet: warnings and errors only, on stderr. */
export const logger = {
  debug() {},
  info() {},
  warn(fields, msg) {
    process.stderr.write(`WARN ${msg} ${JSON.stringify(fields)}\n`);
  },
  error(fields, msg) {
    process.stderr.write(`ERROR ${msg} ${JSON.stringify(fields)}\n`);
  },
};
