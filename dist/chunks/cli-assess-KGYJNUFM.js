import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  mapWithConcurrency
} from "./chunk-MILFKO5V.js";
import {
  ASSESS_DEFAULTS,
  loadConfig
} from "./chunk-VJTE2A2X.js";
import "./chunk-HFEFXF2P.js";
import "./chunk-IGMUNFP5.js";
import "./chunk-CNPVSFHC.js";

// src/git/local.ts
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

// src/git/blob-reader.ts
import { spawn } from "node:child_process";

// src/git/run.ts
import { execFile } from "node:child_process";
var BASE_ARGS = ["-c", "core.quotepath=off"], MAX_OUTPUT_BYTES = 512 * 1024 * 1024, GitError = class extends Error {
  constructor(args, exitCode, stderr) {
    super(`git ${args.join(" ")} failed (exit ${exitCode ?? "signal"}): ${stderr.trim() || "no message"}`);
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.name = "GitError";
  }
  args;
  exitCode;
  stderr;
};
function runGit(repo, args, options = {}) {
  let fullArgs = [...BASE_ARGS, ...args];
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      fullArgs,
      {
        cwd: repo,
        maxBuffer: MAX_OUTPUT_BYTES,
        encoding: "utf8",
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", ...options.env },
        ...options.signal ? { signal: options.signal } : {}
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, exitCode: 0 });
        if (options.signal?.aborted)
          return reject(new Error(`git ${args.join(" ")} was stopped before it finished`));
        let code = typeof error.code == "number" ? error.code : null;
        if (options.allowFailure && code !== null) return resolve({ stdout, exitCode: code });
        if (code === null && error.code === "ENOENT")
          return reject(
            new Error(`git is not installed or not on PATH (needed to read the history in ${repo})`)
          );
        reject(new GitError(args, code, stderr || error.message));
      }
    );
  });
}
async function resolveCommit(repo, ref) {
  if (!ref || ref.startsWith("-")) throw new Error(`ref must be a branch, tag or SHA, got "${ref}"`);
  let { stdout, exitCode } = await runGit(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], {
    allowFailure: !0
  });
  return exitCode === 0 ? stdout.trim() : null;
}

// src/git/blob-reader.ts
var BINARY_PROBE_BYTES = 8e3;
function looksBinary(content) {
  return content.subarray(0, BINARY_PROBE_BYTES).includes(0);
}
var BlobReader = class {
  constructor(repo, maxBytes) {
    this.repo = repo;
    this.maxBytes = maxBytes;
  }
  repo;
  maxBytes;
  process = null;
  pending = [];
  state = { kind: "header" };
  partialHeader = Buffer.alloc(0);
  /** Content of `path` at `commit`, or null when missing, not a blob, binary or over the size cap. */
  read(commit, path) {
    return path.includes(`
`) ? this.readOutOfBand(commit, path) : this.request(`${commit}:${path}`, "content");
  }
  /** The commit SHA a ref names, or null when it names no commit here (same rules as rev-parse). */
  resolveCommit(ref) {
    return ref.includes(`
`) ? Promise.resolve(null) : this.request(`${ref}^{commit}`, "sha");
  }
  request(object, want) {
    return new Promise((resolve, reject) => {
      try {
        let child = this.start();
        this.pending.push({ want, resolve, reject }), child.stdin.writableCorked || (child.stdin.cork(), process.nextTick(() => child.stdin.uncork())), child.stdin.write(`${object}
`);
      } catch (error) {
        reject(error);
      }
    });
  }
  /** Ends the git process; pending reads fail, later reads start a new process. */
  close() {
    let child = this.process;
    this.process = null, child && (this.failPending(new Error("the change set was closed while a read was pending")), child.stdin.destroy(), child.stdout.destroy(), child.stderr.destroy(), child.kill());
  }
  async readOutOfBand(commit, path) {
    let probe = await runGit(this.repo, ["cat-file", "-s", `${commit}:${path}`], { allowFailure: !0 });
    if (probe.exitCode !== 0 || Number(probe.stdout.trim()) > this.maxBytes) return null;
    let { stdout, exitCode } = await runGit(this.repo, ["cat-file", "blob", `${commit}:${path}`], {
      allowFailure: !0
    });
    return exitCode !== 0 || stdout.includes("\0") ? null : stdout;
  }
  start() {
    if (this.process) return this.process;
    this.state = { kind: "header" }, this.partialHeader = Buffer.alloc(0);
    let child = spawn("git", ["-c", "core.quotepath=off", "cat-file", "--batch"], {
      cwd: this.repo,
      stdio: ["pipe", "pipe", "pipe"]
    }), stderr = "";
    child.stderr.on("data", (data) => stderr += data.toString()), child.stdout.on("data", (data) => {
      try {
        this.consume(data);
      } catch (error) {
        this.failPending(error);
      }
    });
    let fail = (message) => {
      this.process === child && (this.process = null, this.failPending(new Error(message)));
    };
    return child.on("error", (error) => fail(`could not start git cat-file in ${this.repo}: ${error.message}`)), child.on(
      "exit",
      (code) => fail(`git cat-file exited (${code ?? "signal"}) in ${this.repo}: ${stderr.trim() || "no message"}`)
    ), child.stdin.on("error", () => {
    }), this.process = child, child;
  }
  failPending(error) {
    let pending = this.pending;
    this.pending = [];
    for (let p of pending) p.reject(error);
  }
  settle(value) {
    this.pending.shift()?.resolve(value);
  }
  consume(data) {
    let offset = 0;
    for (; offset < data.length; )
      if (this.state.kind === "header") {
        let newline = data.indexOf(10, offset);
        if (newline < 0) {
          this.partialHeader = Buffer.concat([this.partialHeader, data.subarray(offset)]);
          return;
        }
        let header = Buffer.concat([this.partialHeader, data.subarray(offset, newline)]).toString("utf8");
        this.partialHeader = Buffer.alloc(0), offset = newline + 1;
        let match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
        if (!match) {
          this.settle(null);
          continue;
        }
        let [, sha, type, sizeText] = match, size = Number(sizeText), wantsSha = this.pending[0]?.want === "sha";
        wantsSha && this.settle(type === "commit" ? sha : null);
        let keep = !wantsSha && type === "blob" && size <= this.maxBytes;
        this.state = { kind: "body", remaining: size + 1, keep, chunks: [], settled: wantsSha };
      } else {
        let body = this.state, take = Math.min(body.remaining, data.length - offset);
        if (body.keep && body.chunks.push(data.subarray(offset, offset + take)), body.remaining -= take, offset += take, body.remaining === 0 && (this.state = { kind: "header" }, !body.settled))
          if (!body.keep)
            this.settle(null);
          else {
            let content = Buffer.concat(body.chunks), blob = content.subarray(0, content.length - 1);
            this.settle(looksBinary(blob) ? null : blob.toString("utf8"));
          }
      }
  }
};

// src/git/ensure-history.ts
var DEEPEN_STEPS = [50, 500, 5e3];
async function isShallow(repo) {
  let { stdout } = await runGit(repo, ["rev-parse", "--is-shallow-repository"]);
  return stdout.trim() === "true";
}
async function hasCommonAncestor(repo, base, head) {
  let { exitCode } = await runGit(repo, ["merge-base", base, head], { allowFailure: !0 });
  return exitCode === 0;
}
async function fetchQuietly(repo, args) {
  let { exitCode } = await runGit(repo, ["fetch", "--quiet", "--no-tags", ...args], { allowFailure: !0 });
  return exitCode === 0;
}
async function resolveBothInFullClone(repo, base, head) {
  for (let ref of [base, head])
    if (!ref || ref.startsWith("-")) throw new Error(`ref must be a branch, tag or SHA, got "${ref}"`);
  let { stdout, exitCode } = await runGit(
    repo,
    ["rev-parse", "--is-shallow-repository", `${base}^{commit}`, `${head}^{commit}`],
    { allowFailure: !0 }
  ), [shallow, baseSha, headSha] = stdout.trim().split(`
`);
  return exitCode !== 0 || shallow !== "false" || !baseSha || !headSha ? null : { baseSha, headSha, incompleteReason: null };
}
async function ensureHistory(repo, base, head, remote = "origin") {
  let quick = await resolveBothInFullClone(repo, base, head);
  return quick || ensureHistorySlowly(repo, base, head, remote);
}
async function ensureHistorySlowly(repo, base, head, remote) {
  let baseSha = await resolveCommit(repo, base), headSha = await resolveCommit(repo, head), missing = [baseSha ? null : base, headSha ? null : head].filter((ref) => ref !== null);
  if (missing.length && (await fetchQuietly(repo, [`--depth=${DEEPEN_STEPS[0]}`, remote, ...missing]), baseSha ??= await resolveCommit(repo, base), headSha ??= await resolveCommit(repo, head)), !baseSha)
    throw new Error(`base "${base}" is not a commit in ${repo}, and fetching it from ${remote} did not help`);
  if (!headSha)
    throw new Error(`head "${head}" is not a commit in ${repo}, and fetching it from ${remote} did not help`);
  if (!await isShallow(repo) || await hasCommonAncestor(repo, baseSha, headSha))
    return { baseSha, headSha, incompleteReason: null };
  for (let depth of DEEPEN_STEPS)
    if (await fetchQuietly(repo, [`--deepen=${depth}`, remote, headSha, baseSha]), await hasCommonAncestor(repo, baseSha, headSha)) return { baseSha, headSha, incompleteReason: null };
  return await fetchQuietly(repo, ["--unshallow", remote, headSha, baseSha]), !await isShallow(repo) || await hasCommonAncestor(repo, baseSha, headSha) ? { baseSha, headSha, incompleteReason: null } : {
    baseSha,
    headSha,
    incompleteReason: `the clone is shallow and ${remote} could not supply the history between ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)}: commits may be missing`
  };
}

