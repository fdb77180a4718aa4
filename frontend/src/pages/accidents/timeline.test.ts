import { describe, expect, it } from "vitest";
import { describeEvent, victimChanges } from "./timeline";

const an = { id: 1, full_name: "Nguyễn Văn An", severity: "minor", days_off: 3 };
const binh = { id: 2, full_name: "Trần Thị Bình", severity: "serious", days_off: 20 };

describe("accident timeline", () => {
  it("reads a report as its victims count, not as every field", () => {
    const details = describeEvent({ action: "create", before: null, after: { code: "TNLD-2026-00001", place: "Xưởng", victims: [an, binh] } });
    expect(details.victimsCount).toBe(2);
    expect(details.fields).toEqual([]);
  });

  it("lists the changed fields of an update, leaving out the ones nobody edits", () => {
    const details = describeEvent({
      action: "update",
      before: { place: "Xưởng A", severity: "minor", code: "X", zone_code: null },
      after: { place: "Xưởng B", severity: "serious", code: "Y", zone_code: null },
    });
    expect(details.fields).toEqual([
      { field: "place", before: "Xưởng A", after: "Xưởng B" },
      { field: "severity", before: "minor", after: "serious" },
    ]);
  });

  it("matches victims by id: added, removed and edited ones", () => {
    const changes = victimChanges(
      [an, binh],
      [
        { ...an, severity: "serious", days_off: 3 },
        { id: null, full_name: "Lê Văn Cường", severity: "minor" },
      ],
    );
    expect(changes).toEqual([
      { change: "changed", name: "Nguyễn Văn An", fields: [{ field: "severity", before: "minor", after: "serious" }] },
      { change: "added", name: "Lê Văn Cường", fields: [] },
      { change: "removed", name: "Trần Thị Bình", fields: [] },
    ]);
    expect(victimChanges([an], [{ ...an }])).toEqual([]);
  });

  it("keeps the note of a status move and names the file of an attachment", () => {
    const moved = describeEvent({
      action: "status",
      before: { status: "concluded", investigation_record_date: "2026-12-01" },
      after: { status: "investigating", investigation_record_date: null, note: "Có tình tiết mới" },
    });
    expect(moved.note).toBe("Có tình tiết mới");
    expect(moved.fields.map((f) => f.field)).toEqual(["status", "investigation_record_date"]);
    const attached = describeEvent({ action: "attach", before: null, after: { attachment_id: 4, filename: "bien-ban.pdf", kind: "investigation_record", size: 10 } });
    expect(attached.file).toEqual({ filename: "bien-ban.pdf", kind: "investigation_record" });
    expect(attached.victimsCount).toBeNull();
    const removed = describeEvent({ action: "detach", before: { attachment_id: 4, filename: "anh.png" }, after: null });
    expect(removed.file).toEqual({ filename: "anh.png", kind: null });
  });
});
