// bantin's pages: the "copy URL" buttons of the feed directory. The buttons
// are in the page, hidden, and shown only where the Clipboard API works, so
// that without JavaScript the feed links alone remain.
(() => {
  if (!navigator.clipboard || !window.isSecureContext) return;
  const status = document.querySelector('.copy-status');
  for (const b of document.querySelectorAll('button.copy[data-url]')) {
    b.hidden = false;
    b.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(b.dataset.url);
        b.textContent = 'Đã chép';
        if (status) status.textContent = 'Đã chép ' + b.dataset.url;
      } catch {
        if (status) status.textContent = 'Không chép được; hãy chép đường dẫn bên cạnh.';
      }
    });
  }
})();