// src/git/binary-guess.ts
var TEXT_EXTENSIONS = new Set(
  "ts tsx mts cts js jsx mjs cjs json jsonc json5 yaml yml md markdown mdx txt rst adoc sql rb rake erb py pyi go rs java kt kts scala groovy gradle cs fs vb php ex exs erl hrl c h cc cpp cxx hpp hh swift m mm sh bash zsh fish ps1 bat cmd toml ini cfg conf xml xsd html htm css scss sass less graphql gql graphqls proto tf tfvars hcl lock properties env csv tsv svg vue svelte astro prisma dart lua pl pm r jl clj cljs edn elm hs ml mli nix tpl j2 jinja mustache hbs liquid twig csproj fsproj sln editorconfig gitignore gitattributes dockerignore npmrc nvmrc tool-versions mod sum cue rego diff patch".split(" ")
), BINARY_EXTENSIONS = new Set(
  "png jpg jpeg gif webp ico bmp tiff avif heic pdf zip gz tgz bz2 xz 7z rar jar war ear class so dylib dll exe bin o a lib woff woff2 ttf otf eot mp3 mp4 m4a wav ogg webm mov avi mkv flac wasm pyc pyo db sqlite sqlite3 keystore jks p12 pfx der psd ai sketch".split(" ")
);
function guessByExtension(path) {
  let name = path.slice(path.lastIndexOf("/") + 1), dot = name.lastIndexOf(".");
  if (dot < 0) return "unknown";
  let extension = name.slice(dot + 1).toLowerCase();
  return TEXT_EXTENSIONS.has(extension) ? "text" : BINARY_EXTENSIONS.has(extension) ? "binary" : "unknown";
}

