/**
 * The validated configuration every job receives. The schema in `schema.ts` is the one source of
 * truth for what users may write (YAML keys are kebab-case, these are their camelCase forms);
 * these interfaces are the contract the rest of the code is written against, and the schema's
 * output type is checked to be assignable to them.
 *
 * Durations are milliseconds here; users write `30s`, `10m`, `1h`.
 */

export type OnInconclusive = 'pass' | 'fail' | 'neutral';
export type OnSourceError = 'inconclusive' | 'fail';

export interface SourceCommonConfig {
  id: string;
  type: string;
  /** A critical signal that fails ends the verification at once with `fail`. */
  critical: boolean;
  /** Per request. */
  timeoutMs: number;
  /** Retries after the first attempt on network errors, 429 and 5xx (Retry-After honoured). */
  retries: number;
  /** Larger responses are cut off and reported as an error, never parsed partially. */
  maxResponseBytes: number;
  /** Consecutive failed polls after which the signal ends as `onError`. */
  maxConsecutiveErrors: number;
  onError: OnSourceError;
}

export interface HttpSourceConfig extends SourceCommonConfig {
  type: 'http';
  url: string;
  method: 'GET' | 'HEAD' | 'POST';
  headers: Record<string, string>;
  /** Status codes that count as healthy; empty means any 2xx. */
  expectStatus: number[];
  /** How to read the body: detect from content type, or force one format. */
  format: 'auto' | 'health+json' | 'actuator' | 'plain';
  bodyContains?: string;
  /** JSON-path style expectations on the body, e.g. `$.status` equals `ok`. */
  expect: { path: string; equals?: string | number | boolean; contains?: string }[];
  /** A check slower than this is unhealthy. */
  maxLatencyMs?: number;
  /** The deployed version (e.g. the SHA) must appear in the body or in this header. */
  expectVersion?: { value: string; header?: string };
  /** Probes per poll; their failures also form an error-rate (count) signal `<id>:errors`. */
  probes: number;
  /** Consecutive unhealthy checks that fail the health signal. */
  failAfter: number;
  /** For the count signal: the error rate (0..1) that is acceptable from probes. */
  maxErrorRate: number;
}

export type PrometheusAuth =
  { type: 'basic'; username: string; password: string } | { type: 'bearer'; token: string };

export interface PrometheusSourceConfig extends SourceCommonConfig {
  type: 'prometheus';
  /** Base URL of any Prometheus HTTP API (Prometheus, Thanos, Mimir, VictoriaMetrics, Grafana Cloud). */
  url: string;
  auth?: PrometheusAuth;
  headers: Record<string, string>;
  /**
   * Count signal. Either `errors` + `total` (increase over `$window`), or `ratio` + `traffic`.
   * Queries may use `$window` (the poll window as a PromQL duration) and `$version`.
   */
  errors?: string;
  total?: string;
  ratio?: string;
  traffic?: string;
  /** Concurrent comparison: queries group by this label; canary is the deployed version's value. */
  compare?: { label: string; canary: string; baseline?: string };
  /** Level signals (latency, saturation): each becomes `<id>:<name>`. */
  levels: { name: string; query: string; max?: number; min?: number; maxRatio?: number; unit?: string }[];
  /** Latency as a count signal `<id>:<name>`: requests slower than `slowerThan` (ms) of all requests. */
  latency?: {
    name: string;
    histogram: string;
    slowerThan: number;
    matchers?: string;
    unit: 'seconds' | 'milliseconds';
  };
}

/** A level signal read from a metrics store, with guardrail bounds. */
export interface LevelQuery {
  name: string;
  query: string;
  max?: number;
  min?: number;
  maxRatio?: number;
  unit?: string;
}

/** Concurrent comparison: series split by a label, tag or attribute whose values tell versions apart. */
export interface VersionSplit {
  /** Its value for the deployed version. */
  canary: string;
  /** Its value for the old version; unset means every other value. */
  baseline?: string;
}

/**
 * Grafana Loki: LogQL metric queries over the Prometheus-compatible query API
 * (`/loki/api/v1/query`, `/loki/api/v1/query_range`), read with the Prometheus envelope code.
 */
export interface LokiSourceConfig extends SourceCommonConfig {
  type: 'loki';
  url: string;
  auth?: PrometheusAuth;
  headers: Record<string, string>;
  /** Multi-tenant Loki: sent as `X-Scope-OrgID`. */
  tenant?: string;
  errors?: string;
  total?: string;
  compare?: { label: string; canary: string; baseline?: string };
  levels: LevelQuery[];
}

export type DatadogSite =
  | 'datadoghq.com'
  | 'us3.datadoghq.com'
  | 'us5.datadoghq.com'
  | 'datadoghq.eu'
  | 'ap1.datadoghq.com'
  | 'ap2.datadoghq.com'
  | 'uk1.datadoghq.com'
  | 'ddog-gov.com';

/** Datadog metrics through the v2 timeseries API (`POST /api/v2/query/timeseries`). */
export interface DatadogSourceConfig extends SourceCommonConfig {
  type: 'datadog';
  /** The Datadog site's domain (the site names US1, EU, ... are accepted and mapped). */
  site: DatadogSite;
  /** Overrides the API base URL (`https://api.<site>`): a proxy or a test double. */
  url?: string;
  apiKey: string;
  appKey: string;
  /** Metric queries counting errors and all requests, e.g. `sum:trace.http.request.errors{service:shop}.as_count()`. */
  errors?: string;
  total?: string;
  /** Concurrent comparison: the queries group `by {<tag>}` and series are split by this tag. */
  compare?: VersionSplit & { tag: string };
  levels: LevelQuery[];
}

export type NewRelicRegion = 'US' | 'EU' | 'JP';

