/**
 * Which changed files are binary, without asking git to diff all of them: `--numstat` computes
 * line counts for every file (most of the cost of a 20,000-file range), while the extension
 * already answers for nearly every path. Only the rest goes through numstat. A wrong guess
 * costs little: read() still returns null for content with NUL bytes.
 */
const TEXT_EXTENSIONS = new Set(
  (
    'ts tsx mts cts js jsx mjs cjs json jsonc json5 yaml yml md markdown mdx txt rst adoc sql rb rake erb py pyi go rs java kt kts ' +
    'scala groovy gradle cs fs vb php ex exs erl hrl c h cc cpp cxx hpp hh swift m mm sh bash zsh fish ps1 bat cmd toml ini cfg conf ' +
    'xml xsd html htm css scss sass less graphql gql graphqls proto tf tfvars hcl lock properties env csv tsv svg vue svelte astro ' +
    'prisma dart lua pl pm r jl clj cljs edn elm hs ml mli nix tpl j2 jinja mustache hbs liquid twig csproj fsproj sln editorconfig ' +
    'gitignore gitattributes dockerignore npmrc nvmrc tool-versions mod sum cue rego diff patch'
  ).split(' ')
);

const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif webp ico bmp tiff avif heic pdf zip gz tgz bz2 xz 7z rar jar war ear class so dylib dll exe bin o a lib ' +
    'woff woff2 ttf otf eot mp3 mp4 m4a wav ogg webm mov avi mkv flac wasm pyc pyo db sqlite sqlite3 keystore jks p12 pfx der psd ai sketch'
  ).split(' ')
);

export type BinaryGuess = 'text' | 'binary' | 'unknown';

export function guessByExtension(path: string): BinaryGuess {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot < 0) return 'unknown';
  const extension = name.slice(dot + 1).toLowerCase();
  if (TEXT_EXTENSIONS.has(extension)) return 'text';
  if (BINARY_EXTENSIONS.has(extension)) return 'binary';
  return 'unknown';
}
