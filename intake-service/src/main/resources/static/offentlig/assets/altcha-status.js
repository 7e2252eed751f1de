// Tells screen readers how the robot check is going (WCAG 2.1, 4.1.3 status messages): the ALTCHA widget
// changes only what is seen. Each widget names its live region in data-status-id; the region holds the
// texts of the states in data attributes, in the page's language.
document.querySelectorAll('altcha-widget[data-status-id]').forEach((widget) => {
  const region = document.getElementById(widget.dataset.statusId);
  if (!region) {
    return;
  }
  widget.addEventListener('statechange', (event) => {
    const text = event.detail && region.dataset[event.detail.state];
    if (text) {
      region.textContent = text;
    }
  });
});
