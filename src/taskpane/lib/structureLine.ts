/**
 * @fileoverview What the 结构 view (`../components/StructureView`) and its lines
 * (`../components/OutlineLine`, a chunk of its own) share: the line the writer acts on and the
 * writer's name of a role. Layer: taskpane.
 */
import type { Role } from "../../core/roles";
import type { Translate, UiMessageId } from "../i18n";

/** A line the writer acts on: its paragraph and key. */
export interface StructureLine {
  index: number;
  key: string;
  text: string;
}

/** The writer's name of a role ("一级标题"; "不处理" for other). */
export function roleLabel(t: Translate, role: Role): string {
  return t(`ui.structure.role.${role}` as UiMessageId);
}
