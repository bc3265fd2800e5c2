/** Cytoscape.js with the dagre layout registered, once, for the whole app. */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';

cytoscape.use(dagre);

export { cytoscape };
