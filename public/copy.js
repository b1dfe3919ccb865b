// Copy buttons of "Cite this": shown only where this runs; copies the text of the element named by data-copy.
for (const b of document.querySelectorAll('button[data-copy]')) {
  b.hidden = false;
  b.addEventListener('click', async () => {
    const text = document.getElementById(b.dataset.copy)?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      b.firstChild.textContent = 'Copied';
    } catch {
      b.firstChild.textContent = 'Select and copy';
    }
    setTimeout(() => {
      b.firstChild.textContent = 'Copy';
    }, 2000);
  });
}
