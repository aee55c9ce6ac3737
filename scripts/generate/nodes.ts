/**
 * The actors as dataset nodes: a label made for their type, now and then aliases, a summary, a cited
 * attribute and dates (as often as their type's rule says), and one or two citations each.
 */
import type { GraphNode, Source } from "../../src/domain/dataset/schema";
import type { Actors } from "./communities";
import { dateRange } from "./dates";
import { aliasesFor, labelMakerFor, slugify, withArticle } from "./names";
import type { Random } from "./random";
import type { Plan } from "./rules";
import { citations, citedAttribute } from "./sources";

export function makeNodes(random: Random, plan: Plan, actors: Actors, sources: Source[]): GraphNode[] {
  const labelMakers = plan.nodeTypes.map(({ type }) => labelMakerFor(type));
  return actors.type.map((t, i) => {
    const { type, dateShare, attribute } = plan.nodeTypes[t]!;
    const label = labelMakers[t]!(random);
    const kind = withArticle(type.label);
    const node: Omit<GraphNode, "citations"> = {
      id: `${slugify(label)}-n${i.toString(36)}`,
      label,
      type: type.id,
    };
    if (random() < 0.15) node.aliases = aliasesFor(random, label);
    if (random() < 0.25)
      node.summary = `A synthetic ${type.label.toLowerCase()} in community ${actors.community[i]! + 1}.`;
    if (attribute && random() < attribute.share)
      node.attributes = [citedAttribute(random, sources, attribute, label)];
    if (random() < dateShare) Object.assign(node, dateRange(random));
    // The first actors cite each source once, so no source goes uncited.
    const firstSource = i < sources.length ? i : undefined;
    return { ...node, citations: citations(random, sources, `${label} is ${kind}`, firstSource) };
  });
}
