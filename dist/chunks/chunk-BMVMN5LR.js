import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  assess,
  localChangeSet,
  looksBinary,
  prNumberFromSubject
} from "./chunk-4KX6BBCH.js";
import {
  listDeployments
} from "./chunk-PSDHKS2V.js";

// src/jobs/rollback-assessment.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/assess/history.ts
var FAILED_STATES = /* @__PURE__ */ new Set(["failure", "error"]);
function skipReason(deployment) {
  let latest = deployment.statuses[0];
  return latest && FAILED_STATES.has(latest.state) ? `${latest.description.startsWith("Postflight:") ? "also failed verification" : `marked ${latest.state}`} at ${latest.createdAt}` : deployment.statuses.some((status) => status.state === "success") ? null : "never succeeded";
}
function validate(deployments, options) {
  if (!Array.isArray(deployments))
    throw new Error("deployments must be an array of deployment records, newest first");
  if (!options.headSha)
    throw new Error("headSha must be the SHA of the deployed release, got an empty value");
  if (!options.environment)
    throw new Error("environment must name the deployment environment, got an empty value");
  for (let d of deployments)
    if (typeof d.sha != "string" || !Array.isArray(d.statuses))
      throw new Error(`deployment ${String(d.id)} must have a sha string and a statuses array`);
}
function findRollbackTarget(deployments, options) {
  if (validate(deployments, options), options.override)
    return { ref: options.override.ref, sha: options.override.sha, how: "given as input", skipped: [] };
  let newestOfHead = deployments.findIndex((d) => d.sha === options.headSha), older = deployments.slice(newestOfHead + 1).filter((d) => d.sha !== options.headSha), skipped = [];
  for (let deployment of older) {
    let reason = skipReason(deployment);
    if (reason === null) {
      let age = deployment.createdAt ? `, deployed ${deployment.createdAt}` : "", passed = skipped.length ? `; passed over ${skipped.length} later release${skipped.length === 1 ? "" : "s"}` : "";
      return {
        ref: deployment.ref,
        sha: deployment.sha,
        how: `last successful deployment to ${options.environment} (#${deployment.id}${age})${passed}`,
        skipped
      };
    }
    skipped.some((s) => s.sha === deployment.sha) || skipped.push({ sha: deployment.sha, ref: deployment.ref, reason });
  }
  return {
    ref: null,
    sha: null,
    how: `no earlier successful deployment to ${options.environment}`,
    skipped
  };
}
function isTargetCandidate(deployment, headSha) {
  return deployment.sha !== headSha && skipReason(deployment) === null;
}

