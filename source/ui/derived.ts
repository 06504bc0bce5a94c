// Moved to source/view (no Ink there): kept so Ink modules can import it from here.
export * from '../view/derived.js';
