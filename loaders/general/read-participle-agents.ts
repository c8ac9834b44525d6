/**
 * "21 projects submitted by regional and local authorities and nine submitted by NGOs": counts each followed by a
 * participle and its agent name their parts by who did it, when at least two of a sentence are named so.
 */
import type {Breakdown} from "../types.js";

export interface AgentCount {
  q: {start: number; end: number; kind: string};
  breakdown: Breakdown;
  agent?: boolean;
}

// The count's own noun (a word or two), the participle, "by" and the agent up to the next count, clause or place.
const AGENT =
  /^(?:\s+[a-z-]+){0,2}?\s+([a-z]+ed)\s+by\s+((?:the\s+)?[A-Za-z][\w'’-]*(?:\s+(?!(?:from|in|across|during|with|for|to|at|on)\b)[A-Za-z][\w'’-]*){0,5}?)(?=\s*(?:[,;.)]|\band\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b(?:from|in|across|during|with|for|to|at|on)\b|$))/;

export function participleAgents<T extends AgentCount>(text: string, live: T[]): void {
  const counts = live.filter((r) => r.q.kind === "count");
  const named = counts
    .map((r) => {
      const m = AGENT.exec(text.slice(r.q.end));
      return m ? {r, label: `${m[1]} by ${m[2].replace(/^the\s+/, "")}`} : null;
    })
    .filter((x): x is {r: T; label: string} => x !== null);
  if (named.length < 2) return;
  for (const {r, label} of named) if (!r.breakdown.category) [r.breakdown.category, r.agent] = [label, true];
}
