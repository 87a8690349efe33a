import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  GitHubOctokit,
  createGitHubClient
} from "./chunk-6AT6R6NS.js";
import "./chunk-Q6ZGY7DF.js";
import "./chunk-6B7GX343.js";
export {
  GitHubOctokit,
  createGitHubClient
};
