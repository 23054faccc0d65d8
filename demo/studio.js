// The page speaks the studio's interface language: its `lang` (for screen readers, hyphenation and fonts) and
// its title follow the studio's switch. The HTML has no `lang`: the studio would take it for the marketer's
// choice, over the browser's language.
document.addEventListener('ui-locale-change', ({ detail }) => {
  document.documentElement.lang = detail.locale;
  document.title = `${detail.title} · objection-desk`;
});
