declare module 'cytoscape-svg' {
	const register: import('cytoscape').Ext;
	export default register;
}
