/**
 * A value that matches a regular expression, to show what a pattern means as it is typed. Covers
 * what field patterns use (literals, classes, \d \w \s, groups, alternation, quantifiers); anything
 * else (lookaround, back-references, Unicode classes) yields no sample rather than a wrong one.
 */
export function samplePattern(pattern: string, seed = 1): string | undefined {
  try {
    const parser = new Parser(pattern, randomFrom(seed));
    const sample = parser.alternation();
    return parser.done() ? sample : undefined;
  } catch {
    return undefined;
  }
}

const DIGITS = chars('0', '9');
const WORD = [...chars('a', 'z'), ...chars('A', 'Z'), ...DIGITS, '_'];
const PRINTABLE = chars(' ', '~');
const UNBOUNDED_EXTRA = 3;

function chars(from: string, to: string): string[] {
  const out: string[] = [];
  for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code += 1) {
    out.push(String.fromCharCode(code));
  }
  return out;
}

/** mulberry32: small, seedable, good enough to vary samples. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Unsupported extends Error {}

class Parser {
  private position = 0;
  private readonly pattern: string;
  private readonly random: () => number;

  constructor(pattern: string, random: () => number) {
    this.pattern = pattern;
    this.random = random;
  }

  done(): boolean {
    return this.position === this.pattern.length;
  }

  alternation(): string {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.position += 1;
      options.push(this.sequence());
    }
    return this.pick(options);
  }

  private sequence(): string {
    let out = '';
    while (!this.done() && this.peek() !== '|' && this.peek() !== ')') {
      const start = this.position;
      const atom = this.atom();
      const [min, max] = this.quantifier();
      const end = this.position;
      const repeats = min + Math.floor(this.random() * (max - min + 1));
      out += atom;
      for (let i = 1; i < repeats; i += 1) {
        // each repetition draws afresh: [A-Z]{3} is three letters, not one letter three times
        this.position = start;
        out += this.atom();
        this.position = end;
      }
      if (repeats === 0) {
        out = out.slice(0, out.length - atom.length);
      }
    }
    return out;
  }

  private atom(): string {
    const next = this.take();
    switch (next) {
      case '(':
        return this.group();
      case '[':
        return this.pick(this.characterClass());
      case '.':
        return this.pick(WORD);
      case '\\':
        return this.pick(this.escape());
      case '^':
      case '$':
        return '';
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unsupported(`nothing to repeat at ${this.position}`);
      default:
        return next;
    }
  }

  private group(): string {
    if (this.peek() === '?') {
      if (this.pattern[this.position + 1] !== ':') {
        throw new Unsupported('lookaround and named groups');
      }
      this.position += 2;
    }
    const inner = this.alternation();
    if (this.take() !== ')') {
      throw new Unsupported('unclosed group');
    }
    return inner;
  }

  private characterClass(): string[] {
    const negated = this.peek() === '^';
    if (negated) {
      this.position += 1;
    }
    const members: string[] = [];
    let first = true;
    while (this.peek() !== ']' || first) {
      first = false;
      const next = this.take();
      if (next === '\\') {
        members.push(...this.escape());
      } else if (this.peek() === '-' && this.pattern[this.position + 1] !== ']') {
        this.position += 1;
        const last = this.take();
        members.push(...chars(next, last === '\\' ? this.take() : last));
      } else {
        members.push(next);
      }
    }
    this.position += 1;
    const allowed = negated ? PRINTABLE.filter((c) => !members.includes(c)) : members;
    if (allowed.length === 0) {
      throw new Unsupported('empty class');
    }
    return allowed;
  }

  private escape(): string[] {
    const next = this.take();
    switch (next) {
      case 'd':
        return DIGITS;
      case 'w':
        return WORD;
      case 's':
        return [' '];
      case 'D':
        return chars('a', 'z');
      case 'W':
      case 'S':
        return ['-'];
      case 't':
        return ['\t'];
      case 'n':
        return ['\n'];
      default:
        if (/[a-zA-Z0-9]/.test(next)) {
          throw new Unsupported(`escape \\${next}`);
        }
        return [next];
    }
  }

  private quantifier(): [number, number] {
    const next = this.peek();
    let range: [number, number];
    if (next === '*') {
      range = [0, UNBOUNDED_EXTRA];
    } else if (next === '+') {
      range = [1, 1 + UNBOUNDED_EXTRA];
    } else if (next === '?') {
      range = [0, 1];
    } else if (next === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.position));
      if (!match) {
        return [1, 1];
      }
      const min = Number(match[1]);
      const upper = match.at(3);
      const max = match.at(2) === undefined ? min : upper ? Number(upper) : min + UNBOUNDED_EXTRA;
      this.position += match[0].length - 1;
      range = [min, max];
    } else {
      return [1, 1];
    }
    this.position += 1;
    // lazy (*?) and possessive (*+) forms repeat just the same
    if (this.peek() === '?' || this.peek() === '+') {
      this.position += 1;
    }
    return range;
  }

  private pick<T>(options: readonly T[]): T {
    return options[Math.floor(this.random() * options.length)];
  }

  private peek(): string | undefined {
    return this.pattern[this.position];
  }

  private take(): string {
    if (this.done()) {
      throw new Unsupported('unexpected end');
    }
    const next = this.pattern[this.position];
    this.position += 1;
    return next;
  }
}
