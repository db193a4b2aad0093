/**
 * The Chevrotain grammar of RouterOS statements. The CST is flat on purpose:
 *
 * - which leading words of a command line are menu names, which is the
 *   command and which are unnamed arguments depends on the command schema,
 *   so `to-ast.ts` decides that, not the grammar;
 * - whether `{ ... }` is a block of code or an array depends on where it
 *   stands (`do={...}` vs `:local a {1;2}`), so both are read as a list of
 *   statements and `to-ast.ts` decides;
 * - an expression is read as a flat list of operands and operators, and
 *   `to-ast.ts` applies RouterOS's precedence, so deep operator chains cost no
 *   recursion here.
 *
 * Statements are split before parsing (see parse.ts), and nesting depth is
 * capped there, so recursion here stays bounded.
 */
import type { CstNode, IToken } from 'chevrotain';
import { CstParser } from './chevrotain.js';
import * as T from './tokens.js';

export class RscParser extends CstParser {
  /**
   * `validate` runs Chevrotain's grammar checks (ambiguities, left recursion,
   * unreachable alternatives) while the parser is built. They cannot change
   * at run time, so the shared parser skips them and a test builds one with
   * them on (test/rsc/grammar.test.ts).
   */
  constructor(options: { readonly validate?: boolean } = {}) {
    super(T.ALL_TOKENS, { recoveryEnabled: false, maxLookahead: 3, nodeLocationTracking: 'none', skipValidations: !options.validate });
    this.performSelfAnalysis();
  }

