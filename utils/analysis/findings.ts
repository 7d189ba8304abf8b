import type { AiDisclosure, AiLeftover, CreditRole, CreditSource, HumanDeclaration, RepublicationSignal } from './types';

/** One claim that a name did something, before claims about the same name are merged. */
export interface CreditClaim {
  name: string;
  role: CreditRole;
  source: CreditSource;
  /** The credit line as the page has it, when it came from text. */
  text?: string;
  /** Offset of the claim in the page text, when it came from text. */
  offset?: number;
}

/** What detectors add to. Each detector only appends; assembly merges and judges. */
export interface Findings {
  credits: CreditClaim[];
  disclosures: AiDisclosure[];
  leftovers: AiLeftover[];
  humanDeclarations: HumanDeclaration[];
  republication: RepublicationSignal[];
}

export function emptyFindings(): Findings {
  return { credits: [], disclosures: [], leftovers: [], humanDeclarations: [], republication: [] };
}
