// Saving a file the history page made: a Blob behind an object URL, nothing over the network.
export function downloadFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the Blob by the time the click returns in Chromium; Firefox needs a moment.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
