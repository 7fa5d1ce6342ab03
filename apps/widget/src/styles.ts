// Inside the shadow root: the host page's rules cannot reach in, and `all: initial` stops inherited
// fonts and colours. Contrast meets WCAG AA; focus is always visible.
export const CSS = `
:host { all: initial; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.root { font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #0f172a; }
button, textarea, input { font: inherit; }
button { cursor: pointer; border-radius: 8px; border: 2px solid transparent; padding: 8px 16px; }
:focus-visible { outline: 3px solid #0f172a; outline-offset: 2px; box-shadow: 0 0 0 5px #fff; }
.launcher { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; background: #1d4ed8;
  color: #fff; font-weight: 600; padding: 12px 20px; border-radius: 999px; box-shadow: 0 4px 12px #0004; }
.launcher.unread::after { content: ''; display: inline-block; width: 10px; height: 10px; margin-left: 8px;
  border-radius: 50%; background: #fbbf24; }
.panel { position: fixed; right: 16px; bottom: 80px; z-index: 2147483000; display: flex; flex-direction: column;
  width: min(380px, calc(100vw - 32px)); height: min(580px, calc(100vh - 104px)); background: #fff;
  border: 1px solid #94a3b8; border-radius: 12px; box-shadow: 0 8px 28px #0005; overflow: hidden; }
header { display: flex; align-items: flex-start; gap: 8px; padding: 12px 16px; background: #1d4ed8; color: #fff; }
header div { flex: 1; }
h2 { margin: 0; font-size: 18px; }
header p { margin: 0; font-size: 14px; }
.close { background: transparent; color: #fff; border-color: #fff; padding: 2px 10px; }
.close:focus-visible { outline-color: #fff; box-shadow: none; }
.log { flex: 1; overflow-y: auto; padding: 12px 16px; }
.intro { margin: 0 0 8px; color: #334155; }
ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
li { max-width: 85%; padding: 8px 12px; border-radius: 12px; background: #f1f5f9; align-self: flex-start; }
li.you { background: #1d4ed8; color: #fff; align-self: flex-end; }
.who { display: block; font-size: 13px; font-weight: 600; }
.body { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.note { margin: 0; padding: 8px 16px; font-size: 14px; }
.note:empty { display: none; }
.error { color: #991b1b; background: #fef2f2; }
.status { color: #334155; background: #f8fafc; }
form { display: flex; flex-direction: column; gap: 6px; padding: 12px 16px; border-top: 1px solid #cbd5e1; }
label { font-weight: 600; }
textarea { width: 100%; min-height: 72px; resize: vertical; padding: 8px; border: 2px solid #475569;
  border-radius: 8px; color: inherit; background: #fff; }
.hint { margin: 0; font-size: 13px; color: #475569; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
.send { align-self: flex-end; background: #1d4ed8; color: #fff; font-weight: 600; }
.send[aria-disabled='true'] { background: #475569; cursor: progress; }
.attach { margin-right: auto; background: #fff; color: #1d4ed8; border-color: #1d4ed8; }
.attach[aria-disabled='true'] { color: #475569; border-color: #475569; cursor: progress; }
.file { margin: 4px 0 0; font-size: 14px; overflow-wrap: anywhere; }
.done { color: #14532d; background: #f0fdf4; }
.email { padding: 8px 16px; border-top: 1px solid #cbd5e1; }
.email summary { cursor: pointer; font-weight: 600; color: #1d4ed8; }
.email form { padding: 8px 0 0; border: 0; }
.row { display: flex; gap: 8px; }
input { flex: 1; min-width: 0; padding: 6px 8px; border: 2px solid #475569; border-radius: 8px; color: inherit;
  background: #fff; }
`;
