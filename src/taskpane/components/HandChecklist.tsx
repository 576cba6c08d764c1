/**
 * @fileoverview 人工核对: the checklist items a machine cannot check (kind H of requirements.md —
 * R5, R8, R9, R12, R20, R23–R26: attachments, Word + PDF and the stamped copy, the five content
 * principles …), one `Checkbox` each with its label from the messages module (`labelId`), and
 * "已核对 N / M", collapsed under a header that carries the counter (they are a list to go
 * through before submitting, not findings). Ticks are saved with the document (`handChecked`).
 * Layer: taskpane.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Checkbox,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { useSectionStyles } from "./sectionStyles";
import type { HandItem } from "../../core/checklist";
import { t as translate } from "../../core/messages";
import { useI18n } from "../i18n";
import { focusPlaceProps } from "../hooks/useFocusKeeper";

/** Props of `HandChecklist`. */
export interface HandChecklistProps {
  items: readonly HandItem[];
  /** Ids of the ticked items (saved with the document). */
  checked: readonly string[];
  /** The saved decisions cannot be changed now: the boxes are disabled. */
  disabled: boolean;
  onToggle: (id: string, checked: boolean) => void;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
  },
});

/** The 人工核对 area of the pane. */
export function HandChecklist({ items, checked, disabled, onToggle }: HandChecklistProps) {
  const styles = useStyles();
  const section = useSectionStyles();
  const { t, locale } = useI18n();
  const ticked = new Set(checked);
  const done = items.filter((i) => ticked.has(i.id)).length;
  const progress = t("ui.hand.progress", { checked: done, total: items.length });
  return (
    <section className={section.root} aria-labelledby="hand-heading" {...focusPlaceProps}>
      <Accordion collapsible>
        <AccordionItem value="hand">
          <AccordionHeader as="h2" id="hand-heading">
            {t("ui.hand.heading")}
            {" · "}
            <span>{progress}</span>
          </AccordionHeader>
          <AccordionPanel>
            <Text size={200} className={section.hint}>
              {t("ui.hand.hint")}
            </Text>
            <ul className={styles.list}>
              {items.map((item) => (
                <li key={item.id} data-hand-id={item.id}>
                  <Checkbox
                    checked={ticked.has(item.id)}
                    disabled={disabled}
                    label={translate(item.labelId, {}, locale)}
                    onChange={(_event, data) => onToggle(item.id, data.checked === true)}
                  />
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
