// run-micropython engine: runs .py/.mpy programs in the real MicroPython VM (1.27, the
// WebAssembly port from npm) under Node, the way the unix port would run them. Started by
// the `scripts/run-micropython` wrapper, which finds MPY_WASM_MJS.
//
// Every program runs in a fresh VM inside a worker thread, so the main thread can kill a
// program that loops forever (the wasm VM cannot be interrupted from inside).
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

const USAGE = `Usage: run-micropython [--timeout S] [--heap SIZE] MAIN.(py|mpy) [MODULE.(py|mpy) ...]
       run-micropython --batch [--timeout S] [--heap SIZE] [--out-dir DIR] [--lib FILE]... FILE...

Single mode runs MAIN (other files are importable by base name) and reproduces its stdout,
stderr and exit status like MicroPython's unix port: an uncaught exception prints a
traceback on stderr and exits 1; SystemExit exits with its code. Timeout: exit 124.

Batch mode runs every FILE as its own program in one Node process, writing
DIR/NAME.out (default: next to FILE) in frost's conformance format: stdout, then, if the
program wrote to stderr or exited non-zero, a line "~~~ stderr, exit N" and the stderr text.
--lib files are importable by every program.

The main module is imported (the wasm port has no "run as __main__"), so its __name__ is
its base name. The VM has no stdin.`;

const MOD_RE = /\.(py|mpy)$/;
const TB_HEAD = "Traceback (most recent call last):\n";
// Line 3 of the wrapper is the import; its frame is dropped from tracebacks.
const WRAPPER_FRAME = '  File "<stdin>", line 3, in <module>\n';

function wrapper(mod) {
  return `import sys
try:
    __import__(${JSON.stringify(mod)})
except SystemExit as _e:
    _a = _e.args[0] if _e.args else None
    _frost_rc = 0 if _a is None else (_a & 255 if isinstance(_a, int) else 1)
    if not (_a is None or isinstance(_a, int)):
        print(_a, file=sys.stderr)
`;
}

// ------------------------------------------------------------------ worker
async function worker() {
  const { loadMicroPython } = await import(workerData.wasmUrl);
  parentPort.on("message", async (job) => {
    const out = [], err = [];
    let rc = 0;
    try {
      const mp = await loadMicroPython({
        heapsize: job.heap,
        linebuffer: false,
        stdin: () => null,
        stdout: (b) => { for (const c of b) out.push(c); },
        stderr: (b) => { for (const c of b) err.push(c); },
      });
      mp.FS.mkdir("/run");
      mp.FS.chdir("/run");
      for (const f of job.files) mp.FS.writeFile(`/run/${path.basename(f)}`, fs.readFileSync(f));
      try {
        mp.runPython(wrapper(path.basename(job.files[0]).replace(MOD_RE, "")));
        const v = mp.globals.get("_frost_rc");
        if (typeof v === "number") rc = v;
      } catch (e) {
        if (!(e && e.name === "PythonError")) throw e;
        let msg = e.message;
        if (msg.startsWith(TB_HEAD + WRAPPER_FRAME)) msg = TB_HEAD + msg.slice(TB_HEAD.length + WRAPPER_FRAME.length);
        for (const c of Buffer.from(msg, "utf8")) err.push(c);
        rc = 1;
      }
    } catch (e) {
      for (const c of Buffer.from(`run-micropython: VM crashed: ${e && e.message ? e.message : e}\n`)) err.push(c);
      rc = 125;
    }
    parentPort.postMessage({ id: job.id, rc, out: Buffer.from(out), err: Buffer.from(err) });
  });
  parentPort.postMessage({ ready: true });
}

// -------------------------------------------------------------------- main
class Vm {
  constructor(wasmUrl) {
    this.w = new Worker(fileURLToPath(import.meta.url), { workerData: { wasmUrl } });
    this.pending = null;
    this.ready = new Promise((res, rej) => {
      this.w.once("error", rej);
      this.w.once("message", () => res());
    });
    this.w.on("message", (m) => { if (!m.ready && this.pending) { const p = this.pending; this.pending = null; p(m); } });
    this.w.on("error", (e) => { if (this.pending) { const p = this.pending; this.pending = null; p({ rc: 125, out: Buffer.alloc(0), err: Buffer.from(`run-micropython: VM crashed: ${e}\n`) }); } });
  }
  run(job, timeout) {
    return new Promise((resolve) => {
      let timer = null;
      this.pending = (m) => { clearTimeout(timer); resolve(m); };
      if (timeout > 0) {
        timer = setTimeout(() => {
          this.pending = null;
          this.w.terminate();
          resolve({ rc: 124, out: Buffer.alloc(0), err: Buffer.from(`run-micropython: timeout after ${timeout}s\n`), dead: true });
        }, timeout * 1000);
      }
      this.w.postMessage(job);
    });
  }
}

function die(msg) {
  process.stderr.write(`run-micropython: ${msg}\n`);
  process.exit(2);
}

function size(s) {
  const m = /^(\d+)([kKmM]?)$/.exec(s);
  if (!m) die(`bad size '${s}'`);
  return parseInt(m[1], 10) * ({ "": 1, k: 1024, m: 1 << 20 })[m[2].toLowerCase()];
}

async function main() {
  const argv = process.argv.slice(2);
  const o = { timeout: 10, heap: 1 << 20, batch: false, outDir: null, libs: [], files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (++i < argv.length ? argv[i] : die(`${a} needs a value`));
    if (a === "-h" || a === "--help") { console.log(USAGE); return; }
    else if (a === "--timeout") o.timeout = Number(val());
    else if (a === "--heap") o.heap = size(val());
    else if (a === "--batch") o.batch = true;
    else if (a === "--out-dir") o.outDir = val();
    else if (a === "--lib") o.libs.push(val());
    else if (a.startsWith("-")) die(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (!o.files.length) die("no input files (see --help)");
  for (const f of [...o.files, ...o.libs]) {
    if (!MOD_RE.test(f)) die(`${f}: not a .py or .mpy file`);
    if (!fs.existsSync(f)) die(`${f}: no such file`);
  }
  const mjs = process.env.MPY_WASM_MJS;
  if (!mjs) die("MPY_WASM_MJS is not set (run scripts/setup-oracles)");
  const wasmUrl = pathToFileURL(mjs).href;
  let vm = new Vm(wasmUrl);
  await vm.ready;
  if (!o.batch) {
    const r = await vm.run({ id: 0, files: o.files.map((f) => path.resolve(f)), heap: o.heap }, o.timeout);
    fs.writeSync(1, r.out);
    fs.writeSync(2, r.err);
    if (!r.dead) await vm.w.terminate();
    process.exitCode = r.rc;
    return;
  }
  let failed = 0;
  for (const f of o.files) {
    const files = [path.resolve(f), ...o.libs.map((l) => path.resolve(l))];
    const r = await vm.run({ id: 0, files, heap: o.heap }, o.timeout);
    if (r.dead) { vm = new Vm(wasmUrl); await vm.ready; }
    let text = r.out;
    if (r.rc !== 0 || r.err.length) text = Buffer.concat([text, Buffer.from(`~~~ stderr, exit ${r.rc}\n`), r.err]);
    const name = path.basename(f).replace(MOD_RE, ".out");
    fs.writeFileSync(path.join(o.outDir || path.dirname(f), name), text);
    if (r.rc === 124 || r.rc === 125) failed++;
  }
  await vm.w.terminate();
  process.exitCode = failed ? 1 : 0;
}

if (isMainThread) main(); else worker();