// src/git/parse.ts
var NO_COMMITS = Object.freeze([]), STATUS_BY_LETTER = {
  A: "added",
  M: "modified",
  D: "deleted",
  R: "renamed",
  C: "copied",
  T: "type-changed"
};
function parseNameStatus(output) {
  let entries = [], at = 0, field = () => {
    if (at >= output.length) return "";
    let end = output.indexOf("\0", at);
    end < 0 && (end = output.length);
    let text = output.slice(at, end);
    return at = end + 1, text;
  }, path = (code) => {
    let name = field();
    if (name === "")
      throw new Error(`unexpected git diff --name-status record: status ${code} with a missing path`);
    return name;
  };
  for (; at < output.length; ) {
    let code = field();
    if (!code) continue;
    let letter = code[0], status = STATUS_BY_LETTER[letter];
    if (!status)
      entries.push({ path: path(code), status: "modified", binary: !1, commits: NO_COMMITS });
    else if (letter === "R" || letter === "C") {
      let previousPath = path(code);
      entries.push({ path: path(code), status, binary: !1, commits: NO_COMMITS, previousPath });
    } else
      entries.push({ path: path(code), status, binary: !1, commits: NO_COMMITS });
  }
  return entries;
}
function parseBinaryPaths(output) {
  let fields = output.split("\0"), binary = /* @__PURE__ */ new Set(), i = 0;
  for (; i < fields.length; ) {
    let record = fields[i++];
    if (!record) continue;
    let [added, deleted, inlinePath] = record.split("	", 3), path = inlinePath ?? "";
    path === "" && (i++, path = fields[i++] ?? ""), added === "-" && deleted === "-" && binary.add(path);
  }
  return binary;
}
var FIELD_SEPARATOR = "", LOG_FORMAT = "%x1e%H%x1f%an%x1f%aI%x1f%s%x1f%b%x1f";
function unexpectedRecord(output, at) {
  return new Error(`unexpected git log record: ${JSON.stringify(output.slice(at, at + 120))}`);
}
function isRecordStart(output, at) {
  if (output.charCodeAt(at) !== 30) return !1;
  let end = output.indexOf(FIELD_SEPARATOR, at + 1), length = end - at - 1;
  return (length === 40 || length === 64) && /^[0-9a-f]+$/.test(output.slice(at + 1, end));
}
function parseLog(output) {
  let entries = [], at = 0;
  for (; at < output.length; ) {
    if (output.charCodeAt(at) !== 30) throw unexpectedRecord(output, at);
    let fieldsEnd = output.indexOf("\0", at);
    if (fieldsEnd < 0) throw unexpectedRecord(output, at);
    let fields = [], field = at + 1;
    for (let i = 0; i < 4; i++) {
      let separator = output.indexOf(FIELD_SEPARATOR, field);
      if (separator < 0 || separator >= fieldsEnd) throw unexpectedRecord(output, at);
      fields.push(output.slice(field, separator)), field = separator + 1;
    }
    if (output.charCodeAt(fieldsEnd - 1) !== 31 || fieldsEnd - 1 < field)
      throw unexpectedRecord(output, at);
    let body = output.slice(field, fieldsEnd - 1).trim(), [sha, author, date, subject2] = fields, files = [];
    if (at = fieldsEnd + 1, output.charCodeAt(at) === 10)
      for (at++; at < output.length && !isRecordStart(output, at); ) {
        let nameEnd = output.indexOf("\0", at);
        if (nameEnd < 0) throw unexpectedRecord(output, at);
        nameEnd > at && files.push(output.slice(at, nameEnd)), at = nameEnd + 1;
      }
    entries.push({ sha, author, date, subject: subject2, body, files });
  }
  return entries;
}
function prNumberFromSubject(subject2) {
  let merge = /^Merge pull request #(\d+)\b/.exec(subject2);
  if (merge) return Number(merge[1]);
  let squash = /\(#(\d+)\)\s*$/.exec(subject2);
  if (squash) return Number(squash[1]);
}

// src/git/range-log.ts
async function readRangeLog(repo, base, head, signal) {
  let { stdout } = await runGit(
    repo,
    [
      "log",
      "--no-renames",
      // A `log.showSignature` setting would mix gpg's report into the records.
      "--no-show-signature",
      "-z",
      "--name-only",
      `--format=${LOG_FORMAT}`,
      `${base}..${head}`,
      "--"
    ],
    // git log flushes its output after every commit when writing to a pipe: thousands of small
    // reads here. GIT_FLUSH=0 lets stdio fill whole buffers (measured: 1,600 reads -> 130).
    { env: { GIT_FLUSH: "0" }, ...signal ? { signal } : {} }
  ), entries = parseLog(stdout);
  return { commits: entries.map((entry) => {
    let commit = {
      sha: entry.sha,
      subject: entry.subject,
      body: entry.body,
      author: entry.author,
      date: entry.date
    }, pr = prNumberFromSubject(entry.subject);
    return pr !== void 0 && (commit.pr = pr), commit;
  }), entries };
}
function fileAttribution(log, files) {
  return {
    async commitsFor(paths) {
      let asked = new Set(paths), wanted = /* @__PURE__ */ new Map();
      for (let i = 0; i < files.length; i++)
        asked.has(files[i].path) && wanted.set(files[i].path, files[i]);
      let result = /* @__PURE__ */ new Map();
      if (!wanted.size) return result;
      let names = /* @__PURE__ */ new Map();
      for (let file of wanted.values())
        for (let name of file.previousPath !== void 0 ? [file.path, file.previousPath] : [file.path]) {
          let list = names.get(name);
          list ? list.push(file) : names.set(name, [file]);
        }
      let found = /* @__PURE__ */ new Map(), { entries } = await log;
      for (let e = 0; e < entries.length; e++) {
        let entry = entries[e];
        for (let n = 0; n < entry.files.length; n++) {
          let owners = names.get(entry.files[n]);
          if (owners)
            for (let file of owners) {
              let list = found.get(file);
              list ? list[list.length - 1] !== entry.sha && list.push(entry.sha) : found.set(file, [entry.sha]);
            }
        }
      }
      for (let [path, file] of wanted)
        file.commits = found.get(file) ?? [], result.set(path, file.commits);
      return result;
    },
    async pathsTouchedBy(shas) {
      let wanted = new Set(shas), result = /* @__PURE__ */ new Map();
      if (!wanted.size) return result;
      for (let entry of (await log).entries) wanted.has(entry.sha) && result.set(entry.sha, entry.files);
      return result;
    }
  };
}

// src/git/local.ts
var DEFAULT_MAX_READ_BYTES = 2 * 1024 * 1024;
async function localChangeSet(options) {
  let { repo } = options;
  if (!repo) throw new Error("repo must be the path of a git working copy, got an empty string");
  for (let [name, ref] of [
    ["base", options.base],
    ["head", options.head]
  ])
    if (typeof ref != "string" || ref === "" || ref.startsWith("-"))
      throw new Error(`${name} must be a branch, tag or SHA, got "${ref}"`);
  let quickDiff = diffRange(repo, options.base, options.head, !0), log = startLog(repo, options.base, options.head), reader = new BlobReader(repo, options.maxReadBytes ?? DEFAULT_MAX_READ_BYTES), resolving = Promise.all([reader.resolveCommit(options.base), reader.resolveCommit(options.head)]), history, files;
  try {
    let nameStatus;
    ({ history, nameStatus } = await settleRange()), files = parseNameStatus(nameStatus);
    let binaryPaths = await findBinaryPaths(repo, history.baseSha, history.headSha, files);
    if (binaryPaths.size) for (let file of files) binaryPaths.has(file.path) && (file.binary = !0);
  } catch (error) {
    throw reader.close(), log.stop(), error;
  }
  async function settleRange() {
    let quickBase = null, quickHead = null;
    try {
      [quickBase, quickHead] = await resolving;
    } catch {
    }
    let quickListing = await quickDiff;
    if (quickBase && quickHead && quickListing !== null && isFullClone(repo))
      return {
        history: { baseSha: quickBase, headSha: quickHead, incompleteReason: null },
        nameStatus: quickListing
      };
    reader.close(), log.stop();
    let history2 = await ensureHistory(repo, options.base, options.head, options.remote);
    log = startLog(repo, history2.baseSha, history2.headSha);
    let nameStatus = await diffRange(repo, history2.baseSha, history2.headSha, !1);
    if (nameStatus === null)
      throw new Error(
        `git could not list the changes between ${history2.baseSha} and ${history2.headSha} in ${repo}`
      );
    return { history: history2, nameStatus };
  }
  let { baseSha, headSha } = history, rangeLog = log.done, commits = null, commitsReady = rangeLog.then((listed) => {
    commits = listed.commits;
  });
  commitsReady.catch(() => {
  });
  let stopLog = log.stop, changeSet = {
    base: baseSha,
    head: headSha,
    files,
    get commits() {
      if (commits === null)
        throw new Error("the commits of a local change set are read once changes.commitsReady settles");
      return commits;
    },
    commitsReady,
    complete: history.incompleteReason === null,
    read: (path, side) => reader.read(side === "base" ? baseSha : headSha, path),
    ...fileAttribution(rangeLog, files),
    close: () => {
      reader.close(), stopLog();
    }
  };
  return history.incompleteReason !== null && (changeSet.incompleteReason = history.incompleteReason), changeSet;
}
function startLog(repo, base, head) {
  let controller = new AbortController(), done = readRangeLog(repo, base, head, controller.signal).catch((error) => {
    throw new Error(
      `git could not list the commits between ${base} and ${head} in ${repo}: ${error instanceof Error ? error.message : String(error)}`
    );
  });
  return done.catch(() => {
  }), { done, stop: () => controller.abort() };
}
function isFullClone(repo) {
  if (process.env.GIT_DIR) return !1;
  let gitDir = join(repo, ".git");
  try {
    return statSync(gitDir).isDirectory() && !existsSync(join(gitDir, "shallow"));
  } catch {
    return !1;
  }
}
async function diffRange(repo, base, head, tolerant) {
  let { stdout, exitCode } = await runGit(
    repo,
    ["diff", "--no-ext-diff", "--no-textconv", "-M", "-z", "--name-status", base, head, "--"],
    { allowFailure: tolerant }
  );
  return exitCode === 0 ? stdout : null;
}
var NUMSTAT_CHUNK = 500;
async function findBinaryPaths(repo, base, head, files) {
  let binary = /* @__PURE__ */ new Set(), unknown = [];
  for (let i = 0; i < files.length; i++) {
    let file = files[i];
    if (file.status === "deleted") continue;
    let guess = guessByExtension(file.path);
    guess === "binary" ? binary.add(file.path) : guess === "unknown" && unknown.push(file.path);
  }
  for (let i = 0; i < unknown.length; i += NUMSTAT_CHUNK) {
    let pathspecs = unknown.slice(i, i + NUMSTAT_CHUNK).map((path) => `:(literal)${path}`), { stdout } = await runGit(repo, [
      "diff",
      "--no-ext-diff",
      "--no-textconv",
      "--no-renames",
      "-z",
      "--numstat",
      base,
      head,
      "--",
      ...pathspecs
    ]);
    for (let path of parseBinaryPaths(stdout)) binary.add(path);
  }
  return binary;
}

// src/assess/changelog-security.ts
var CHANGELOG_NAME = /^(?:CHANGELOG|CHANGES|HISTORY|NEWS|RELEASE[-_]?NOTES)(?:\.(?:md|markdown|rst|txt))?$/i, HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/, SECURITY_HEADING = /\bsecurity\b/i, SECURITY_ENTRY = /\b(?:security|vulnerab\w*|CVE-\d{4}-\d+|GHSA(?:-\w{4}){3})\b/i, ENTRY = /^\s*(?:[-*+]|\d+[.)])\s+(.+)$/, RELEASE_HEADING = /\bunreleased\b|\bv?\d+\.\d+(?:\.\d+)?\b|\b\d{4}-\d{2}-\d{2}\b/i;
function isChangelog(path) {
  return CHANGELOG_NAME.test(path.slice(path.lastIndexOf("/") + 1));
}
function normalise(entry) {
  return entry.replace(/\s+/g, " ").trim();
}
function entriesOf(text) {
  let entries = [], securityLevel = 0, release = null, releases = 0, lines = text.split(`
`);
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index], heading = HEADING.exec(line);
    if (heading) {
      let level = heading[1].length, title = heading[2];
      SECURITY_HEADING.test(title) ? securityLevel = level : securityLevel && level <= securityLevel && (securityLevel = 0), !SECURITY_HEADING.test(title) && RELEASE_HEADING.test(title) && (release = normalise(title), releases++);
      continue;
    }
    let entry = ENTRY.exec(line);
    entry && entries.push({
      text: normalise(entry[1]),
      line: index + 1,
      inSecuritySection: securityLevel > 0,
      release,
      newestRelease: releases <= 1
    });
  }
  return entries;
}
function addedSecurityEntries(head, base) {
  let earlier = base === null ? [] : entriesOf(base), before = new Set(earlier.map((entry) => entry.text)), oldReleases = new Set(earlier.map((entry) => entry.release).filter((r) => r !== null));
  return entriesOf(head).filter(
    (entry) => !before.has(entry.text) && (entry.inSecuritySection || SECURITY_ENTRY.test(entry.text)) && (entry.newestRelease || entry.release === null || !oldReleases.has(entry.release))
  ).map(({ text, line, inSecuritySection }) => ({ text, line, inSecuritySection }));
}
function clip(text) {
  return text.length <= 100 ? text : `${text.slice(0, 99)}\u2026`;
}
function changelogSecurityFactor(file, entries) {
  if (!entries.length) return null;
  let named = entries.slice(0, 3).map((entry) => `"${clip(entry.text)}"`), more = entries.length > 3 ? ` and ${entries.length - 3} more` : "", where = entries.some((entry) => entry.inSecuritySection) ? 'under "Security"' : "that name a vulnerability";
  return {
    kind: "critical-change",
    severity: "blocker",
    category: "security",
    path: file.path,
    line: entries[0].line,
    commit: file.commits[0] ?? null,
    detail: `${file.path} gained ${entries.length === 1 ? "an entry" : `${entries.length} entries`} ${where} in the range: ${named.join(", ")}${more}. Rolling back would undo ${entries.length === 1 ? "this fix" : "these fixes"}.`,
    recommendation: "Do not roll back past a security fix: roll forward with a fix, or revert only the change that broke."
  };
}

