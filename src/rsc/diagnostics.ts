/** What every check reports: the shape `check --json` prints. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  /** `scope`: variables used where RouterOS cannot see them declared (src/rsc/scope.ts). */
  readonly kind: 'syntax' | 'schema' | 'scope' | 'policy';
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export function diagnostic(severity: Diagnostic['severity'], kind: Diagnostic['kind'], at: { line: number; column: number }, message: string): Diagnostic {
  return { severity, kind, line: at.line, column: at.column, message };
}