// src/git/compare-api.ts
var COMPARE_FILE_CAP = 300, MAX_CONTENT_BYTES = 1024 * 1024, COMMITS_PER_PAGE = 100, MAX_COMMIT_PAGES = 100, FILES_PER_COMMIT_PAGE = 300, MAX_FILE_PAGES_PER_COMMIT = 10, DEFAULT_MAX_COMMIT_CALLS = 250, STATUS = {
  added: "added",
  removed: "deleted",
  modified: "modified",
  renamed: "renamed",
  copied: "copied",
  changed: "type-changed",
  // Listed but with no change to the content: nothing for a rollback to undo.
  unchanged: null
};
function mapStatus(status) {
  return status in STATUS ? STATUS[status] ?? null : "modified";
}
function looksLikeBinaryEntry(file) {
  return file.patch === void 0 && (file.changes ?? 0) === 0 && file.status !== "renamed" && file.status !== "removed";
}
function toCommitInfo(commit) {
  let message = commit.commit.message, newline = message.indexOf(`
`), subject = newline < 0 ? message : message.slice(0, newline), info = {
    sha: commit.sha,
    subject,
    body: newline < 0 ? "" : message.slice(newline + 1).trim(),
    author: commit.commit.author?.name ?? "",
    date: commit.commit.author?.date ?? ""
  }, pr = prNumberFromSubject(subject);
  return pr !== void 0 && (info.pr = pr), info;
}
function fromCompareFiles(files) {
  let result = [];
  for (let file of files) {
    let status = mapStatus(file.status);
    if (!status) continue;
    let changed = {
      path: file.filename,
      status,
      binary: looksLikeBinaryEntry(file),
      commits: []
    };
    file.previous_filename !== void 0 && (status === "renamed" || status === "copied") && (changed.previousPath = file.previous_filename), result.push(changed);
  }
  return result;
}
function foldCommitFiles(commits) {
  let entries = /* @__PURE__ */ new Map(), touch = (entry, sha) => {
    entry.commits[0] !== sha && entry.commits.unshift(sha);
  };
  for (let { sha, files } of commits)
    for (let file of files) {
      let status = mapStatus(file.status);
      if (!status) continue;
      if (status === "renamed" && file.previous_filename !== void 0) {
        let entry2 = entries.get(file.previous_filename) ?? {
          path: file.previous_filename,
          basePath: file.previous_filename,
          existsAtHead: !0,
          binary: !1,
          commits: []
        };
        entries.delete(file.previous_filename), entry2.path = file.filename, entry2.existsAtHead = !0, entry2.binary = looksLikeBinaryEntry(file), touch(entry2, sha), entries.set(file.filename, entry2);
        continue;
      }
      let entry = entries.get(file.filename);
      if (!entry) {
        let newInRange = status === "added" || status === "copied";
        entry = {
          path: file.filename,
          basePath: newInRange ? null : file.filename,
          existsAtHead: !0,
          binary: !1,
          commits: []
        }, entries.set(file.filename, entry);
      }
      entry.existsAtHead = status !== "deleted", entry.binary = looksLikeBinaryEntry(file), touch(entry, sha);
    }
  let result = [];
  for (let entry of entries.values()) {
    if (entry.basePath === null && !entry.existsAtHead) continue;
    let changed;
    entry.basePath === null ? changed = { path: entry.path, status: "added", binary: entry.binary, commits: entry.commits } : entry.existsAtHead ? entry.basePath !== entry.path ? changed = {
      path: entry.path,
      previousPath: entry.basePath,
      status: "renamed",
      binary: entry.binary,
      commits: entry.commits
    } : changed = { path: entry.path, status: "modified", binary: entry.binary, commits: entry.commits } : changed = { path: entry.basePath, status: "deleted", binary: !1, commits: entry.commits }, result.push(changed);
  }
  return result.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function httpStatus(error) {
  return typeof error == "object" && error !== null && "status" in error ? Number(error.status) : void 0;
}
async function apiChangeSet(octokit, options) {
  let { owner, repo, base, head } = options;
  for (let key of ["owner", "repo", "base", "head"])
    if (typeof options[key] != "string" || options[key] === "")
      throw new Error(`apiChangeSet: ${key} must be a non-empty string`);
  let repos = octokit.rest.repos, basehead = `${base}...${head}`, first = await repos.compareCommitsWithBasehead({
    owner,
    repo,
    basehead,
    per_page: COMMITS_PER_PAGE,
    page: 1
  }), total = first.data.total_commits, apiCommits = [...first.data.commits], reasons = [];
  for (let page = 2; apiCommits.length < total && page <= MAX_COMMIT_PAGES; page++) {
    let next = await repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead,
      per_page: COMMITS_PER_PAGE,
      page
    });
    if (!next.data.commits.length) break;
    apiCommits.push(...next.data.commits);
  }
  apiCommits.length < total && reasons.push(`only ${apiCommits.length} of the range's ${total} commits could be listed`), first.data.status === "diverged" && reasons.push(
    `${base} is not an ancestor of ${head}: the compare API lists the changes since their merge base only`
  );
  let compareFiles = first.data.files ?? [], files = fromCompareFiles(compareFiles);
  if (compareFiles.length >= COMPARE_FILE_CAP) {
    let limit = options.maxCommitCalls ?? DEFAULT_MAX_COMMIT_CALLS, ordinary = apiCommits.filter((c) => c.parents.length <= 1);
    if (ordinary.length > limit)
      reasons.push(
        `the compare API lists ${COMPARE_FILE_CAP} files at most and the range has ${ordinary.length} commits, more than the ${limit} that may be read to rebuild the list`
      );
    else {
      let perCommit = [];
      for (let commit of ordinary) {
        let commitFiles = [];
        for (let page = 1; page <= MAX_FILE_PAGES_PER_COMMIT; page++) {
          let { data } = await repos.getCommit({
            owner,
            repo,
            ref: commit.sha,
            per_page: FILES_PER_COMMIT_PAGE,
            page
          }), pageFiles = data.files ?? [];
          if (commitFiles.push(...pageFiles), pageFiles.length < FILES_PER_COMMIT_PAGE) break;
          page === MAX_FILE_PAGES_PER_COMMIT && reasons.push(`commit ${commit.sha.slice(0, 7)} changes more files than the API lists`);
        }
        perCommit.push({ sha: commit.sha, files: commitFiles });
      }
      files = foldCommitFiles(perCommit);
    }
  }
  let baseSha = first.data.base_commit.sha, headSha = apiCommits.length ? apiCommits[apiCommits.length - 1].sha : baseSha, read = async (path2, side) => {
    try {
      let { data } = await repos.getContent({
        owner,
        repo,
        path: path2,
        ref: side === "base" ? baseSha : headSha
      });
      if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return null;
      if (data.size > MAX_CONTENT_BYTES || !data.content) return data.size === 0 ? "" : null;
      let bytes = Buffer.from(data.content, "base64");
      return looksBinary(bytes) ? null : bytes.toString("utf8");
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  }, changeSet = {
    base: baseSha,
    head: headSha,
    files,
    commits: apiCommits.map(toCommitInfo).reverse(),
    complete: reasons.length === 0,
    read
  };
  return reasons.length && (changeSet.incompleteReason = reasons.join("; ")), changeSet;
}

