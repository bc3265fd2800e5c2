/** Saves a Blob as a file through an object URL (allowed by the site's CSP: img-src blob:). */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	// the download has started by the next task; the URL is then no longer needed
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
