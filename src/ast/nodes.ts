/**
 * The RouterOS script AST, shared by the intent rules (which build it), the
 * printer (the only code that writes RouterOS text), the Chevrotain parser
 * (which reads text back into it) and the policy engine (which labels it).
 *
 * The tree is semantic: a command always carries its absolute menu path, no
 * matter whether the source wrote `/ip firewall filter add ...`, the slash form
 * `/ip/firewall/filter/add ...`, or `add ...` under a `/ip firewall filter`
 * context line. Source positions live in the separate `loc` field so that two
 * trees can be compared with locations stripped.
 */

export interface SourceLocation {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

interface NodeBase {
  loc?: SourceLocation;
}

export interface Script extends NodeBase {
  readonly kind: 'script';
  readonly statements: Statement[];
}

/**
 * A statement: a menu command or script command (`:put`), a menu line, a
 * `{ ... }` block on its own, or a call of a code value (`$f a=1`).
 */
export type Statement = Command | Navigate | Block | Call;

/** A bare menu line such as `/ip firewall filter`: it changes the current menu. */
export interface Navigate extends NodeBase {
  readonly kind: 'navigate';
  readonly path: string[];
}

/** A menu command: `/ip firewall filter add chain=input action=drop`. */
export interface Command extends NodeBase {
  readonly kind: 'command';
  /** Absolute menu path, e.g. ["ip", "firewall", "filter"]; [] for the root. */
  readonly path: string[];
  /** Command name, e.g. "add". */
  readonly name: string;
  readonly args: Arg[];
}

export type Arg = NamedArg | PositionalArg | UnsetArg;

/** `key=value`; `value` is null for `key=` (an empty value). */
export interface NamedArg extends NodeBase {
  readonly kind: 'named';
  readonly name: string;
  readonly value: Value | null;
}

/** An unnamed argument (`print detail`, `remove [find ...]`, `set ether1 ...`). */
export interface PositionalArg extends NodeBase {
  readonly kind: 'positional';
  readonly value: Value;
}

/** `!name`: unset a property (`set 0 !port`). */
export interface UnsetArg extends NodeBase {
  readonly kind: 'unset';
  readonly name: string;
}

export type Value =
  | StringValue
  | WordValue
  | NumberValue
  | IpValue
  | PrefixValue
  | Ip6Value
  | RangeValue
  | MacValue
  | TimeValue
  | IdValue
  | ListValue
  | NegatedValue
  | VariableValue
  | SubstitutionValue
  | ExpressionValue
  | InterpolatedString
  | ArrayValue
  | Block
  | Call;

/** A quoted string; `value` is the unescaped text. */
export interface StringValue extends NodeBase {
  readonly kind: 'string';
  readonly value: string;
  /**
   * For strings that hold code (`source=`, `on-event=`, `up-script=`,
   * `:parse`/`:execute` arguments...): the code, parsed as a script of its own,
   * with locations in the outer text. Derived from `value` by the parser, so
   * `stripLocations` leaves it out of comparisons. Absent when the string is
   * not code or the code does not parse.
   */
  readonly script?: Script;
}

/**
 * A string with `$var`, `$[command]` or `$(expression)` inside: its value is
 * computed when the script runs. `"up $n"` is
 * `[{kind:'text', text:'up '}, {kind:'variable', name:'n'}]`.
 */
export interface InterpolatedString extends NodeBase {
  readonly kind: 'interpolated';
  readonly parts: InterpolationPart[];
}

/** `$[...]` holds a command (a substitution) or a function call. */
export type InterpolationPart = StringText | VariableValue | SubstitutionValue | ExpressionValue | Call;

/** Literal text inside an interpolated string (unescaped). */
export interface StringText extends NodeBase {
  readonly kind: 'text';
  readonly text: string;
}

/**
 * An array literal: `{1;2;3}`, `{a=1;b="x"}`, `({})`. Unkeyed items have
 * `key: null`; `{a=}` has a null value.
 */
export interface ArrayValue extends NodeBase {
  readonly kind: 'array';
  readonly items: ArrayItem[];
}

export interface ArrayItem extends NodeBase {
  readonly key: string | null;
  readonly value: Value | null;
}

/**
 * `{ statements }`: code with its own scope. A statement of its own, or a
 * value: `do={...}`, `else={...}`, `on-error={...}`, `:do {...}`,
 * `source={...}`. Menu lines inside a block only change the menu inside it.
 */
export interface Block extends NodeBase {
  readonly kind: 'block';
  readonly statements: Statement[];
}

/**
 * Calling a code value: `$f a=1 "x"` as a statement, `[$f a=1]` as a value,
 * `[[:parse ":put 1"]]`. Named arguments become `$a`, unnamed ones `$1 $2`.
 */
export interface Call extends NodeBase {
  readonly kind: 'call';
  /** A variable, a `[ ]` substitution or a `( )` expression. */
  readonly callee: Value;
  readonly args: Arg[];
}

/** A bare word (`drop`, `WAN`, `ether1`, `yes`): enum values and names. */
export interface WordValue extends NodeBase {
  readonly kind: 'word';
  readonly text: string;
}

export interface NumberValue extends NodeBase {
  readonly kind: 'number';
  readonly value: number;
  /** Written as 0x.. in the source. */
  readonly hex?: boolean;
}

export interface IpValue extends NodeBase {
  readonly kind: 'ip';
  readonly address: string;
  /** `10.0.0.1%ether1` (a gateway on an interface). */
  readonly scope?: string;
}

/** IPv4 `10.0.0.0/8` or IPv6 `2001:db8::/32`. */
export interface PrefixValue extends NodeBase {
  readonly kind: 'prefix';
  readonly address: string;
  readonly length: number;
}

export interface Ip6Value extends NodeBase {
  readonly kind: 'ip6';
  readonly address: string;
  /** `fe80::1%ether1`: the interface the address is on. */
  readonly scope?: string;
}

/** `1000-2000` (ports) or `10.0.0.10-10.0.0.20` (address range). */
export interface RangeValue extends NodeBase {
  readonly kind: 'range';
  readonly from: string;
  readonly to: string;
}

export interface MacValue extends NodeBase {
  readonly kind: 'mac';
  readonly address: string;
}

/** `30s`, `1d2h`, `00:05:00`, `200ms`; kept as written. */
export interface TimeValue extends NodeBase {
  readonly kind: 'time';
  readonly text: string;
}

/** An internal id such as `*1A`. */
export interface IdValue extends NodeBase {
  readonly kind: 'id';
  readonly text: string;
}

/** A comma list: `80,443`, `8.8.8.8,1.1.1.1`. */
export interface ListValue extends NodeBase {
  readonly kind: 'list';
  readonly items: Value[];
}

/** `!LAN` in a matcher: the value negated. */
export interface NegatedValue extends NodeBase {
  readonly kind: 'negated';
  readonly value: Value;
}

/** `$name` or `$"quoted name"`. */
export interface VariableValue extends NodeBase {
  readonly kind: 'variable';
  readonly name: string;
}

/** `[ command ]`: command substitution, e.g. `[find comment="x"]`. */
export interface SubstitutionValue extends NodeBase {
  readonly kind: 'substitution';
  readonly command: Command;
}

/** `( expression )` in a value position, e.g. `where` conditions. */
export interface ExpressionValue extends NodeBase {
  readonly kind: 'expression';
  readonly expression: Expression;
}

export type Expression = BinaryExpression | UnaryExpression | FieldRef | ValueExpression | GroupExpression;

/**
 * Binary operators, loosest first (SYNTAX.md §5, measured on RouterOS 7):
 * `,` < `or` < `and` < `in` < relational < `.` < `<< >>` < `|` < `^` < `&`
 * < `+ -` < `* / %` < `<%%` < `->`. `&&` and `||` are read as `and` and `or`.
 */
export type BinaryOperator =
  | ','
  | 'or'
  | 'and'
  | 'in'
  | RelationalOperator
  | '.'
  | '<<' | '>>'
  | '|'
  | '^'
  | '&'
  | '+' | '-'
  | '*' | '/' | '%'
  | '<%%'
  | '->';

export type RelationalOperator = '=' | '!=' | '<' | '>' | '<=' | '>=' | '~';

/** Prefix operators: not, negate, bit-invert, "is set" (`any $x`) and quote (`>[...]`). */
export type UnaryOperator = '!' | '-' | '~' | 'any' | '>';

export interface BinaryExpression extends NodeBase {
  readonly kind: 'binary';
  readonly operator: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}

export interface UnaryExpression extends NodeBase {
  readonly kind: 'unary';
  readonly operator: UnaryOperator;
  readonly operand: Expression;
}

/** `( expression )`, kept so that printing keeps the user's grouping. */
export interface GroupExpression extends NodeBase {
  readonly kind: 'group';
  readonly expression: Expression;
}

/**
 * A bare name in an expression: a property in a `where` expression
 * (`dst-address`, `disabled`). The right-hand side of a comparison is a value
 * instead (`chain=input`: `input` is a word).
 */
export interface FieldRef extends NodeBase {
  readonly kind: 'field';
  readonly name: string;
}

export interface ValueExpression extends NodeBase {
  readonly kind: 'value';
  readonly value: Value;
}

/** A `where` clause argument of `find`/`print` is a named arg `where` holding an expression. */
export const WHERE = 'where';

export type Node = Script | Statement | Arg | Value | Expression | ArrayItem | StringText;