// src/assess/glob.ts
function escapeChar(char) {
  return /[.+^${}()|[\]\\*?]/.test(char) ? `\\${char}` : char;
}
function translate(pattern) {
  let out = "", braceDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    let char = pattern[i];
    if (char === "*")
      if (pattern[i + 1] === "*") {
        let atSegmentStart = i === 0 || pattern[i - 1] === "/", slashAfter = pattern[i + 2] === "/";
        i++, atSegmentStart && slashAfter ? (i++, out += "(?:.*/)?") : out += ".*";
      } else
        out += "[^/]*";
    else if (char === "?")
      out += "[^/]";
    else if (char === "[") {
      let end = pattern.indexOf("]", i + 1);
      if (end < 0)
        out += "\\[";
      else {
        let body = pattern.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
        out += `[${body}]`, i = end;
      }
    } else char === "{" ? (braceDepth++, out += "(?:") : char === "}" && braceDepth > 0 ? (braceDepth--, out += ")") : char === "," && braceDepth > 0 ? out += "|" : out += escapeChar(char);
  }
  if (braceDepth > 0) throw new Error(`glob "${pattern}" has an unclosed "{"`);
  return out;
}
function compileGlob(pattern) {
  if (typeof pattern != "string" || pattern.trim() === "")
    throw new Error(`a path glob must be a non-empty string, got ${JSON.stringify(pattern)}`);
  let body = pattern.trim().replace(/^\.\//, ""), anchored = body.startsWith("/") || body.replace(/\/$/, "").includes("/");
  body = body.replace(/^\//, ""), body.endsWith("/") && (body += "**");
  let source = translate(body);
  return new RegExp(anchored ? `^${source}$` : `^(?:.*/)?${source}$`);
}
function compileGlobs(patterns) {
  if (!Array.isArray(patterns)) throw new Error("globs must be a list of path patterns");
  let regexes = patterns.map(compileGlob);
  return (path) => {
    for (let i = 0; i < regexes.length; i++) if (regexes[i].test(path)) return !0;
    return !1;
  };
}

// src/assess/changes.ts
var MAX_INDIVIDUAL_FILES = 5, MAX_FOLDER_FACTORS = 15, SAMPLE_NAMES = 3, short = (sha) => sha.slice(0, 7);
function plural(count, word, pluralWord = `${word}s`) {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
function listSample(items, limit = SAMPLE_NAMES) {
  let shown = items.slice(0, limit).join(", ");
  return items.length > limit ? `${shown} and ${items.length - limit} more` : shown;
}
function folderOf(path) {
  let slash = path.lastIndexOf("/");
  return slash < 0 ? "." : path.slice(0, slash);
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
var CONVENTIONAL_SECURITY = /^\w+\(security\)!?:|^security(\([^)]*\))?!?:/i, CVE_ID = /\bCVE-\d{4}-\d{4,}\b/gi, GHSA_ID = /\bGHSA(?:-[23456789cfghjmpqrvwx]{4}){3}\b/gi, CRITICAL_LABELS = /* @__PURE__ */ new Set(["security", "hotfix", "critical"]), SECURITY_LABEL = /security|vulnerab|\bcve\b/i, ADVISORY_FORK_MERGE = /^Merge commit from fork\b/i, NAMED_ATTACK = /(?<![\w/.-])(?:(?:XSS|CSRF|SSRF|XXE)(?![\w/.-]|\s+(?:tokens?|keys?|cookies?|headers?|middleware|exempts?|secrets?|filters?)\b)|RCE|IDOR|ReDoS|SQL injection|(?:command|code|shell|header|CRLF|template|LDAP|XPath|XML|HTML|NoSQL) injection|(?:path|directory) traversal|(?:zip|tar)[- ]slip|open redirect|prototype pollution|privilege escalation|remote code execution|insecure direct object references?|request smuggling|session fixation|clickjacking|denial of service|(?:auth(?:entication|orization)?|permission|access[- ]control|2FA|MFA|SSO|login|CSP) bypass|security (?:fix(?:es)?|issues?|patch(?:es)?|vulnerabilit(?:y|ies)|alerts?|holes?|bugs?|flaws?))\b/i, FIX_VERB = String.raw`(?:fix(?:e[sd]|ing)?|prevent(?:s|ed|ing)?|skip(?:s|ped|ping)?|reject(?:s|ed|ing)?|validat(?:e[sd]?|ing)|saniti[sz](?:e[sd]?|ing)|escap(?:e[sd]?|ing)|restrict(?:s|ed|ing)?|check(?:s|ed|ing)?|enforc(?:e[sd]?|ing)|guard(?:s|ed|ing)?|block(?:s|ed|ing)?|disallow(?:s|ed|ing)?|forbid(?:s|den)?|den(?:y|ies|ied)|harden(?:s|ed|ing)?|patch(?:es|ed|ing)?|mitigat(?:e[sd]?|ing)|protect(?:s|ed|ing)?|(?:do not|don't|never|no longer) follow)`, WEAKNESS = String.raw`(?:security advisor(?:y|ies)|vulnerabilit(?:y|ies)(?![- ](?:filters?|scan\w*|reports?|lists?|pages?|views?|data(?:base)?|db|summar(?:y|ies)|tabs?|tables?|columns?|charts?|exports?|dashboards?|feeds?|counts?|severit(?:y|ies)|status|allowlists?|whitelists?|details?|results?|items?|components?|icons?))|(?:permission|authori[sz]ation|access|ownership|role|scope|tenant) (?:checks?|checking|validation|controls?|enforcement)|unauthori[sz]ed (?:access|users?|requests?|callers?|reads?|writes?)|missing (?:permission|authori[sz]ation|auth|access) checks?|sym(?:bolic )?links?)`, FIXED_WEAKNESS = new RegExp(
  String.raw`\b${FIX_VERB}\b(?:\s+(?!(?:of|for|in|when|while|with|on|to|from|by|and|or|after|before|during|if)\b)[\w'-]+){0,3}?\s+${WEAKNESS}\b`,
  "i"
), CONVENTIONAL_TYPE = /^\w+(?:\([^)]*\))?!?:\s*/, ARCHIVE_CONTEXT = /\b(?:tar(?:ball)?s?|archives?|zip|unpack\w*|untar\w*|extract\w*|upload\w*|unzip\w*)\b/i, TEST_ONLY = /\b(?:tests?|test ?cases?|testcases?|specs?|e2e)\b/i, BACKPORT_PREFIX = /^(?:\[[^\]]*\]|\((?:cherry[- ]?pick(?:ed)?|backport)[^)]*\)|(?:cherry[- ]?pick(?:ed)?|backport)\b:?)\s*/i, DEPENDENCY_BUMP = /^(?:(?:build|chore|fix)\(deps?(?:-dev)?\)!?:\s*)?(?:bump|update|upgrade)\b.*\b(?:from|to|v?\d)/i, SECURITY_HINT = /cve-|ghsa-|security|from fork|xss|csrf|ssrf|xxe|rce|idor|redos|injection|traversal|slip|redirect|pollution|escalation|bypass|vulnerab|smuggl|fixation|clickjack|denial|remote code|insecure|permission|authori[sz]|access|ownership|role|scope|tenant|symlink|symbolic link/i;
function originalSubject(subject2) {
  let text = subject2.trim();
  for (let previous = ""; previous !== text; )
    previous = text, text = text.replace(BACKPORT_PREFIX, "");
  return text;
}
function namedFix(line) {
  let attack = NAMED_ATTACK.exec(line);
  if (attack) return { words: attack[0], outright: !0 };
  let weakness = FIXED_WEAKNESS.exec(line.replace(CONVENTIONAL_TYPE, ""));
  return !weakness || /sym(?:bolic )?links?$/i.test(weakness[0]) && !ARCHIVE_CONTEXT.test(line) || TEST_ONLY.test(line) ? null : { words: weakness[0], outright: !1 };
}
function namedFixOf(commit, subject2, bump) {
  let inSubject = namedFix(subject2);
  if (inSubject || !bump) return inSubject;
  for (let line of commit.body.split(`
`)) {
    let inBody = namedFix(line);
    if (inBody) return inBody;
  }
  return null;
}
function securityEvidence(commit) {
  if (!commit.labels?.length && !SECURITY_HINT.test(commit.subject) && !SECURITY_HINT.test(commit.body))
    return null;
  let text = `${commit.subject}
${commit.body}`, ids = [
    ...new Set([...text.match(CVE_ID) ?? [], ...text.match(GHSA_ID) ?? []].map((id) => id.toUpperCase()))
  ];
  if (ADVISORY_FORK_MERGE.test(commit.subject)) return `merges a private security-advisory fork${ids.length ? ` (${listSample(ids)})` : ""}`;
  if (ids.length) return `fixes ${listSample(ids)}`;
  let subject2 = originalSubject(commit.subject), revert = /^Revert\b/i.test(subject2);
  if (!revert && CONVENTIONAL_SECURITY.test(subject2)) return "is marked as a security fix";
  let labels = (commit.labels ?? []).filter(
    (label) => CRITICAL_LABELS.has(label.toLowerCase()) || SECURITY_LABEL.test(label)
  );
  if (labels.length) return `carries the label${labels.length > 1 ? "s" : ""} ${labels.join(", ")}`;
  if (revert) return null;
  let bump = DEPENDENCY_BUMP.test(subject2), named = namedFixOf(commit, subject2, bump);
  return named ? bump ? `bumps a dependency for a security fix ("${named.words}")` : named.outright ? `fixes a vulnerability ("${named.words}")` : `looks like a security fix ("${named.words}")` : null;
}
function securityCommits(changes) {
  let flagged = [];
  for (let commit of changes.commits) {
    let evidence2 = securityEvidence(commit);
    evidence2 !== null && flagged.push({ commit, evidence: evidence2 });
  }
  return flagged;
}
function securityFactors(changes, flagged, touchedBy) {
  if (!flagged.length) return [];
  let wanted = new Set(flagged.map((entry) => entry.commit.sha)), filesByCommit = /* @__PURE__ */ new Map(), add = (sha, path) => {
    let list = filesByCommit.get(sha) ?? [];
    list.push(path), filesByCommit.set(sha, list);
  };
  if (touchedBy) {
    let byName = /* @__PURE__ */ new Map();
    for (let [sha, paths] of touchedBy)
      if (wanted.has(sha))
        for (let path of paths) {
          let shas = byName.get(path);
          shas ? shas.push(sha) : byName.set(path, [sha]);
        }
    let files = changes.files;
    for (let i = 0; i < files.length; i++) {
      let file = files[i], direct = byName.get(file.path), earlier = file.previousPath !== void 0 ? byName.get(file.previousPath) : void 0;
      if (!(!direct && !earlier))
        for (let sha of /* @__PURE__ */ new Set([...direct ?? [], ...earlier ?? []])) add(sha, file.path);
    }
  } else
    for (let file of changes.files)
      for (let sha of file.commits) wanted.has(sha) && add(sha, file.path);
  return flagged.map(({ commit, evidence: evidence2 }) => {
    let files = filesByCommit.get(commit.sha) ?? [], pr = commit.pr !== void 0 ? ` (PR #${commit.pr})` : "", touches = files.length ? `; it touches ${listSample(files)}` : "";
    return {
      kind: "critical-change",
      severity: "blocker",
      category: /^carries the labels? /.test(evidence2) && !SECURITY_LABEL.test(evidence2) ? "hotfix" : "security",
      path: files[0] ?? null,
      line: null,
      commit: commit.sha,
      detail: `Commit ${short(commit.sha)} "${commit.subject}"${pr} ${evidence2}: rolling back would undo it${touches}.`,
      recommendation: "Do not roll back past this fix: roll forward with a fix, or revert only the change that broke."
    };
  });
}
function groupedFactors(files, describe, base, commitOf) {
  if (files.length <= MAX_INDIVIDUAL_FILES)
    return files.map((file) => ({
      ...base,
      path: file.path,
      line: null,
      commit: commitOf([file]),
      ...describe([file.path], null)
    }));
  let byFolder = /* @__PURE__ */ new Map();
  for (let file of files) {
    let folder = folderOf(file.path), list = byFolder.get(folder);
    list ? list.push(file) : byFolder.set(folder, [file]);
  }
  let folders = [...byFolder.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)), factors = folders.slice(0, MAX_FOLDER_FACTORS).map(([folder, group]) => ({
    ...base,
    path: group.length === 1 ? group[0].path : `${folder}/`,
    line: null,
    commit: commitOf(group),
    ...describe(
      group.map((f) => f.path),
      group.length === 1 ? null : folder
    )
  })), rest = folders.slice(MAX_FOLDER_FACTORS).flatMap(([, group]) => group);
  return rest.length && factors.push({
    ...base,
    path: null,
    line: null,
    commit: commitOf(rest),
    ...describe(
      rest.map((f) => f.path),
      `${plural(folders.length - MAX_FOLDER_FACTORS, "other folder")}`
    )
  }), factors;
}
function newestFromFileCommits(commits) {
  let order = null;
  return (files) => {
    order ??= new Map(commits.map((commit, index) => [commit.sha, index]));
    let best = null, bestIndex = 1 / 0;
    for (let file of files) {
      let sha = file.commits[0];
      if (sha === void 0) continue;
      let index = order.get(sha) ?? commits.length;
      (best === null || index < bestIndex) && (best = sha, bestIndex = index);
    }
    return best;
  };
}
function subject(paths, where, noun) {
  return where === null ? paths[0] : `${plural(paths.length, noun)} in ${where} (${listSample(paths.map(baseName))})`;
}
function criticalPathFactors(hits, commitOf) {
  return groupedFactors(
    hits,
    (paths, where) => ({
      detail: `${subject(paths, where, "file")} ${paths.length === 1 && where === null ? "is" : "are"} on a configured critical path; a rollback would undo ${paths.length === 1 ? "its change" : "their changes"}.`,
      recommendation: "Check by hand that undoing this change is acceptable before rolling back."
    }),
    { kind: "critical-change", severity: "warning", category: "critical-path" },
    commitOf
  );
}
var CONTENT_READS = 16, DATA_EXTENSIONS = /\.(ya?ml|json|toml|ini|conf|cfg|properties|env|xml|hcl)$/i, YAML_OR_JSON = /\.(ya?ml|json)$/i, MANIFEST_FOLDERS = /* @__PURE__ */ new Set([
  "k8s",
  "kubernetes",
  "kube",
  "manifests",
  "deploy",
  "deployment",
  "deployments",
  "kustomize",
  "overlays"
]), CHART_FOLDERS = /* @__PURE__ */ new Set(["charts", "helm"]), CODE_EXTENSIONS = /\.(?:[cm]?[jt]sx?|go|py|java|kt|kts|scala|rs|php|cs|fs|swift|m|mm|c|cc|cpp|h|hpp|vue|svelte|dart|lua|ex|exs|erl|clj|rb|sh|sql)$/i, NOT_CONFIG_FOLDERS = /* @__PURE__ */ new Set([
  "test",
  "tests",
  "spec",
  "specs",
  "__tests__",
  "__mocks__",
  "testdata",
  "test-data",
  "fixtures",
  "__fixtures__",
  "e2e",
  "cypress",
  "locales",
  "locale",
  "i18n",
  "l10n",
  "translations",
  "lang",
  "docs",
  "examples",
  "example"
]), TEST_NAME = /(?:[._-](?:test|spec)\.[^.]+$|_test\.go$)/i, VERSION_NAME = /^_?version(?:\.[^.]+)?$/i, FLAG_FILE = /^(?:flags|features|feature-flags|feature_flags|flagd|flipt|unleash|flagsmith)(?:\.[\w-]+)?\.(?:json|ya?ml|toml)$|\.(?:flagd\.json|goff\.ya?ml)$/i, ENV_TEMPLATE = /\.(?:example|sample|template|dist|test)$/i, CONFIG_HINT = /config|\.tf|k8s|kube|manifests|deploy|kustomiz|overlays|charts|helm|chart\.ya?ml|\.env|flag|features|flipt|unleash|settings/i;
function configCategory(path) {
  if (!CONFIG_HINT.test(path)) return null;
  let segments = path.split("/"), name = segments[segments.length - 1], folders = segments.slice(0, -1);
  return folders.some((folder) => NOT_CONFIG_FOLDERS.has(folder.toLowerCase())) || TEST_NAME.test(name) || VERSION_NAME.test(name) || CODE_EXTENSIONS.test(name) ? null : /\.(tf|tfvars)$/.test(name) || name.endsWith(".tfvars.json") ? "terraform" : name === "kustomization.yaml" || name === "kustomization.yml" ? "kubernetes" : /^Chart\.ya?ml$/.test(name) || YAML_OR_JSON.test(name) && folders.some((f) => CHART_FOLDERS.has(f)) ? "helm" : /\.ya?ml$/i.test(name) && folders.some((f) => MANIFEST_FOLDERS.has(f)) ? "kubernetes" : name.startsWith(".env") && !ENV_TEMPLATE.test(name) ? "env" : FLAG_FILE.test(name) || folders.includes("feature-flags") && DATA_EXTENSIONS.test(name) ? "flags" : folders[0] === "config" || folders.includes("config") && DATA_EXTENSIONS.test(name) ? "config" : null;
}
function configNeedsContent(path, category) {
  let name = path.slice(path.lastIndexOf("/") + 1);
  return category === "kubernetes" && !/^kustomization\.ya?ml$/.test(name) ? "manifest" : category === "helm" && !/^Chart\.ya?ml$/.test(name) ? "chart" : null;
}
function isKubernetesManifest(content) {
  return /^apiVersion:\s*\S/m.test(content) && /^kind:\s*\S/m.test(content);
}
function fallbackCategory(path) {
  let segments = path.split("/"), name = segments[segments.length - 1], folders = segments.slice(0, -1);
  return folders[0] === "config" || folders.includes("config") && DATA_EXTENSIONS.test(name) ? "config" : null;
}
async function confirmConfigByContent(files, read) {
  let settled = /* @__PURE__ */ new Map(), charts = /* @__PURE__ */ new Map(), hasChart = (folder, side) => {
    let key = `${side}:${folder}`, found = charts.get(key);
    if (!found) {
      let prefix = folder ? `${folder}/` : "";
      found = Promise.all([read(`${prefix}Chart.yaml`, side), read(`${prefix}Chart.yml`, side)]).then(
        ([yaml, yml]) => yaml !== null || yml !== null
      ), charts.set(key, found);
    }
    return found;
  };
  return await mapWithConcurrency(files, CONTENT_READS, async (file) => {
    let guess = configCategory(file.path), need = guess ? configNeedsContent(file.path, guess) : null;
    if (!guess || !need) return;
    let side = file.status === "deleted" ? "base" : "head", confirmed = !1;
    if (need === "manifest") {
      let content = await read(file.path, side);
      confirmed = content !== null && isKubernetesManifest(content);
    } else {
      let folders = file.path.split("/").slice(0, -1);
      for (let depth = folders.length; depth >= 0 && !confirmed; depth--)
        confirmed = await hasChart(folders.slice(0, depth).join("/"), side);
    }
    settled.set(file.path, confirmed ? guess : fallbackCategory(file.path));
  }), settled;
}
var CONFIG_WORDING = {
  terraform: {
    noun: "Terraform file",
    recommendation: "Infrastructure is not rolled back with the code: check the earlier release works with the infrastructure as it is now."
  },
  kubernetes: {
    noun: "Kubernetes manifest",
    recommendation: "Check which manifests the rollback re-applies (replicas, probes, resources, secrets) and that the earlier release works with them."
  },
  helm: {
    noun: "Helm chart file",
    recommendation: "Check which chart values and templates the rollback re-applies and that the earlier release works with them."
  },
  env: {
    noun: "environment file",
    recommendation: "Check the earlier release still finds every variable it needs, and that no rotated secret comes back."
  },
  flags: {
    noun: "feature-flag file",
    recommendation: "Check which flags the rollback turns back on or off, and that the earlier code knows them."
  },
  config: {
    noun: "configuration file",
    recommendation: "Check the earlier configuration still matches the environment (endpoints, secrets, limits) before rolling back."
  }
}, INFRA = /* @__PURE__ */ new Set(["terraform", "kubernetes", "helm"]);
function configFactors(files, commitOf, settled) {
  let byCategory = /* @__PURE__ */ new Map();
  for (let file of files) {
    let category = settled?.has(file.path) ? settled.get(file.path) : configCategory(file.path);
    if (!category) continue;
    let list = byCategory.get(category);
    list ? list.push(file) : byCategory.set(category, [file]);
  }
  let factors = [];
  for (let [category, group] of byCategory) {
    let wording = CONFIG_WORDING[category];
    factors.push(
      ...groupedFactors(
        group,
        (paths, where) => ({
          detail: where === null ? `${wording.noun[0].toUpperCase()}${wording.noun.slice(1)} ${paths[0]} changed in the range; a rollback restores its earlier version.` : `${subject(paths, where, wording.noun)} changed in the range; a rollback restores their earlier versions.`,
          recommendation: wording.recommendation
        }),
        {
          kind: "config",
          severity: "warning",
          category: INFRA.has(category) ? "infra" : "config",
          // The tool whose files these are, where one is known.
          ...category === "config" || category === "env" ? {} : { framework: category }
        },
        commitOf
      )
    );
  }
  return factors;
}
var DEPENDENCY_FILES = /* @__PURE__ */ new Set([
  "package.json",
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lockb",
  "go.mod",
  "go.sum",
  "Cargo.toml",
  "Cargo.lock",
  "Gemfile",
  "Gemfile.lock",
  "poetry.lock",
  "Pipfile",
  "Pipfile.lock",
  "pyproject.toml",
  "uv.lock",
  "pom.xml",
  "build.gradle",
  "build.gradle.kts",
  "gradle.lockfile",
  "composer.json",
  "composer.lock",
  "mix.exs",
  "mix.lock",
  "packages.lock.json"
]);
function isDependencyFile(path) {
  let name = baseName(path);
  return DEPENDENCY_FILES.has(name) || /^requirements.*\.txt$/.test(name) || name.endsWith(".csproj");
}
function dependencyFactor(files, commitOf) {
  let manifests = files.filter((file) => isDependencyFile(file.path));
  if (!manifests.length) return [];
  let paths = manifests.map((file) => file.path);
  return [
    {
      kind: "dependency",
      severity: "info",
      category: "dependency",
      path: paths.length === 1 ? paths[0] : null,
      line: null,
      commit: commitOf(manifests),
      detail: `${plural(paths.length, "dependency manifest or lockfile", "dependency manifests and lockfiles")} changed (${listSample(paths, 6)}); a rollback restores the earlier dependency versions.`,
      recommendation: "Rolling back dependencies is usually fine; if an upgrade fixed a vulnerability, roll forward instead."
    }
  ];
}
function rangeFactors(changes, target) {
  let factors = [];
  if (target.sha === null && factors.push({
    kind: "target",
    severity: "warning",
    category: "target",
    path: null,
    line: null,
    commit: null,
    detail: `No rollback target: ${target.how}.`,
    recommendation: "Name the release to roll back to by hand, or roll forward with a fix."
  }), target.skipped.length) {
    let listed = target.skipped.map((s) => `${short(s.sha)}${s.ref ? ` (${s.ref})` : ""}: ${s.reason}`);
    factors.push({
      kind: "multiple-releases",
      severity: "warning",
      category: "releases",
      path: null,
      line: null,
      commit: target.skipped[0].sha,
      detail: `Rolling back also undoes ${plural(target.skipped.length, "later release")}: ${listSample(listed, 5)}.`,
      recommendation: "Check every release in the range, not only the last one, before rolling back."
    });
  }
  return changes.complete || factors.push({
    kind: "incomplete",
    severity: "warning",
    category: "incomplete",
    path: null,
    line: null,
    commit: null,
    detail: `The list of changes may be incomplete: ${changes.incompleteReason ?? "no reason given"}.`,
    recommendation: "Check the range by hand (or run with the full git history) before trusting this assessment."
  }), factors;
}
function hazardFiles(files, criticalPaths) {
  let critical = criticalPaths.length ? compileGlobs(criticalPaths) : null, plan = { critical: [], dependencies: [], config: [] };
  for (let i = 0; i < files.length; i++) {
    let file = files[i];
    critical !== null && (critical(file.path) || file.previousPath !== void 0 && critical(file.previousPath)) ? plan.critical.push(file) : isDependencyFile(file.path) ? plan.dependencies.push(file) : configCategory(file.path) !== null && plan.config.push(file);
  }
  return plan;
}
function fileHazardFactors(plan, classified, commitOf, settled) {
  let unclassified = (file) => !classified.has(file.path);
  return [
    ...criticalPathFactors(plan.critical, commitOf),
    ...configFactors(plan.config.filter(unclassified), commitOf, settled),
    ...dependencyFactor(plan.dependencies.filter(unclassified), commitOf)
  ];
}
function findChangeHazards(changes, target, options) {
  let plan = options.hazardFiles ?? hazardFiles(changes.files, options.criticalPaths);
  return [
    ...securityFactors(changes, options.securityCommits ?? securityCommits(changes), options.touchedBy),
    ...options.changelogSecurity ?? [],
    ...fileHazardFactors(
      plan,
      options.classifiedPaths ?? /* @__PURE__ */ new Set(),
      newestFromFileCommits(changes.commits),
      options.configByContent
    ),
    ...rangeFactors(changes, target)
  ];
}

