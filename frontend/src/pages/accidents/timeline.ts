/** Reading an accident's audit events as a list of edits a person can follow. */

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface VictimChange {
  change: "added" | "removed" | "changed";
  name: string;
  fields: FieldChange[];
}

export interface EventDetails {
  fields: FieldChange[];
  victims: VictimChange[];
  note: string | null;
  /** For a newly reported accident: how many victims it was reported with. */
  victimsCount: number | null;
  /** For an attached or removed file. */
  file: { filename: string; kind: string | null } | null;
}

interface EventLike {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

type VictimSnapshot = Record<string, unknown> & { id?: number | null; full_name?: string };

// Copied from the enterprise, or kept for the code: never edited by anyone, so not worth a line.
const SILENT = new Set(["code", "zone_code", "vsic_section", "victims", "note"]);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function victimList(value: unknown): VictimSnapshot[] {
  return Array.isArray(value) ? value.filter((v): v is VictimSnapshot => typeof v === "object" && v !== null) : [];
}

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, silent: Set<string>): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !silent.has(key));
  return keys.filter((key) => !same(before[key], after[key])).map((key) => ({ field: key, before: before[key] ?? null, after: after[key] ?? null }));
}

/** Victims matched by id: new ones (no id yet, or an id not seen before), removed ones, and field-by-field edits. */
export function victimChanges(beforeValue: unknown, afterValue: unknown): VictimChange[] {
  const before = victimList(beforeValue);
  const after = victimList(afterValue);
  const beforeById = new Map(before.filter((v) => typeof v.id === "number").map((v) => [v.id as number, v]));
  const afterIds = new Set(after.filter((v) => typeof v.id === "number").map((v) => v.id as number));
  const out: VictimChange[] = [];
  for (const victim of after) {
    const previous = typeof victim.id === "number" ? beforeById.get(victim.id) : undefined;
    if (!previous) {
      out.push({ change: "added", name: String(victim.full_name ?? ""), fields: [] });
      continue;
    }
    const fields = fieldChanges(previous, victim, new Set(["id"]));
    if (fields.length > 0) out.push({ change: "changed", name: String(victim.full_name ?? previous.full_name ?? ""), fields });
  }
  for (const victim of before) {
    if (typeof victim.id === "number" && !afterIds.has(victim.id)) {
      out.push({ change: "removed", name: String(victim.full_name ?? ""), fields: [] });
    }
  }
  return out;
}

export function describeEvent(event: EventLike): EventDetails {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const note = typeof after.note === "string" && after.note.trim() ? after.note : null;
  const details: EventDetails = { fields: [], victims: [], note, victimsCount: null, file: null };
  if (event.action === "attach" || event.action === "detach") {
    const source = event.action === "attach" ? after : before;
    details.file = { filename: String(source.filename ?? ""), kind: typeof source.kind === "string" ? source.kind : null };
    return details;
  }
  if (event.action === "create" || (event.before === null && event.after !== null)) {
    details.victimsCount = victimList(after.victims).length;
    return details;
  }
  if (event.action === "delete") return details;
  details.fields = fieldChanges(before, after, SILENT);
  if ("victims" in before || "victims" in after) details.victims = victimChanges(before.victims, after.victims);
  return details;
}
