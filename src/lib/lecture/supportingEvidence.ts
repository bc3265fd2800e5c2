/** The strongest evidence of an element (kept here for the lecture's imports). */
export { supportingEvidence } from '../view/supportingEvidence.ts';
