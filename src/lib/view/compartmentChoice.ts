/** What the compartment menu and its list are given: the compartments, which are collapsed, and a toggle. */
import type { Compartment } from '../model/atlas.ts';

export interface CompartmentChoice {
	compartments: Compartment[];
	/** Drawn as one box each, their contents hidden. */
	collapsed: string[];
	ontoggle: (id: string) => void;
}
