// Loaded before the widget: every Content Security Policy or Trusted Types violation the page reports.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`.trim());
});