// src/assess/types.ts
var SEVERITIES = ["info", "warning", "blocker"], FACTOR_KINDS = [
  "migration",
  "contract",
  "critical-change",
  "config",
  "dependency",
  "multiple-releases",
  "incomplete",
  "target"
], FACTOR_CATEGORIES = [
  "destructive",
  "constraining",
  "data-rewrite",
  "additive",
  "edited",
  "moved",
  "unparsed",
  "contract-removed",
  "contract-changed",
  "contract-added",
  "security",
  "hotfix",
  "critical-path",
  "config",
  "infra",
  "dependency",
  "releases",
  "target",
  "incomplete"
];

// src/assess/recommendation.ts
var KIND_ORDER = FACTOR_KINDS, MAX_EVIDENCE_CHARS = 90;
function clip2(text) {
  let trimmed = text.replace(/\s+/g, " ").trim().replace(/[.;,:]$/, "");
  if (trimmed.length <= MAX_EVIDENCE_CHARS) return trimmed;
  let cut = trimmed.slice(0, MAX_EVIDENCE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40))}\u2026`;
}
function evidence(factor) {
  let line = factor.line !== null ? `:${factor.line}` : "";
  if (factor.path && factor.detail.includes(factor.path)) {
    let located = factor.detail.includes(`${factor.path}${line}`) ? factor.detail : factor.detail.replace(factor.path, `${factor.path}${line}`);
    return clip2(located);
  }
  return `${factor.path ? `${factor.path}${line}: ` : ""}${clip2(factor.detail)}`;
}
function plural2(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}
function countOf(kind, group, target) {
  let severity = group[0].severity, files = new Set(group.map((factor) => factor.path ?? factor.detail)).size;
  switch (kind) {
    case "migration":
      return severity === "blocker" ? plural2(files, "destructive migration", "destructive migrations") : plural2(files, "migration", "migrations");
    case "contract": {
      let changes = severity === "blocker" ? plural2(group.length, "breaking contract change", "breaking contract changes") : plural2(group.length, "contract change", "contract changes");
      return files > 1 ? `${changes} in ${files} contract files` : changes;
    }
    case "critical-change":
      return group.every((factor) => factor.category === "security") ? plural2(group.length, "security fix", "security fixes") : plural2(group.length, "critical change", "critical changes");
    case "config":
      return plural2(group.length, "config change", "config changes");
    case "dependency":
      return plural2(group.length, "dependency change", "dependency changes");
    case "multiple-releases":
      return plural2(target?.skipped.length || group.length, "skipped release", "skipped releases");
    case "incomplete":
      return "an incomplete change list";
    case "target":
      return "a missing target";
  }
}
function summarize(factors, target) {
  let byKind = /* @__PURE__ */ new Map();
  for (let factor of factors) {
    let list = byKind.get(factor.kind);
    list ? list.push(factor) : byKind.set(factor.kind, [factor]);
  }
  let parts = [...byKind.entries()].sort((a, b) => KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0])).map(([kind, group]) => countOf(kind, group, target));
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
function short2(sha) {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
function targetName(target) {
  if (!target.sha) return target.ref ?? "the previous release";
  let ref = target.ref && target.ref !== target.sha ? ` (${target.ref})` : "";
  return `${short2(target.sha)}${ref}`;
}
function releasePair(target, head) {
  let ref = target.sha && target.ref && target.ref !== target.sha ? `${target.ref}, ` : "", to = target.sha ? `to ${short2(target.sha)} (${ref}N-1)` : `to ${targetName(target)} (N-1)`;
  return head ? `from ${short2(head)} (N, deployed) ${to}` : to;
}
function recommend(verdict, target, factors, head) {
  let pair = releasePair(target, head);
  if (verdict === "unsafe") {
    let blockers = factors.filter((f) => f.severity === "blocker"), top = blockers[0];
    return blockers.every((f) => /^expand\b/i.test(f.recommendation)) ? `Expand first: rolling back ${pair} is blocked by ${summarize(blockers, target)}; the most consequential: ${evidence(top)}. ${top.recommendation}` : `Do not roll back ${pair}: it is blocked by ${summarize(blockers, target)}; the most consequential: ${evidence(top)}. Roll forward with a fix, or revert only the change that broke.`;
  }
  if (target.sha === null)
    return `No rollback target (${target.how}): name one by hand or roll forward with a fix.`;
  if (verdict === "caution") {
    let warnings = factors.filter((f) => f.severity === "warning");
    return `Roll back ${pair} only after checking ${summarize(warnings, target)}; first: ${evidence(warnings[0])}.`;
  }
  return `Roll back ${pair}: nothing in the range blocks it.`;
}

// src/assess/summary.ts
function categoryOf(factor) {
  if (factor.category) return factor.category;
  switch (factor.kind) {
    case "migration":
      return factor.severity === "blocker" ? "destructive" : factor.severity === "warning" ? "constraining" : "additive";
    case "contract":
      return factor.severity === "blocker" ? "contract-changed" : factor.severity === "warning" ? "contract-added" : "contract-removed";
    case "critical-change":
      return /security|CVE-|GHSA-/i.test(factor.detail) ? "security" : "critical-path";
    case "config":
      return "config";
    case "dependency":
      return "dependency";
    case "multiple-releases":
      return "releases";
    case "incomplete":
      return "incomplete";
    case "target":
      return "target";
  }
}
function summaryOf(factors) {
  let bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])), counts = /* @__PURE__ */ new Map();
  for (let factor of factors) {
    bySeverity[factor.severity]++;
    let category = categoryOf(factor);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  let byCategory = {};
  for (let category of FACTOR_CATEGORIES) {
    let count = counts.get(category);
    count && (byCategory[category] = count);
  }
  return { bySeverity, byCategory };
}
var SEVERITY_RANK = { blocker: 0, warning: 1, info: 2 };
function byConsequence(commits) {
  let rank = new Map(commits.map((commit, index) => [commit.sha, index])), age = (factor) => factor.commit === null ? 1 / 0 : rank.get(factor.commit) ?? commits.length;
  return (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || age(a) - age(b) || (a.path === b.path ? 0 : a.path === null ? 1 : b.path === null || a.path < b.path ? -1 : 1) || (a.line ?? 1 / 0) - (b.line ?? 1 / 0);
}

// src/assess/render-text.ts
var VERDICT_WORDS = {
  safe: "SAFE to roll back",
  caution: "roll back with CAUTION",
  unsafe: "UNSAFE to roll back"
}, LISTED_FINDINGS = 15, PER_FILE = 4;
function plural3(count, word, many = `${word}s`) {
  return `${count} ${count === 1 ? word : many}`;
}
function byFile(factors) {
  let groups = /* @__PURE__ */ new Map();
  for (let factor of factors) {
    let list = groups.get(factor.path);
    list ? list.push(factor) : groups.set(factor.path, [factor]);
  }
  return [...groups.entries()];
}
function describeGroup(path, group) {
  let first = group[0], traits = [first.kind, first.framework, first.dialect].filter(Boolean).join(", ");
  return `  ${path ?? "(the range)"} (${traits})`;
}
function findingLines(factor, previous) {
  let at = factor.line !== null ? `line ${factor.line}: ` : "", commit = factor.commit ? ` [${factor.commit.slice(0, 7)}]` : "", lines = [`    - ${at}${factor.detail}${commit}`];
  return factor.recommendation !== previous?.recommendation && lines.push(`      -> ${factor.recommendation}`), lines;
}
var HEADINGS = { blocker: "Blockers", warning: "Warnings", info: "Info" };
function section(lines, severity, factors, budget, verbose) {
  if (!factors.length) return 0;
  lines.push("", `${HEADINGS[severity]} (${factors.length}):`);
  let listed = 0, hidden = { findings: 0, files: 0 };
  for (let [path, group] of byFile(factors)) {
    let room = verbose ? group.length : Math.min(PER_FILE, budget - listed);
    if (room <= 0) {
      hidden.findings += group.length, hidden.files++;
      continue;
    }
    lines.push(describeGroup(path, group)), group.slice(0, room).forEach((factor, index) => lines.push(...findingLines(factor, group[index - 1]))), listed += Math.min(room, group.length), group.length > room && lines.push(`    \u2026 and ${plural3(group.length - room, "more finding")} in this file`);
  }
  return hidden.findings && lines.push(
    `  \u2026 and ${plural3(hidden.findings, "more finding")} in ${plural3(hidden.files, "more file")} (--verbose lists them)`
  ), listed;
}
function infoCounts(factors) {
  let counts = /* @__PURE__ */ new Map();
  for (let factor of factors) {
    let category = categoryOf(factor);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([category, count]) => `${count} ${category}`).join(", ");
}
function renderAssessmentText(a, options = {}) {
  let verbose = options.verbose === !0, lines = [];
  lines.push(`Rollback assessment: ${VERDICT_WORDS[a.verdict]} ${releasePair(a.target, a.head)}`), lines.push(a.recommendation), lines.push("", `Target: ${a.target.sha ? targetName(a.target) : "none"}, ${a.target.how}`);
  for (let skipped of a.target.skipped)
    lines.push(
      `  also undoes ${skipped.sha.slice(0, 7)}${skipped.ref ? ` (${skipped.ref})` : ""}: ${skipped.reason}`
    );
  if (lines.push(
    `Migrations changed: ${a.migrationsChanged ? "yes" : "no"}; contracts changed: ${a.contractsChanged ? "yes" : "no"}`
  ), !a.factors.length)
    return lines.push("", "No findings."), `${lines.join(`
`)}
`;
  let { bySeverity } = summaryOf(a.factors);
  lines.push(
    `Findings: ${plural3(bySeverity.blocker, "blocker")}, ${plural3(bySeverity.warning, "warning")}, ${bySeverity.info} info`
  );
  let of = (severity) => a.factors.filter((factor) => factor.severity === severity), listed = section(lines, "blocker", of("blocker"), LISTED_FINDINGS, verbose);
  section(lines, "warning", of("warning"), Math.max(LISTED_FINDINGS - listed, 5), verbose);
  let infos = of("info");
  return verbose ? section(lines, "info", infos, 1 / 0, !0) : infos.length && lines.push("", `Info (${infos.length}): ${infoCounts(infos)}; --verbose lists them.`), `${lines.join(`
`)}
`;
}

// src/assess/assess.ts
var DEFAULT_CONCURRENCY = 32;
function verdictOf(factors, target) {
  return factors.some((f) => f.severity === "blocker") ? "unsafe" : target.sha === null || factors.some((f) => f.severity === "warning") ? "caution" : "safe";
}
function applyLockstep(factors) {
  for (let factor of factors)
    factor.category !== "contract-added" || factor.severity !== "warning" || (factor.severity = "blocker", factor.recommendation = "Clients ship in lockstep with this service (assess.lockstep-clients), so they already use what N added: keep it in N-1 first (expand, then contract) or roll forward.");
}
function withoutDuplicates(factors) {
  let seen = /* @__PURE__ */ new Set();
  return factors.filter((factor) => {
    let key = `${factor.kind}\0${factor.path}\0${factor.line}\0${factor.detail}`;
    return seen.has(key) ? !1 : (seen.add(key), !0);
  });
}
async function changelogFactors(files, changes) {
  return (await Promise.all(
    files.map(async (file) => {
      let [head, base] = await Promise.all([
        changes.read(file.path, "head"),
        file.status === "added" ? null : changes.read(file.previousPath ?? file.path, "base")
      ]);
      return head === null ? null : changelogSecurityFactor(file, addedSecurityEntries(head, base));
    })
  )).filter((factor) => factor !== null);
}
function validateOptions(options) {
  for (let key of ["criticalPaths", "migrationGlobs", "contractGlobs"]) {
    let value = options[key];
    if (!Array.isArray(value) || value.some((glob) => typeof glob != "string"))
      throw new Error(`assess option ${key} must be a list of glob strings, got ${JSON.stringify(value)}`);
  }
  if (options.lockstepClients !== void 0 && typeof options.lockstepClients != "boolean")
    throw new Error(
      `assess option lockstepClients must be true or false, got ${JSON.stringify(options.lockstepClients)}`
    );
}
function sniffSide(file) {
  return file.status === "deleted" ? { path: file.path, side: "base" } : { path: file.path, side: "head" };
}
function detectByPath(changes, options, detectors, detectMigration) {
  let candidates = [], toSniff = [], files = changes.files;
  for (let i = 0; i < files.length; i++) {
    let file = files[i], migration = detectMigration(file.path, options.migrationGlobs);
    if (migration) {
      candidates.push({ file, type: "migration", ...migration });
      continue;
    }
    let contractKind = detectors.detectContract(file.path, options.contractGlobs);
    contractKind ? candidates.push({ file, type: "contract", kind: contractKind }) : !file.binary && detectors.mightBeContract(file.path) && toSniff.push(file);
  }
  return { candidates, toSniff };
}
async function sniffContracts(toSniff, changes, options, detectors, concurrency) {
  return (await mapWithConcurrency(toSniff, concurrency, async (file) => {
    let { path, side } = sniffSide(file), content = await changes.read(path, side), kind = content === null ? null : detectors.detectContract(file.path, options.contractGlobs, content);
    return kind ? { file, type: "contract", kind } : null;
  })).filter((candidate) => candidate !== null);
}
function lookUpHistory(changes, files) {
  let paths = changes.commitsFor ? [...new Set(files.map((file) => file.path))] : [], commits = changes.commitsFor && paths.length ? changes.commitsFor(paths).then((byPath) => {
    for (let file of files) {
      let found = byPath.get(file.path);
      found && (file.commits = found);
    }
  }) : Promise.resolve(), security = (changes.commitsReady ?? Promise.resolve()).then(async () => {
    let flagged = securityCommits(changes), touchedBy = flagged.length && changes.pathsTouchedBy ? await changes.pathsTouchedBy(flagged.map((entry) => entry.commit.sha)) : void 0;
    return { flagged, touchedBy };
  });
  return commits.catch(() => {
  }), security.catch(() => {
  }), { commits, security };
}
function unreadableFactor(candidate, side) {
  return {
    kind: candidate.type,
    severity: "warning",
    path: candidate.file.path,
    line: null,
    commit: candidate.file.commits[0] ?? null,
    detail: `The ${candidate.type} ${candidate.file.path} could not be read at ${side} (binary or too large), so it was not analysed.`,
    recommendation: "Check this file by hand before rolling back.",
    category: "unparsed"
  };
}
async function classify(candidate, changes, classifiers) {
  let { file } = candidate, [head, base] = await Promise.all([
    file.status === "deleted" ? null : changes.read(file.path, "head"),
    file.status === "added" ? null : changes.read(file.previousPath ?? file.path, "base")
  ]);
  if (file.status !== "deleted" && head === null) return [unreadableFactor(candidate, "head")];
  if (file.status !== "added" && base === null) return [unreadableFactor(candidate, "base")];
  try {
    return candidate.type === "migration" ? await classifiers.classifyMigration(file, head, base, candidate.kind) : await classifiers.diffContract(file, head, base, candidate.kind);
  } catch (error) {
    return [
      {
        kind: candidate.type,
        severity: "warning",
        path: file.path,
        line: null,
        commit: file.commits[0] ?? null,
        detail: `The ${candidate.type} ${file.path} (${candidate.kind}) could not be analysed, so what it changes is unknown.`,
        recommendation: "Check this file by hand before rolling back.",
        category: "unparsed",
        framework: candidate.kind,
        // The classifier's own words are evidence for the curious, not the headline.
        evidenceDetail: error instanceof Error ? error.message : String(error)
      }
    ];
  }
}
async function assess(changes, target, options, deps = {}) {
  validateOptions(options);
  let concurrency = deps.concurrency ?? DEFAULT_CONCURRENCY, detectors = deps.detectors ?? await (await import("./classifiers-6L55YDWV.js")).loadDetectors(), layout = detectors.migrationLayout ? await detectors.migrationLayout(changes.files, (path) => changes.read(path, "head")) : null, byPath = detectByPath(changes, options, detectors, layout ? (path, globs) => layout.detect(path, globs) : (path, globs) => {
    let kind = detectors.detectMigration(path, globs);
    return kind ? { kind } : null;
  }), hazards = hazardFiles(changes.files, options.criticalPaths), changelogs = changes.files.filter((file) => file.status !== "deleted" && isChangelog(file.path)), history = lookUpHistory(changes, [
    ...byPath.candidates.map((c) => c.file),
    ...byPath.toSniff,
    ...hazards.critical,
    ...hazards.dependencies,
    ...hazards.config,
    ...changelogs
  ]), configByContent = confirmConfigByContent(hazards.config, (path, side) => changes.read(path, side)), changelogSecurity = changelogFactors(changelogs, changes);
  configByContent.catch(() => {
  }), changelogSecurity.catch(() => {
  });
  let load = () => deps.classifiers ? Promise.resolve(deps.classifiers) : import("./classifiers-6L55YDWV.js").then((m) => m.loadClassifiers()), early = byPath.candidates.length ? load() : null, migrationPaths = byPath.candidates.filter((c) => c.type === "migration").map((c) => c.file.path);
  early?.then((classifiers) => classifiers.warmUp?.(migrationPaths)).catch(() => {
  });
  let candidates = [
    ...byPath.candidates,
    ...await sniffContracts(byPath.toSniff, changes, options, detectors, concurrency)
  ], perCandidate = [];
  if (candidates.length) {
    let classifiers = await (early ?? load()), byRange = classifiers.classifyMigrationRange;
    if (byRange) {
      let migrations = candidates.filter((c) => c.type === "migration"), others = candidates.filter((c) => c.type !== "migration");
      candidates = [...migrations, ...others];
      let [ofMigrations, ofOthers] = await Promise.all([
        migrations.length ? byRange(
          migrations.map((c) => ({
            file: c.file,
            kind: c.kind,
            ...c.dialect ? { dialect: c.dialect } : {}
          })),
          (path, side) => changes.read(path, side)
        ) : Promise.resolve([]),
        mapWithConcurrency(others, concurrency, (c) => classify(c, changes, classifiers))
      ]);
      perCandidate = [...ofMigrations, ...ofOthers];
    } else {
      let slow = (c) => c.type === "migration" && classifiers.isSlowToStart?.(c.file.path) === !0;
      candidates.sort((a, b) => Number(slow(a)) - Number(slow(b))), perCandidate = await mapWithConcurrency(
        candidates,
        concurrency,
        (c) => classify(c, changes, classifiers)
      );
    }
  }
  await history.commits, perCandidate.forEach((factors2, i) => {
    for (let factor of factors2) factor.commit = candidates[i].file.commits[0] ?? null;
  });
  let classified = perCandidate.flat();
  options.lockstepClients && applyLockstep(classified);
  let security = await history.security, fromChangelogs = await changelogSecurity;
  for (let factor of fromChangelogs)
    factor.commit = changelogs.find((file) => file.path === factor.path)?.commits[0] ?? null;
  let hazardFactors = findChangeHazards(changes, target, {
    criticalPaths: options.criticalPaths,
    classifiedPaths: new Set(candidates.map((c) => c.file.path)),
    securityCommits: security.flagged,
    touchedBy: security.touchedBy,
    hazardFiles: hazards,
    configByContent: await configByContent,
    changelogSecurity: fromChangelogs
  }), factors = withoutDuplicates([...classified, ...hazardFactors]).sort(byConsequence(changes.commits));
  for (let factor of factors) factor.category ??= categoryOf(factor);
  let verdict = verdictOf(factors, target), pullRequests = pullRequestsOf(changes, factors);
  return {
    verdict,
    head: changes.head,
    migrationsChanged: candidates.some((c) => c.type === "migration"),
    contractsChanged: factors.some((f) => f.kind === "contract" && f.severity !== "info"),
    target,
    factors,
    recommendation: recommend(verdict, target, factors, changes.head),
    ...pullRequests ? { pullRequests } : {}
  };
}
function pullRequestsOf(changes, factors) {
  let wanted = /* @__PURE__ */ new Set([changes.head]);
  for (let factor of factors) factor.commit && wanted.add(factor.commit);
  let found = {};
  for (let commit of changes.commits)
    commit.pr !== void 0 && wanted.has(commit.sha) && (found[commit.sha] = commit.pr);
  return Object.keys(found).length > 0 ? found : void 0;
}

// src/assess/cli-assess.ts
var NO_SETTINGS = {
  criticalPaths: [],
  migrationGlobs: [],
  contractGlobs: [],
  lockstepClients: !1,
  failOn: ASSESS_DEFAULTS.failOn
};
async function readAssessSettings(configFile) {
  let { config } = await loadConfig({
    file: configFile,
    inputs: {},
    env: process.env,
    cwd: process.cwd(),
    requireSources: !1
  });
  return {
    criticalPaths: config.assess.criticalPaths,
    migrationGlobs: config.assess.migrations,
    contractGlobs: config.assess.contracts,
    lockstepClients: config.assess.lockstepClients ?? !1,
    failOn: config.assess.failOn
  };
}
function assessmentJson(a) {
  let shape = {
    verdict: a.verdict,
    migrationsChanged: a.migrationsChanged,
    contractsChanged: a.contractsChanged,
    target: { ref: a.target.ref, sha: a.target.sha },
    factors: a.factors.map((f) => ({
      kind: f.kind,
      severity: f.severity,
      path: f.path,
      line: f.line,
      commit: f.commit,
      detail: f.detail,
      recommendation: f.recommendation,
      category: categoryOf(f),
      framework: f.framework ?? null,
      dialect: f.dialect ?? null,
      evidenceDetail: f.evidenceDetail ?? null
    })),
    summary: summaryOf(a.factors)
  };
  return `${JSON.stringify(shape, null, 2)}
