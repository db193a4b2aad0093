/**
 * Administration families: behaviour the corpus cannot state (a note that
 * must not appear, which family a prompt goes to). Prompt → script examples
 * live in corpus/system.jsonl and the other administration corpus files.
 */
import { describe, expect, it } from 'vitest';
import { generateScript } from '../../src/api/generate.js';

const answer = (prompt: string) => generateScript(prompt).response[0]!;

describe('values kept as typed', () => {
  it('does not claim to have corrected a name it kept', () => {
    for (const [prompt, name] of [
      ['set the identity to Routr', 'name="Routr"'],
      ['set ssid of wifi1 to brdige', 'configuration.ssid="brdige"'],
      ['every day at 4am set the ssid of wifi1 to brdige', 'configuration.ssid=\\"brdige\\"'],
    ] as const) {
      const r = answer(prompt);
      expect(r.content).toContain(name);
      expect(r.error ?? '').not.toContain('Read "');
    }
  });
  it('still corrects a misspelt word of ours', () => {
    const r = answer('rebot the router');
    expect(r.content).toBe('/system reboot\n');
  });
});
