/**
 * @fileoverview The edition table (src/core/hosts.ts, shown in 关于 and docs/deploy.md) and the Word
 * double's host profiles (test/word-double/hosts.ts, what the gateway is tested against) state the
 * same requirement sets and the same paragraph-id usability for each edition both know.
 */
import { WORD_EDITIONS, type WordEdition } from "../../src/core/hosts";
import { PROFILES, type HostProfileName } from "../word-double/hosts";

const PAIRS: [HostProfileName, WordEdition["id"]][] = [
  ["web", "web"],
  ["win-m365", "win-m365"],
  ["win-2024-ltsc", "win-2024"],
  ["win-2019", "win-2019"],
  ["mac", "mac-m365"],
];

describe.each(PAIRS)("double profile %s and edition %s", (profileName, editionId) => {
  const profile = PROFILES[profileName];
  const edition = WORD_EDITIONS.find((e) => e.id === editionId)!;

  it("have the same platform and requirement sets", () => {
    expect(profile.host).toBe(edition.host);
    expect({
      wordApi13: profile.sets["WordApi 1.3"],
      wordApi14: profile.sets["WordApi 1.4"],
      wordApi15: profile.sets["WordApi 1.5"],
      wordApi16: profile.sets["WordApi 1.6"],
      wordApiDesktop13: profile.sets["WordApiDesktop 1.3"],
    }).toEqual(edition.sets);
  });

  it("agree on whether paragraph ids are usable", () => {
    expect(!profile.nullUniqueLocalIds).toBe(edition.idsUsable);
  });
});