/** New Relic NRQL through NerdGraph (`POST /graphql`). */
export interface NewRelicSourceConfig extends SourceCommonConfig {
  type: 'newrelic';
  region: NewRelicRegion;
  /** Overrides the NerdGraph URL of the region: a proxy or a test double. */
  url?: string;
  apiKey: string;
  accountId: number;
  /**
   * NRQL selecting `... AS errors` and `... AS total` (and any level by its alias), without
   * SINCE/UNTIL/FACET/TIMESERIES: Postflight adds the window, the split and the buckets.
   */
  query: string;
  /** Concurrent comparison: `FACET <attribute>`, with the deployed version's value as canary. */
  compare?: VersionSplit & { attribute: string };
  /** Level signals read from the same query by their alias, with guardrail bounds. */
  levels: Omit<LevelQuery, 'query'>[];
}

/** Sentry: error events of transactions per release, and crash-free sessions as a level. */
export interface SentrySourceConfig extends SourceCommonConfig {
  type: 'sentry';
  /** `https://sentry.io` (default), `https://de.sentry.io` for EU data, or a self-hosted Sentry. */
  url: string;
  token: string;
  organization: string;
  /** Project slugs or ids. */
  projects: string[];
  environment?: string;
  /** The deployed release's name, as the SDK reports it. */
  release: string;
  /** The previous release, for a concurrent comparison; unset: the pre-deploy window. */
  compareRelease?: string;
  /** Crash-free sessions of the release as a level (hourly: Sentry's sessions floor). */
  crashFree?: { min: number };
}

/** One CloudWatch metric as GetMetricData's `MetricStat` names it. */
export interface CloudWatchMetric {
  namespace: string;
  metric: string;
  dimensions: Record<string, string>;
  /** `Sum` for counts; `p99`, `Average`... for levels. */
  stat: string;
}

/** AWS CloudWatch `GetMetricData`, signed with SigV4 from the environment's credentials. */
export interface CloudWatchSourceConfig extends SourceCommonConfig {
  type: 'cloudwatch';
  /** Unset: `AWS_REGION`, then `AWS_DEFAULT_REGION`. */
  region?: string;
  /** Overrides `https://monitoring.<region>.amazonaws.com` (a VPC endpoint, a test double). */
  url?: string;
  /** Bucket length; at least 60 s for standard-resolution metrics. */
  periodMs: number;
  errors?: CloudWatchMetric;
  total?: CloudWatchMetric;
  /** Concurrent comparison: the same metrics with this dimension set to each version's value. */
  compare?: { dimension: string; canary: string; baseline: string };
  levels: (CloudWatchMetric & {
    name: string;
    max?: number;
    min?: number;
    maxRatio?: number;
    unit?: string;
  })[];
}

export type SourceConfig =
  | HttpSourceConfig
  | PrometheusSourceConfig
  | LokiSourceConfig
  | DatadogSourceConfig
  | NewRelicSourceConfig
  | SentrySourceConfig
  | CloudWatchSourceConfig;

/** Rollback-readiness assessment. */
export interface AssessConfig {
  /** The ref or SHA to assess rolling back to; unset means the last healthy deployment. */
  target?: string;
  /** Which rollback-safety level fails the step (`never`: report only). */
  failOn: 'never' | 'unsafe' | 'caution';
  /** Globs of paths whose change makes a rollback a hazard worth naming. */
  criticalPaths: string[];
  /** Extra globs for migration files, beyond the frameworks detected by layout. */
  migrations: string[];
  /** Extra globs for API contracts (OpenAPI, GraphQL, protobuf). */
  contracts: string[];
  /** Clients ship in lockstep with the service: contract additions removed by a rollback block. */
  lockstepClients?: boolean;
}

/** The incident issue opened on a failed deploy. */
export interface IncidentConfig {
  enabled: boolean;
  /** Also open an issue on an inconclusive verdict. */
  onInconclusive: boolean;
  /** Close the open incident when a later deploy passes (otherwise only comment). */
  closeOnRecovery: boolean;
  labels: string[];
  assignees: string[];
  /** A service name for the issue title; unset means the repository name. */
  service?: string;
}

/** Automatic revert after a failed deploy; only ever when the assessment says `safe`. */
export interface RevertConfig {
  mode: 'off' | 'dispatch' | 'pull-request';
  /** `dispatch`: a workflow file to start with workflow_dispatch. */
  workflow?: string;
  /** `dispatch`: a repository_dispatch event type (used when no workflow is named). */
  eventType?: string;
  /** At most this many automatic reverts per environment per day. */
  maxPerDay: number;
}

export interface Config {
  environment: string;
  /** Maximum observation time after the deploy. */
  windowMs: number;
  /** Poll period. */
  intervalMs: number;
  /** Pre-deploy window used as baseline when there is no concurrent one. */
  baselineMs: number;
  alpha: number;
  tolerance: number;
  minErrors: number;
  /** No signal may pass before this time after the deploy; unset: half the window (the judge's default). */
  bakeMs?: number;
  /** An error rate up to this is always acceptable; unset: the judge's default (0.1%). */
  minRate?: number;
  onInconclusive: OnInconclusive;
  /** Fail the step on a `fail` verdict. */
  failOnFail: boolean;
  dryRun: boolean;
  /** The deploy moment (epoch ms); unset means the moment the job starts. */
  deployTime?: number;
  /** The deployed SHA, for version checks and the report. */
  sha?: string;
  sources: SourceConfig[];
  assess: AssessConfig;
  incident: IncidentConfig;
  revert: RevertConfig;
  /** `mode: watch`: how long after a deploy (`for`, ms) and the share of alpha the watch spends. */
  watch?: { for: number; alphaShare: number };
}
