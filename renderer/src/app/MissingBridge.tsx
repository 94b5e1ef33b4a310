/** Shown when the page is opened outside the app (e.g. straight in a browser). */
export function MissingBridge() {
  return (
    <main className="missing-bridge">
      <h1>MDO-assistent</h1>
      <p role="alert">
        Deze pagina werkt alleen binnen MDO-assistent. Start de app via het programma-icoon, of voor ontwikkelaars met{' '}
        <code>npm start</code> of <code>npm run start:chromium</code>.
      </p>
    </main>
  );
}
