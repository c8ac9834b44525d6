/**
 * "If you speak about the Guyanese, 55 of them were stopped", "As for Jamaicans, 50 were refused", "In the case of
 * the Haitians, 120 were returned": a sentence that opens on a people as its topic counts that people in it.
 */
import {peopleAt} from "./people-word.js";

// The openings that make a people the topic of what follows, up to the people's name.
const TOPIC = new RegExp(
  String.raw`^[\s"“‘']*(?:(?:if|when)\s+(?:you|we|one)\s+(?:speak|talk|look|turn)\s+(?:about|of|at|to)\s+(?:the\s+(?:case|figures|numbers)\s+(?:of|for)\s+)?|as\s+(?:for|regards|to)\s+|regarding\s+|concerning\s+|with\s+(?:regard|respect)\s+to\s+|in\s+the\s+case\s+of\s+|turning\s+to\s+)(?:the\s+)?(?=\p{Lu})`,
  "iu"
);

/** The citizenship of the people a sentence opens on as its topic, when `lead` (the sentence up to a count) has one. */
export function topicPeople(lead: string): string | null {
  const m = TOPIC.exec(lead);
  if (!m) return null;
  const rest = lead.slice(m[0].length);
  const people = peopleAt(rest);
  // The people must close the topic phrase: "As for Jamaicans, …", not "As for Jamaican ports, …".
  if (!people || !/^\s*[,:—–-]/.test(rest.slice(people.length))) return null;
  return people.citizenship;
}
