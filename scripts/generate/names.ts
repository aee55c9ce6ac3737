/**
 * Made-up names: places, people, and a label maker for each actor type the generator knows (keyed by
 * node type id), so a brigade reads like a brigade and a treaty like a treaty. A node type it does not
 * know gets a generic label built from a place name and the type's own label.
 */
import type { NodeType } from "../../src/domain/dataset/schema";
import { number, pick, randomInt, type Random } from "./random";
import { lookUp } from "./rules";

const SYLLABLES =
  "al ba dar ka ma ra sha ta zan hum qi lan mir nur sa vor tek esh ul an is ab kur ham fal jab zir mas tal ren dov yar".split(
    " ",
  );
const FIRST_NAMES =
  "Hadi Karim Nadia Omar Samir Layla Yusuf Rami Zeynab Tariq Mira Farid Hassan Amal Idris Salma Jamal Rana Bashir Huda Walid Noor Aziz Dalia".split(
    " ",
  );
const ADJECTIVES =
  "Northern Southern Eastern Western Free United Popular Revolutionary National Martyrs Victory Righteous Vanguard Sovereign".split(
    " ",
  );
const NOUNS = "Lions Eagles Shield Sword Hawks Guardians Falcons Banner Dawn Storm".split(" ");
const MINISTRIES = [
  "Defence",
  "Interior",
  "Foreign Affairs",
  "Finance",
  "Oil",
  "Intelligence",
  "Justice",
  "Treasury",
  "Security",
];
const OFFICES = ["President", "Prime Minister", "Supreme Leader", "Treasury Secretary", "Chief of Staff"];

export type LabelMaker = (random: Random) => string;

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function placeName(random: Random): string {
  const parts = 2 + randomInt(random, 2);
  let name = "";
  for (let i = 0; i < parts; i++) name += pick(random, SYLLABLES);
  return capitalise(name);
}

function personName(random: Random): string {
  const family = placeName(random);
  return `${pick(random, FIRST_NAMES)} ${random() < 0.35 ? `al-${family}` : family}`;
}

/** One of several name patterns, chosen at random. */
const oneOf =
  (...patterns: LabelMaker[]): LabelMaker =>
  (random) =>
    pick(random, patterns)(random);

const LABEL_MAKERS: Record<string, LabelMaker> = {
  "armed-group": oneOf(
    (r) => `Brigade ${number(r, 400)}`,
    (r) => `${pick(r, ADJECTIVES)} ${pick(r, NOUNS)} Brigade ${number(r, 99)}`,
    (r) => `${placeName(r)} Battalion`,
    (r) => `${pick(r, ADJECTIVES)} ${placeName(r)} Front`,
    (r) => `Kataib ${placeName(r)}`,
    (r) => `${placeName(r)} Defence Units`,
    (r) => `${pick(r, ADJECTIVES)} Movement of ${placeName(r)}`,
  ),
  organization: oneOf(
    (r) => `${placeName(r)} Guard Corps`,
    (r) => `Directorate ${number(r, 60)}`,
    (r) => `Unit ${100 + randomInt(r, 900)}`,
    (r) => `${pick(r, ADJECTIVES)} Command`,
    (r) => `${placeName(r)} Intelligence Service`,
    (r) => `${placeName(r)} Logistics Office`,
  ),
  government: oneOf(
    (r) => `Ministry of ${pick(r, MINISTRIES)} of ${placeName(r)}`,
    (r) => `Office of the ${pick(r, OFFICES)}`,
    (r) => `${placeName(r)} Security Council`,
    (r) => `${placeName(r)} Administration`,
  ),
  state: oneOf(
    (r) => `Republic of ${placeName(r)}`,
    (r) => `Kingdom of ${placeName(r)}`,
    (r) => `${placeName(r)}istan`,
    (r) => `${placeName(r)} Federation`,
  ),
  person: personName,
  event: oneOf(
    (r) => `Battle of ${placeName(r)}`,
    (r) => `${placeName(r)} bombing`,
    (r) => `${1979 + randomInt(r, 45)} ${placeName(r)} offensive`,
    (r) => `${placeName(r)} talks`,
    (r) => `Siege of ${placeName(r)}`,
    (r) => `Strike on ${placeName(r)}`,
  ),
  place: oneOf(
    placeName,
    (r) => `${placeName(r)} Province`,
    (r) => `Port ${placeName(r)}`,
    (r) => `${placeName(r)} Valley`,
    (r) => `${placeName(r)} border crossing`,
  ),
  agreement: oneOf(
    (r) => `${placeName(r)} Accord`,
    (r) => `Treaty of ${placeName(r)}`,
    (r) => `${placeName(r)} ceasefire agreement`,
    (r) => `${placeName(r)} Protocol`,
  ),
};

/** The type's own label maker, or "<place> <type label>" ("Kurman Cell") for a type the generator does not know. */
export function labelMakerFor(type: NodeType): LabelMaker {
  return lookUp(LABEL_MAKERS, type.id) ?? ((random) => `${placeName(random)} ${type.label}`);
}

/** Lower-case words joined by single hyphens; never empty. */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "x" : slug;
}

/** One or two other names an actor goes by: initials, a respelling, or the name with a place. */
export function aliasesFor(random: Random, label: string): string[] {
  const words = label.split(" ").filter((w) => /^[A-Za-z]/.test(w));
  const aliases: string[] = [];
  if (words.length >= 2) aliases.push(words.map((w) => w.charAt(0).toUpperCase()).join(""));
  const respelt = label.replace(/q/g, "k").replace(/Ka/g, "Qa").replace(/sh/g, "ch");
  if (respelt !== label) aliases.push(respelt);
  if (aliases.length === 0 || random() < 0.3) aliases.push(`${label} (${placeName(random)})`);
  return aliases.slice(0, 1 + randomInt(random, 2));
}

/** "a person", "an organization": a type's label as it reads in a sentence. */
export function withArticle(typeLabel: string): string {
  const words = typeLabel.toLowerCase();
  return `${/^[aeiou]/.test(words) ? "an" : "a"} ${words}`;
}