  /** One statement (statements are split at top-level `;` and line ends before parsing). */
  statement = this.RULE('statement', () => {
    // One token decides (the order breaks ties): Chevrotain then uses a plain table lookup.
    this.OR({
      MAX_LOOKAHEAD: 1,
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.SUBRULE(this.braces) },
        { ALT: () => this.SUBRULE(this.scriptCommand) },
        { ALT: () => this.SUBRULE(this.call) },
        { ALT: () => this.SUBRULE(this.commandLine) },
      ],
    });
  });

  /** `:put "x"`, `:delay 5s`, `:if ($a = 1) do={ ... }`. */
  scriptCommand = this.RULE('scriptCommand', () => {
    this.CONSUME(T.Colon);
    this.CONSUME(T.AnyWord, { LABEL: 'name' });
    this.MANY(() => this.SUBRULE(this.argument));
  });

  /**
   * `$f a=1 "x"`, `[[:parse "..."]]`: calling a code value. In an array,
   * `{$a,$b}` starts the same way: the items after commas are `rest`.
   */
  call = this.RULE('call', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Variable) },
      { ALT: () => this.SUBRULE(this.substitution) },
      { ALT: () => this.SUBRULE(this.group) },
    ]);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.OPTION(() => this.CONSUME(T.Bang));
      this.SUBRULE(this.item, { LABEL: 'rest' });
    });
    this.MANY2(() => this.SUBRULE(this.argument));
  });

  /** `/ip firewall filter add chain=input`, `/ip/address/print`, `add ...` under a context line, `/`. */
  commandLine = this.RULE('commandLine', () => {
    this.OR({
      MAX_LOOKAHEAD: 1,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(T.Slash);
            this.MANY(() => this.SUBRULE(this.argument));
          },
        },
        { ALT: () => this.AT_LEAST_ONE(() => this.SUBRULE2(this.argument)) },
      ],
    });
  });

  /**
   * `name=value`, `where ...`, a word (a path segment, command name or
   * unnamed value: to-ast decides), `!name` or any other unnamed value.
   */
  argument = this.RULE('argument', () => {
    this.OR({
      MAX_LOOKAHEAD: 1,
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.SUBRULE(this.whereClause) },
        { ALT: () => this.SUBRULE(this.wordArgument) },
        { ALT: () => this.SUBRULE(this.valueList) },
        // `[find comment~"x" && gateway!="1.1.1.1"]`: conditions joined as arguments.
        { ALT: () => this.CONSUME(T.AndAnd, { LABEL: 'joiner' }) },
        { ALT: () => this.CONSUME(T.OrOr, { LABEL: 'joiner' }) },
      ],
    });
  });

  /** `name=value`, `name=`, `name~value` or an unnamed word (list): `detail`, `ether1`, `k,v`. */
  wordArgument = this.RULE('wordArgument', () => {
    this.CONSUME(T.AnyWord, { LABEL: 'name' });
    this.OR([
      {
        ALT: () => {
          const equals = this.CONSUME(T.Equals);
          // `comment= disabled=yes`: an empty value, then the next argument (RouterOS allows a space after `=`).
          this.OPTION({
            GATE: () => !(this.LA(2).tokenType === T.Equals && this.LA(1).startOffset > equals.startOffset + 1),
            DEF: () => this.SUBRULE(this.valueList),
          });
        },
      },
      {
        // `[find name~"ether"]`, `[find gateway!="1.1.1.1"]`: a condition written as an argument.
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(T.Tilde, { LABEL: 'relation' }) },
            { ALT: () => this.CONSUME(T.NotEquals, { LABEL: 'relation' }) },
            { ALT: () => this.CONSUME(T.Less, { LABEL: 'relation' }) },
            { ALT: () => this.CONSUME(T.Greater, { LABEL: 'relation' }) },
            { ALT: () => this.CONSUME(T.LessEquals, { LABEL: 'relation' }) },
            { ALT: () => this.CONSUME(T.GreaterEquals, { LABEL: 'relation' }) },
          ]);
          this.SUBRULE2(this.valueList);
        },
      },
      {
        ALT: () => {
          this.MANY(() => {
            this.CONSUME(T.Comma);
            this.OPTION2(() => this.CONSUME(T.Bang));
            this.SUBRULE2(this.item, { LABEL: 'rest' });
          });
        },
      },
    ]);
  });

  /**
   * `where a=1 and b!=2`. RouterOS also joins conditions written one after
   * the other (`where disabled=no comment!="wan"`) as `and`: to-ast puts the
   * `and` where no operator stands between two units.
   */
  whereClause = this.RULE('whereClause', () => {
    this.CONSUME(T.Where);
    this.SUBRULE(this.unit, { LABEL: 'units' });
    this.MANY(() => {
      this.OPTION(() => this.CONSUME(T.BinaryOp, { LABEL: 'operators' }));
      this.SUBRULE2(this.unit, { LABEL: 'units' });
    });
  });

  /** Values separated by commas, each maybe negated: `80,443`, `!LAN`, `"a",$b`. */
  valueList = this.RULE('valueList', () => {
    this.OPTION(() => this.CONSUME(T.Bang));
    this.SUBRULE(this.item);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.OPTION2(() => this.CONSUME2(T.Bang));
      this.SUBRULE2(this.item);
    });
    // `{"aX"=1}`: an array key in quotes (to-ast reports it anywhere else).
    this.OPTION3(() => {
      this.CONSUME(T.Equals, { LABEL: 'keyEquals' });
      this.OPTION4(() => this.SUBRULE3(this.valueList, { LABEL: 'keyValue' }));
    });
  });

  /** A single value: what can stand after `=`, in a list, or between operators. */
  item = this.RULE('item', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.AnyWord) },
      { ALT: () => this.CONSUME(T.Variable) },
      { ALT: () => this.SUBRULE(this.stringTemplate) },
      { ALT: () => this.SUBRULE(this.substitution) },
      { ALT: () => this.SUBRULE(this.group) },
      { ALT: () => this.SUBRULE(this.braces) },
    ]);
  });

  /** `[ command ]`. */
  substitution = this.RULE('substitution', () => {
    this.CONSUME(T.LBracket);
    this.SUBRULE(this.commands);
    this.CONSUME(T.RBracket);
  });

  /** What `[ ]` holds: a command, none (`[]`), or several separated by `;` (`[ :len "x"; ]`). */
  commands = this.RULE('commands', () => {
    this.OPTION(() => this.SUBRULE(this.statement));
    this.MANY(() => {
      this.CONSUME(T.Semicolon);
      this.OPTION2(() => this.SUBRULE2(this.statement));
    });
  });

  /** `( expression )`, or a script command directly in `( )`: `(:totime "15m")`. */
  group = this.RULE('group', () => {
    this.CONSUME(T.LParen);
    this.OR([
      { ALT: () => this.SUBRULE(this.scriptCommand) },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
    this.CONSUME(T.RParen);
  });

  /** `{ ... }`: a block or an array (see the file comment); separators are checked in to-ast. */
  braces = this.RULE('braces', () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Semicolon, { LABEL: 'separator' }) },
        { ALT: () => this.CONSUME(T.Newline, { LABEL: 'separator' }) },
        { ALT: () => this.SUBRULE(this.statement) },
      ]);
    });
    this.CONSUME(T.RBrace);
  });

  /** A string with `$var`, `$[...]` or `$(...)` inside. */
  stringTemplate = this.RULE('stringTemplate', () => {
    this.CONSUME(T.StringStart);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.StringText, { LABEL: 'part' }) },
        { ALT: () => this.CONSUME(T.StringEscape, { LABEL: 'part' }) },
        { ALT: () => this.CONSUME(T.Variable, { LABEL: 'part' }) },
        { ALT: () => this.CONSUME(T.StringDollar, { LABEL: 'part' }) },
        { ALT: () => this.SUBRULE(this.interpolatedCommand, { LABEL: 'part' }) },
        { ALT: () => this.SUBRULE(this.interpolatedExpression, { LABEL: 'part' }) },
      ]);
    });
    this.CONSUME(T.StringEnd);
  });

  interpolatedCommand = this.RULE('interpolatedCommand', () => {
    this.CONSUME(T.InterpolationCommand);
    this.SUBRULE(this.commands);
    this.CONSUME(T.RBracket);
  });

  interpolatedExpression = this.RULE('interpolatedExpression', () => {
    this.CONSUME(T.InterpolationExpression);
    this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
  });

  /** Operands and operators, flat: `to-ast.ts` applies precedence. */
  expression = this.RULE('expression', () => {
    this.SUBRULE(this.unit, { LABEL: 'units' });
    this.MANY(() => {
      this.CONSUME(T.BinaryOp, { LABEL: 'operators' });
      this.SUBRULE2(this.unit, { LABEL: 'units' });
    });
  });

  /** Prefix operators, then an operand. */
  unit = this.RULE('unit', () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Bang, { LABEL: 'prefix' }) },
        { ALT: () => this.CONSUME(T.Minus, { LABEL: 'prefix' }) },
        { ALT: () => this.CONSUME(T.Tilde, { LABEL: 'prefix' }) },
        { ALT: () => this.CONSUME(T.Any, { LABEL: 'prefix' }) },
        { ALT: () => this.CONSUME(T.Greater, { LABEL: 'prefix' }) },
      ]);
    });
    this.SUBRULE(this.item);
  });
}

let parser: RscParser | undefined;

/** One parser instance, reused through `parser.input = tokens` (Chevrotain's advice). */
export function getParser(): RscParser {
  parser ??= new RscParser();
  return parser;
}

export type { CstNode, IToken };
