// Evidence in its source: the sentence around a fact's span, with the fact marked.

const sentenceEnd = /[。！？；\n]/u;
const longest = 160;

/**
 * The sentence of `text` that holds the span [offset, offset + length), cut at 。！？； or a paragraph break, and at
 * most about `longest` characters either side of the span. Returns the parts before, of and after the span.
 */
export function sentenceAround(text, offset, length) {
  let start = offset;
  while (start > 0 && offset - start < longest && !sentenceEnd.test(text[start - 1])) {
    start--;
  }
  let end = offset + length;
  while (end < text.length && end - offset - length < longest && !sentenceEnd.test(text[end - 1] ?? '')) {
    end++;
  }
  return {
    before: (start > 0 && !sentenceEnd.test(text[start - 1]) ? '…' : '') + text.slice(start, offset),
    fact: text.slice(offset, offset + length),
    after: text.slice(offset + length, end) + (end < text.length && !sentenceEnd.test(text[end - 1]) ? '…' : ''),
  };
}

/** Elements for a quote: the parts as text nodes, the fact in a <mark>. */
export function quote({ before, fact, after }) {
  const mark = document.createElement('mark');
  mark.textContent = fact;
  return [document.createTextNode(before), mark, document.createTextNode(after)];
}