// src/jobs/rollback-assessment.ts
async function assessDeployedRelease(input) {
  let log = input.log ?? (() => {
  }), target;
  if (input.target)
    target = findRollbackTarget([], {
      headSha: input.headSha,
      environment: input.environment,
      override: input.target
    }), input.targetHow && (target = { ...target, how: input.targetHow });
  else {
    let history = await listDeployments(input.gh, {
      owner: input.owner,
      repo: input.repo,
      environment: input.environment,
      limit: input.historyLimit ?? 10,
      // The first earlier release that succeeded and was not failed since is the target.
      until: (d) => isTargetCandidate(d, input.headSha),
      skipStatuses: (d) => d.sha === input.headSha
    });
    target = findRollbackTarget(history, { headSha: input.headSha, environment: input.environment });
  }
  return assessRange({ ...input, base: target.sha, target, log });
}
async function assessRange(input) {
  let options = {
    criticalPaths: input.settings.criticalPaths,
    migrationGlobs: input.settings.migrations,
    contractGlobs: input.settings.contracts
  };
  if (!input.base) return assess(emptyChangeSet(input.headSha), input.target, options);
  let changes = await changeSetFor(input, input.base);
  try {
    return await assess(changes, input.target, options);
  } finally {
    changes.close?.();
  }
}
async function changeSetFor(input, base) {
  if (existsSync(path.join(input.workspace, ".git")))
    try {
      return await localChangeSet({ repo: input.workspace, base, head: input.headSha });
    } catch (error) {
      input.log?.(
        `local git history unusable (${error instanceof Error ? error.message : String(error)}); using the compare API`
      );
    }
  return apiChangeSet(input.gh, { owner: input.owner, repo: input.repo, base, head: input.headSha });
}
function emptyChangeSet(head) {
  return {
    base: "",
    head,
    files: [],
    commits: [],
    complete: !1,
    incompleteReason: "no rollback target, so there is no range to read",
    read: async () => null
  };
}

export {
  assessDeployedRelease,
  assessRange
};
