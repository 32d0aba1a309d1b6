// Show a stored PDF in the page with PDF.js: each page drawn on a canvas with its text laid
// over it (selectable, searchable with the browser, read by screen readers), the searched words
// marked, pages with them listed, and a link to every page (#page-N; #page=N works too).
//
// Everything comes from data attributes of #pdf-viewer, so the page needs no inline script
// and works under the site's Content-Security-Policy. WebAssembly is not allowed there, so
// PDF.js is told to use its JavaScript decoders.

const viewer = document.getElementById("pdf-viewer");
const status = document.getElementById("viewer-status");
const hitsNav = document.getElementById("viewer-hits");

function say(text) {
  if (status) status.textContent = text;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function wordPattern(words) {
  const parts = words.filter((word) => word.trim()).map(escapeRegExp);
  // Longest first, so that "Radwege" is marked whole rather than as "Radweg" + "e".
  parts.sort((a, b) => b.length - a.length);
  return parts.length ? new RegExp(`(${parts.join("|")})`, "giu") : null;
}

function markText(element, pattern) {
  const text = element.textContent;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return 0;
  pattern.lastIndex = 0;
  const fragment = document.createDocumentFragment();
  let last = 0;
  let count = 0;
  for (const match of text.matchAll(pattern)) {
    fragment.append(text.slice(last, match.index));
    const mark = document.createElement("mark");
    mark.textContent = match[0];
    fragment.append(mark);
    last = match.index + match[0].length;
    count += 1;
  }
  fragment.append(text.slice(last));
  element.replaceChildren(fragment);
  return count;
}

function pageFromHash() {
  const match = /^#page[=-](\d+)$/.exec(window.location.hash);
  return match ? Number(match[1]) : null;
}

async function pagesWithWords(pdf, pattern) {
  const found = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const text = content.items.map((item) => item.str || "").join(" ");
    pattern.lastIndex = 0;
    if (pattern.test(text)) found.push(number);
  }
  return found;
}

function listHits(numbers) {
  if (!hitsNav) return;
  const list = hitsNav.querySelector("ul");
  for (const number of numbers) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = `#page-${number}`;
    link.textContent = String(number);
    item.append(link);
    list.append(item);
  }
  hitsNav.hidden = false;
}

async function renderPage(pdfjs, page, frame, scale, pattern) {
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement("canvas");
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.setAttribute("aria-hidden", "true");
  const text = document.createElement("div");
  text.className = "text-layer";
  frame.replaceChildren(canvas, text);
  await page.render({
    canvas,
    canvasContext: canvas.getContext("2d"),
    viewport,
    transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined,
  }).promise;
  const layer = new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport });
  await layer.render();
  if (pattern) {
    for (const div of layer.textDivs) markText(div, pattern);
  }
}

async function show() {
  const data = viewer.dataset;
  say(data.loading);
  const pdfjs = await import(data.library);
  pdfjs.GlobalWorkerOptions.workerSrc = data.worker;
  const pdf = await pdfjs.getDocument({
    url: data.src,
    standardFontDataUrl: data.fonts,
    cMapUrl: data.cmaps,
    cMapPacked: true,
    wasmUrl: data.wasm,
    useWasm: false,
    isEvalSupported: false,
    enableXfa: false,
  }).promise;
  const words = (data.words || "").split("|").filter(Boolean);
  const pattern = wordPattern(words);
  const width = viewer.clientWidth || 800;
  const frames = new Map();
  const pages = new Map();
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const natural = page.getViewport({ scale: 1 });
    const scale = Math.min(width / natural.width, 2);
    const viewport = page.getViewport({ scale });
    const section = document.createElement("section");
    section.className = "pdf-page";
    section.id = `page-${number}`;
    section.setAttribute("aria-label", `${data.pageLabel} ${number}`);
    const head = document.createElement("p");
    head.className = "pdf-page-head";
    const link = document.createElement("a");
    link.href = `#page-${number}`;
    link.textContent = `${data.pageLabel} ${number}`;
    link.title = data.linkLabel;
    head.append(link);
    const frame = document.createElement("div");
    frame.className = "pdf-frame";
    frame.style.setProperty("--total-scale-factor", String(scale));
    frame.style.width = `${Math.floor(viewport.width)}px`;
    frame.style.height = `${Math.floor(viewport.height)}px`;
    section.append(head, frame);
    viewer.append(section);
    frames.set(frame, number);
    pages.set(number, { page, scale, drawn: false });
  }
  say((data.loaded || "").replace("{pages}", String(pdf.numPages)));

  const draw = (frame) => {
    const entry = pages.get(frames.get(frame));
    if (!entry || entry.drawn) return;
    entry.drawn = true;
    renderPage(pdfjs, entry.page, frame, entry.scale, pattern).then(() => {
      frame.closest(".pdf-page").dataset.rendered = "true";
    });
  };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) draw(entry.target);
  }, { rootMargin: "600px 0px" });
  for (const frame of frames.keys()) observer.observe(frame);

  const wanted = pageFromHash();
  if (wanted && wanted <= pdf.numPages) {
    document.getElementById(`page-${wanted}`).scrollIntoView();
  }
  if (pattern) {
    const found = await pagesWithWords(pdf, pattern);
    if (found.length) {
      listHits(found);
    } else {
      say(data.nothing);
    }
  }
}

if (viewer) {
  show().catch(() => say(viewer.dataset.failed));
}
