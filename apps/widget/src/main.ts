import { pageLanguage } from './messages.js';
import { mountWidget } from './widget.js';

const TAG = 'klantstem-chat';

// Only while this classic script first runs does currentScript point at it; async does not change that.
const script = document.currentScript;

/** The Klantstem server is wherever this script came from; the page that embeds it may be anywhere. */
function serverBase(): URL | null {
  const src = script instanceof HTMLScriptElement ? script.src : '';
  return src ? new URL('./', src) : null;
}

function start() {
  const base = serverBase();
  // Twice the tag on one page would give two launchers; one is enough.
  if (!base || document.querySelector(TAG)) return;
  const host = document.createElement(TAG);
  document.body.append(host);
  mountWidget(host, base, pageLanguage(document));
}

if (document.body) start();
else document.addEventListener('DOMContentLoaded', start, { once: true });
