/**
 * @fileoverview The add-in's version, from package.json — the same number `case-report --version`
 * prints and manifest.xml's `<Version>` carries (four-part). webpack keeps only this field of
 * package.json in the bundle. Layer: taskpane.
 */
import pkg from "../../package.json";

/** The version of this build, e.g. "0.1.0". */
export const APP_VERSION: string = pkg.version;
