/**
 * Lines of protobuf declarations. protobufjs keeps no source positions, so this scans the head
 * text token by token: comments and string literals are skipped, which a plain `indexOf` would
 * match ("// field email removed", `option (doc) = "message User {"`).
 *
 * Keys use names relative to the package: `User`, `User.Inner`, `User.email` (field),
 * `Status.ACTIVE` (enum value), `Users.GetUser` (rpc), and `package`.
 */

interface Token {
  text: string;
  line: number;
  /** String literals never name a declaration. */
  literal: boolean;
}

function isIdentifierChar(char: string): boolean {
  return /[A-Za-z0-9_.]/.test(char);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\n') {
      line++;
      i++;
    } else if (char === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (char === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) {
        if (text[i] === '\n') line++;
        i++;
      }
      i += 2;
    } else if (char === '"' || char === "'") {
      const startLine = line;
      i++;
      while (i < text.length && text[i] !== char && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      tokens.push({ text: '""', line: startLine, literal: true });
    } else if (isIdentifierChar(char)) {
      const start = i;
      while (i < text.length && isIdentifierChar(text[i]!)) i++;
      tokens.push({ text: text.slice(start, i), line, literal: false });
    } else if (/\s/.test(char)) {
      i++;
    } else {
      tokens.push({ text: char, line, literal: false });
      i++;
    }
  }
  return tokens;
}

type ScopeKind = 'message' | 'enum' | 'service' | 'oneof' | 'other';

interface Scope {
  kind: ScopeKind;
  /** Package-relative name of the enclosing message, enum or service. */
  path: string;
}

const OPENERS = new Set(['[', '(', '{']);
const CLOSERS = new Set([']', ')', '}']);

class DeclarationScanner {
  private readonly lines = new Map<string, number>();
  private readonly scopes: Scope[] = [];
  private i = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private remember(key: string, line: number): void {
    if (!this.lines.has(key)) this.lines.set(key, line);
  }

  private get scope(): Scope {
    return this.scopes.at(-1) ?? { kind: 'other', path: '' };
  }

  private child(name: string): string {
    return this.scope.path ? `${this.scope.path}.${name}` : name;
  }

  /** Advance past the statement's `;`, stepping over bracketed option values such as `[(v) = {a: 1}]`. */
  private skipStatement(): void {
    let depth = 0;
    while (this.i < this.tokens.length) {
      const text = this.tokens[this.i++]!.text;
      if (OPENERS.has(text)) depth++;
      else if (CLOSERS.has(text)) depth = Math.max(0, depth - 1);
      else if (text === ';' && depth === 0) return;
    }
  }

  /** Index of the first token at bracket depth 0 that is one of `stops`, or -1. */
  private findAtTopLevel(stops: Set<string>): number {
    let depth = 0;
    for (let j = this.i; j < this.tokens.length; j++) {
      const text = this.tokens[j]!.text;
      if (depth === 0 && stops.has(text)) return j;
      if (OPENERS.has(text)) depth++;
      else if (CLOSERS.has(text)) depth--;
      if (depth < 0) return -1;
    }
    return -1;
  }

  private openType(kind: 'message' | 'enum' | 'service'): void {
    const name = this.peek(1);
    if (!name || name.literal || this.peek(2)?.text !== '{') {
      this.skipStatement();
      return;
    }
    const path = this.child(name.text);
    this.remember(path, name.line);
    this.scopes.push({ kind, path });
    this.i += 3;
  }

  private openBlockUntilBrace(kind: ScopeKind, path: string): void {
    const brace = this.findAtTopLevel(new Set(['{', ';']));
    if (brace < 0 || this.tokens[brace]!.text === ';') {
      this.skipStatement();
      return;
    }
    this.scopes.push({ kind, path });
    this.i = brace + 1;
  }

  private rpc(): void {
    const name = this.peek(1);
    if (name && !name.literal && this.scope.kind === 'service')
      this.remember(`${this.scope.path}.${name.text}`, name.line);
    this.openBlockUntilBrace('other', this.scope.path);
  }

  /** `[label] type name = number [options];`, `NAME = number;` in enums, or a proto2 group. */
  private member(): void {
    const end = this.findAtTopLevel(new Set(['=', ';', '{']));
    const endToken = end >= 0 ? this.tokens[end] : undefined;
    const nameToken = end > this.i ? this.tokens[end - 1] : undefined;
    const kind = this.scope.kind;
    if (endToken?.text === '=' && nameToken && !nameToken.literal && kind !== 'other' && kind !== 'service') {
      const groupIndex = this.tokens.slice(this.i, end).findIndex((token) => token.text === 'group');
      if (groupIndex >= 0 && kind !== 'enum') {
        // `optional group Result = 1 { ... }` declares message Result and field `result`.
        this.remember(this.child(nameToken.text.toLowerCase()), nameToken.line);
        const groupPath = this.child(nameToken.text);
        this.remember(groupPath, nameToken.line);
        this.openBlockUntilBrace('message', groupPath);
        return;
      }
      this.remember(this.child(nameToken.text), nameToken.line);
    }
    if (endToken?.text === '{' && end >= 0) {
      // An unknown block: keep the braces balanced without naming anything in it.
      this.scopes.push({ kind: 'other', path: this.scope.path });
      this.i = end + 1;
      return;
    }
    this.skipStatement();
  }

  scan(): Map<string, number> {
    while (this.i < this.tokens.length) {
      const token = this.peek()!;
      switch (token.text) {
        case '}':
          this.scopes.pop();
          this.i++;
          break;
        case ';':
          this.i++;
          break;
        case 'package':
          this.remember('package', token.line);
          this.skipStatement();
          break;
        case 'syntax':
        case 'edition':
        case 'import':
        case 'option':
        case 'reserved':
        case 'extensions':
          this.skipStatement();
          break;
        case 'message':
        case 'enum':
        case 'service':
          if (this.peek(2)?.text === '{') this.openType(token.text);
          else this.member();
          break;
        case 'oneof':
          if (this.peek(2)?.text === '{') {
            this.scopes.push({ kind: 'oneof', path: this.scope.path });
            this.i += 3;
          } else this.member();
          break;
        case 'extend':
          this.openBlockUntilBrace('other', this.scope.path);
          break;
        case 'rpc':
          this.rpc();
          break;
        default:
          this.member();
      }
    }
    return this.lines;
  }
}

/** Line of each declaration in a .proto text, by package-relative key. */
export function protobufLines(text: string): Map<string, number> {
  return new DeclarationScanner(tokenize(text)).scan();
}
