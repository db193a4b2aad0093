/**
 * The Chevrotain grammar of RouterOS command lines. The CST is flat on
 * purpose: which leading words are menu names, which is the command and which
 * are unnamed arguments depends on the command schema, so `to-ast.ts` decides
 * that, not the grammar.
 */
import { CstParser, type CstNode, type TokenType } from 'chevrotain';
import * as T from './tokens.js';

export class RscParser extends CstParser {
  constructor() {
    super(T.ALL_TOKENS, { recoveryEnabled: false, maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  /** One statement: a command line or a `:command` (statements are split before parsing). */
  statement = this.RULE('statement', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.scriptCommand) },
      { ALT: () => this.SUBRULE(this.commandLine) },
    ]);
  });

  /** `:put "x"`, `:delay 5s`. */
  scriptCommand = this.RULE('scriptCommand', () => {
    this.CONSUME(T.Colon);
    this.CONSUME(T.AnyWord, { LABEL: 'name' });
    this.MANY(() => this.SUBRULE(this.argument));
  });

  /** `/ip firewall filter add chain=input`, `/ip/address/print`, `add ...` under a context line, `/`. */
  commandLine = this.RULE('commandLine', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Slash);
          this.MANY(() => this.SUBRULE(this.argument));
        },
      },
      { ALT: () => this.AT_LEAST_ONE(() => this.SUBRULE2(this.argument)) },
    ]);
  });

  argument = this.RULE('argument', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.LA(2).tokenType === T.Equals, ALT: () => this.SUBRULE(this.namedArg) },
        { ALT: () => this.SUBRULE(this.whereClause) },
        { ALT: () => this.SUBRULE(this.unsetArg) },
        { ALT: () => this.SUBRULE(this.valueList) },
      ],
    });
  });

  namedArg = this.RULE('namedArg', () => {
    this.CONSUME(T.AnyWord, { LABEL: 'name' });
    this.CONSUME(T.Equals);
    this.OPTION(() => this.SUBRULE(this.valueList));
  });

  unsetArg = this.RULE('unsetArg', () => {
    this.CONSUME(T.Bang);
    this.CONSUME(T.AnyWord, { LABEL: 'name' });
  });

  whereClause = this.RULE('whereClause', () => {
    this.CONSUME(T.Where);
    this.SUBRULE(this.orExpression);
  });

  valueList = this.RULE('valueList', () => {
    this.SUBRULE(this.value);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.value);
    });
  });

  value = this.RULE('value', () => {
    this.OPTION(() => this.CONSUME(T.Bang));
    this.SUBRULE(this.primary);
  });

  primary = this.RULE('primary', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.AnyWord) },
      { ALT: () => this.CONSUME(T.Variable) },
      { ALT: () => this.SUBRULE(this.substitution) },
      { ALT: () => this.SUBRULE(this.group) },
    ]);
  });

  substitution = this.RULE('substitution', () => {
    this.CONSUME(T.LBracket);
    this.MANY(() => this.CONSUME(T.Newline));
    this.OPTION(() => this.SUBRULE(this.statement));
    this.MANY2(() => this.CONSUME2(T.Newline));
    this.CONSUME(T.RBracket);
  });

  group = this.RULE('group', () => {
    this.CONSUME(T.LParen);
    this.SUBRULE(this.orExpression);
    this.CONSUME(T.RParen);
  });

  orExpression = this.RULE('orExpression', () => {
    this.SUBRULE(this.andExpression, { LABEL: 'operands' });
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Or, { LABEL: 'operators' }) }, { ALT: () => this.CONSUME(T.OrOr, { LABEL: 'operators' }) }]);
      this.SUBRULE2(this.andExpression, { LABEL: 'operands' });
    });
  });

  andExpression = this.RULE('andExpression', () => {
    this.SUBRULE(this.notExpression, { LABEL: 'operands' });
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.And, { LABEL: 'operators' }) }, { ALT: () => this.CONSUME(T.AndAnd, { LABEL: 'operators' }) }]);
      this.SUBRULE2(this.notExpression, { LABEL: 'operands' });
    });
  });

  notExpression = this.RULE('notExpression', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Bang);
          this.SUBRULE(this.notExpression);
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]);
  });

  comparison = this.RULE('comparison', () => {
    this.SUBRULE(this.operand, { LABEL: 'left' });
    this.OPTION(() => {
      this.OR(RELATIONAL.map((tokenType) => ({ ALT: () => this.CONSUME(tokenType, { LABEL: 'operator' }) })));
      this.SUBRULE2(this.operand, { LABEL: 'right' });
    });
  });

  operand = this.RULE('operand', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.group) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.Word) },
      { ALT: () => this.CONSUME(T.Variable) },
      { ALT: () => this.SUBRULE(this.substitution) },
    ]);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.OR2([
        { ALT: () => this.CONSUME2(T.StringLiteral) },
        { ALT: () => this.CONSUME2(T.Word) },
      ]);
    });
  });
}

const RELATIONAL: TokenType[] = [T.Equals, T.NotEquals, T.LessEquals, T.GreaterEquals, T.Less, T.Greater, T.Tilde, T.In];

let parser: RscParser | undefined;

/** One parser instance, reused through `parser.input = tokens` (Chevrotain's advice). */
export function getParser(): RscParser {
  parser ??= new RscParser();
  return parser;
}

export type { CstNode };