`;
}
function fails(verdict, failOn) {
  return failOn === "never" ? !1 : verdict === "unsafe" || failOn === "caution" && verdict === "caution";
}
async function runAssessCommand(args, deps = {}) {
  try {
    for (let key of ["repo", "base", "head"])
      if (typeof args[key] != "string" || args[key].trim() === "")
        throw new Error(
          `--${key} is required (a ${key === "repo" ? "path to a git working copy" : "ref or SHA"})`
        );
    let settings = args.configFile ? await readAssessSettings(args.configFile) : NO_SETTINGS, changes = await localChangeSet({ repo: args.repo, base: args.base, head: args.head });
    try {
      let target = {
        ref: args.base,
        sha: changes.base,
        how: "given as --base",
        skipped: []
      }, assessment = await assess(changes, target, settings, deps);
      return {
        output: args.json ? assessmentJson(assessment) : renderAssessmentText(assessment, { verbose: args.verbose === !0 }),
        exitCode: fails(assessment.verdict, settings.failOn) ? 1 : 0
      };
    } finally {
      changes.close();
    }
  } catch (error) {
    return {
      output: `postflight assess: ${error instanceof Error ? error.message : String(error)}
`,
      exitCode: 2
    };
  }
}
export {
  assessmentJson,
  readAssessSettings,
  runAssessCommand
};
