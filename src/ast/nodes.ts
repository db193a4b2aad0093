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

export type Statement = Command | Navigate;

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
  | ExpressionValue;

/** A quoted string; `value` is the unescaped text. */
export interface StringValue extends NodeBase {
  readonly kind: 'string';
  readonly value: string;
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

export type BinaryOperator = 'and' | 'or' | '=' | '!=' | '<' | '>' | '<=' | '>=' | '~' | 'in';

export interface BinaryExpression extends NodeBase {
  readonly kind: 'binary';
  readonly operator: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}

export interface UnaryExpression extends NodeBase {
  readonly kind: 'unary';
  readonly operator: '!';
  readonly operand: Expression;
}

/** `( expression )`, kept so that printing keeps the user's grouping. */
export interface GroupExpression extends NodeBase {
  readonly kind: 'group';
  readonly expression: Expression;
}

/** A bare property name in a `where` expression (`dst-address`, `disabled`). */
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

export type Node = Script | Statement | Arg | Value | Expression;
