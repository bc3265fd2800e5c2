// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- inlined verbatim, untyped; its browser test runs it
// @ts-nocheck
// The one-file export's script, inlined into the file (its hash in the file's CSP). Plain
// browser JavaScript, no imports: zoom and pan of the figure, the selection ring, search within
// the pathway, and presentation mode driven by the lecture keys the file carries.
(() => {
	const data = JSON.parse(document.getElementById('atlas-data').textContent);
	const svg = document.querySelector('#figure svg');
	const ABOUT = 'about-';
	document.body.classList.add('scripted');
	for (const hidden of document.querySelectorAll('[hidden]')) hidden.hidden = false;

	const figureElement = (id) =>
		document.getElementById(`node-${id}`) ?? document.getElementById(`edge-${id}`);

	// zoom and pan: the figure's viewBox
	const start = svg.viewBox.baseVal;
	const home = { x: start.x, y: start.y, width: start.width, height: start.height };
	let view = { ...home };
	const draw = () =>
		svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.width} ${view.height}`);
	const zoom = (factor, cx = view.x + view.width / 2, cy = view.y + view.height / 2) => {
		view = {
			x: cx - (cx - view.x) * factor,
			y: cy - (cy - view.y) * factor,
			width: view.width * factor,
			height: view.height * factor
		};
		draw();
	};
	const actions = {
		in: () => zoom(0.8),
		out: () => zoom(1.25),
		fit: () => ((view = { ...home }), draw())
	};
	for (const button of document.querySelectorAll('[data-zoom]'))
		button.addEventListener('click', () => actions[button.dataset.zoom]());
	const toFigure = (event) => {
		const box = svg.getBoundingClientRect();
		const scale = Math.max(view.width / box.width, view.height / box.height);
		return {
			scale,
			x: view.x + (event.clientX - box.left) * scale,
			y: view.y + (event.clientY - box.top) * scale
		};
	};
	svg.addEventListener(
		'wheel',
		(event) => {
			event.preventDefault();
			const at = toFigure(event);
			zoom(event.deltaY > 0 ? 1.1 : 1 / 1.1, at.x, at.y);
		},
		{ passive: false }
	);
	let drag;
	let dragged = false;
	svg.addEventListener('pointerdown', (event) => {
		drag = { x: event.clientX, y: event.clientY, view: { ...view }, scale: toFigure(event).scale };
		dragged = false;
	});
	svg.addEventListener('pointermove', (event) => {
		if (!drag) return;
		const dx = event.clientX - drag.x;
		const dy = event.clientY - drag.y;
		if (Math.hypot(dx, dy) > 4) dragged = true;
		if (!dragged) return;
		view = { ...drag.view, x: drag.view.x - dx * drag.scale, y: drag.view.y - dy * drag.scale };
		draw();
	});
	window.addEventListener('pointerup', () => (drag = undefined));
	// a drag is not a click on the element it ends on
	svg.addEventListener('click', (event) => dragged && event.preventDefault(), true);

	// the selection: the element named by the address's #about-<id>
	const showSelection = () => {
		for (const ring of svg.querySelectorAll('.selected')) ring.classList.remove('selected');
		const hash = decodeURIComponent(location.hash.slice(1));
		if (hash.startsWith(ABOUT)) figureElement(hash.slice(ABOUT.length))?.classList.add('selected');
	};
	window.addEventListener('hashchange', showSelection);
	showSelection();

	// search within the pathway: the outline keeps the entries that match
	const fold = (text) => text.toLowerCase().replace(/[\s\-‐–]+/g, '');
	const find = document.getElementById('find');
	find.addEventListener('input', () => {
		const query = fold(find.value);
		for (const item of document.querySelectorAll('#outline li'))
			item.classList.toggle('unmatched', query !== '' && !fold(item.textContent).includes(query));
	});

	// presentation: one step at a time, by the lecture keys
	const steps = data.steps;
	const presentButton = document.getElementById('present');
	if (!steps.length || !presentButton) return;
	let step = 1;
	let overview = false;
	let ghost = false;
	const stepOf = new Map();
	steps.forEach((show, i) => show.forEach((id) => stepOf.has(id) || stepOf.set(id, i + 1)));
	// each section's id is about-<element id>
	const allIds = [...document.querySelectorAll('.details')].map((d) => d.id.slice(6));
	const showStep = () => {
		for (const id of allIds) {
			const shape = figureElement(id);
			if (!shape) continue;
			const at = stepOf.get(id) ?? Infinity;
			const on = document.body.classList.contains('presenting') && !overview;
			shape.classList.toggle('current', on && steps[step - 1].includes(id));
			shape.classList.toggle('earlier', on && at < step && !steps[step - 1].includes(id));
			shape.classList.toggle('later', on && at > step && !ghost);
		}
		for (const section of document.querySelectorAll('.step'))
			section.classList.toggle('now', Number(section.dataset.step) === step);
		history.replaceState(null, '', `#step-${step}`);
	};
	const go = (n) => {
		step = Math.min(Math.max(n, 1), steps.length);
		overview = false;
		document.body.classList.remove('blank');
		showStep();
	};
	const toggle = (name) => document.body.classList.toggle(name);
	const effects = {
		next: () => (step === steps.length ? ((overview = true), showStep()) : go(step + 1)),
		previous: () => go(overview ? step : step - 1),
		first: () => go(1),
		last: () => go(steps.length),
		fullscreen: () => document.documentElement.requestFullscreen?.(),
		blank: () => toggle('blank'),
		captions: () => toggle('no-captions'),
		ghost: () => ((ghost = !ghost), showStep()),
		verbs: () => {},
		overview: () => ((overview = !overview), showStep()),
		exit: () => {
			document.body.classList.remove('presenting', 'blank', 'no-captions');
			showStep();
			location.hash = `#${ABOUT}${steps[step - 1][0]}`;
		}
	};
	const byKey = new Map();
	for (const [action, keys] of Object.entries(data.keys))
		for (const key of keys) byKey.set(key, action);
	presentButton.addEventListener('click', () => {
		document.body.classList.add('presenting');
		go(Number(/^#step-(\d+)$/.exec(location.hash)?.[1] ?? 1));
	});
	window.addEventListener('keydown', (event) => {
		if (!document.body.classList.contains('presenting')) return;
		if (event.ctrlKey || event.altKey || event.metaKey) return;
		const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
		const action = byKey.get(key);
		if (!action) return;
		event.preventDefault();
		effects[action]();
	});
})();
