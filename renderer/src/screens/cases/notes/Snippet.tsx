import { splitSnippet } from './marks';

/** A search snippet with its hits as <mark> elements: built from split text, never from HTML. */
export function Snippet({ text }: { text: string }) {
  return (
    <span className="snippet">
      {splitSnippet(text).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}
