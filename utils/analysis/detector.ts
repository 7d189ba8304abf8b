import type { Findings } from './findings';
import type { Page } from './page';

/**
 * One detector per file under detectors/, listed in registry.ts. A detector reads the page and
 * appends what it finds; it never throws past analyze(), which contains each one's failure.
 */
export interface Detector {
  /** Kebab-case, the same as its file name. */
  id: string;
  detect(page: Page, findings: Findings): void;
}
