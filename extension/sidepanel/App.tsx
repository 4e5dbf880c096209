/** The clinician's side panel. Recording, transcript and review arrive with the extension work. */
export function App() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 16 }}>
      <h1 style={{ fontSize: 18 }}>Scribe</h1>
      <p>Sign in from the options page to start documenting a consultation.</p>
    </main>
  );
}
