// A React 19 app as the README shows it: the `objection-desk/react` component, and the plain tag typed by
// `objection-desk/react/jsx`. It writes what its handlers receive into the page, for the test to read.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ObjectionDesk, type ObjectionSelectDetail, type ReplyCopyDetail } from 'objection-desk/react';
import type {} from 'objection-desk/react/jsx';

function App() {
  const [selected, setSelected] = useState<ObjectionSelectDetail>();
  const [copied, setCopied] = useState<ReplyCopyDetail>();
  const [plainCopied, setPlainCopied] = useState<ReplyCopyDetail>();
  return (
    <>
      <ObjectionDesk
        id="wrapped"
        locale="ru"
        context={{ clientName: 'Анна', productName: 'пылесос' }}
        onObjectionSelect={(event) => setSelected(event.detail)}
        onReplyCopy={(event) => setCopied(event.detail)}
        onCatalogError={(event) => console.error(event.detail.problems)}
      />
      <output id="wrapped-selected">{selected?.id}</output>
      <output id="wrapped-copied">{copied && JSON.stringify(copied)}</output>
      <objection-desk id="plain" locale="en" context={{ clientName: 'Anna', productName: 'the blender' }} onreply-copy={(event) => setPlainCopied(event.detail)} />
      <output id="plain-copied">{plainCopied && JSON.stringify(plainCopied)}</output>
    </>
  );
}

const misuse = (
  <ObjectionDesk
    onReplyCopy={(event) => {
      // @ts-expect-error `text` is a string: the handler's detail is typed, not `any`.
      const length: number = event.detail.text;
      return length;
    }}
  />
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
export { misuse };
