// Answers the census prompts (docs/census.jsonl) with the build in dist/ and prints each answer, grouped by task.
// Whether an answer is right is judged by a RouterOS engineer reading it; docs/census.md records the judgement.
import { readFileSync } from 'node:fs';
import { generateScript } from '../dist/bundle/index.js';

const lines = readFileSync(new URL('../docs/census.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
let task = 0;
for (const line of lines) {
  const item = JSON.parse(line);
  if (item.task !== task) console.log(`\n## ${(task = item.task)}. ${item.name}`);
  const answer = (await generateScript(item.prompt)).response[0];
  console.log(`\n> ${item.prompt}`);
  console.log(answer.content ? answer.content.trim() : `REFUSED: ${answer.error}`);
}
