/** The configuration module's public face: load the file and inputs, or build a Config in code. */
export { loadConfig, configFromObject, type LoadConfigOptions, type LoadedConfig } from './load.js';
export { ConfigError, formatProblem, type ConfigProblem, type ProblemOrigin } from './errors.js';
export { ACTION_INPUTS, ACTION_OUTPUTS, parseBooleanInput, type ActionInput } from './inputs.js';
export { DEFAULTS, SOURCE_DEFAULTS, HTTP_DEFAULTS, DEFAULT_CONFIG_FILE } from './defaults.js';
export { parseDuration } from './duration.js';
export type * from './types.js';
