// docpipe console: the review form, drawn from the document classes (GET classes), and the
// page it was read from (GET jobs/{id}/pages/{n}) with the selected field's evidence box.
// Loaded before app.js, whose helpers ($, el, api) it calls once the page runs.
"use strict";

const REMEMBERED_REVIEWER = "docpipe.reviewer";
let classesCache = null; // GET classes, once per page load (they change only with a deploy)
let reviewState = null; // {jobId, analysis, pageUrl, page}

async function loadClasses() {
  if (!classesCache) classesCache = (await api("classes")).classes;
  return classesCache;
}

function classNamed(name) {
  return (classesCache || []).find((c) => c.name === name) || null;
}

// Every key figure the built-in kinds declare, with its type (for values a class lists not).
function keyFigureSpec(name) {
  for (const cls of classesCache || []) {
    if (cls.store !== "keyFigures") continue;
    const spec = cls.fields.find((f) => f.name === name);
    if (spec) return spec;
  }
  return null;
}

// The fields a job of class `name` may have: [{full, spec, value}] in the class's order, then
// the key figures the analysis holds that the class does not list, then every other key
// figure the classes declare (a reviewer may add any of them).
function fieldsFor(name, analysis) {
  const cls = classNamed(name);
  const group = cls && cls.store === "fields" ? "fields" : "keyFigures";
  const values = (group === "fields" ? analysis.fields : analysis.keyFigures) || {};
  const out = (cls ? cls.fields : []).map((spec) => ({ full: `${group}.${spec.name}`, spec, value: values[spec.name] }));
  const figures = analysis.keyFigures || {};
  const known = (classesCache || []).filter((c) => c.store === "keyFigures").flatMap((c) => c.fields.map((f) => f.name));
  for (const key of [...Object.keys(figures), ...known]) {
    const full = `keyFigures.${key}`;
    if (out.some((f) => f.full === full)) continue;
    const value = figures[key];
    const spec = keyFigureSpec(key) || { name: key, type: typeof value === "number" ? "number" : "text" };
    out.push({ full, spec, value });
  }
  return out;
}

function present(value) {
  return value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && !value.length);
}

// ── inputs by type ───────────────────────────────────────────────────────────────────────

function scalarInput(spec, value, attrs) {
  if (spec.type === "enum") {
    const select = el("select", attrs, el("option", { value: "", text: "—" }),
      ...spec.values.map((v) => el("option", { value: v, text: v })));
    select.value = value ?? "";
    return select;
  }
  if (spec.type === "money") {
    const amount = el("input", { ...attrs, type: "number", step: "any", "data-part": "amount", placeholder: "amount" });
    const currency = el("input", { ...attrs, "data-part": "currency", maxlength: "3", size: "4", placeholder: "EUR", class: "currency" });
    amount.value = value && value.amount !== undefined ? String(value.amount) : "";
    currency.value = (value && value.currency) || "";
    return el("span", { class: "money" }, amount, currency);
  }
  const type = { date: "date", number: "number" }[spec.type] || "text";
  const input = el("input", { ...attrs, type, step: spec.type === "number" ? "any" : undefined });
  input.value = value === undefined || value === null ? "" : String(value);
  return input;
}

function readScalar(spec, node) {
  if (spec.type === "money") {
    const amount = node.querySelector('[data-part="amount"]').value.trim();
    const currency = node.querySelector('[data-part="currency"]').value.trim().toUpperCase();
    if (!amount && !currency) return null;
    const money = { amount: amount === "" ? null : Number(amount) };
    if (currency) money.currency = currency;
    return money; // a missing currency is the API's to refuse, with its reason
  }
  const text = node.value.trim();
  if (text === "") return null;
  return spec.type === "number" ? Number(text) : text;
}

function listEditor(field) {
  const columns = field.spec.columns || [];
  const body = el("tbody", {});
  const addRow = (row) => {
    const cells = columns.map((column) =>
      el("td", { "data-column": column.name }, scalarInput(column, row[column.name], { "aria-label": column.name })));
    const remove = el("button", { type: "button", class: "row-remove", title: "remove this row", text: "×" });
    const tr = el("tr", { "data-row": "" }, ...cells, el("td", {}, remove));
    remove.addEventListener("click", () => tr.remove());
    body.append(tr);
  };
  for (const row of field.value || []) addRow(row);
  const add = el("button", { type: "button", class: "row-add", "data-testid": "add-row", text: "Add row" });
  add.addEventListener("click", () => addRow({}));
  return el("div", { class: "list-editor" },
    el("table", { class: "rows" },
      el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", { text: c.name })), el("th", {}))),
      body),
    add);
}

function readList(field, node) {
  return [...node.querySelectorAll("tr[data-row]")].map((tr) => {
    const row = {};
    for (const column of field.spec.columns || []) {
      const cell = tr.querySelector(`td[data-column="${column.name}"]`);
      const value = readScalar(column, column.type === "money" ? cell : cell.firstElementChild);
      if (value !== null) row[column.name] = value;
    }
    return row;
  }).filter((row) => Object.keys(row).length);
}

function fieldBlock(field) {
  const attrs = { "aria-label": field.full };
  const input = field.spec.type === "list" ? listEditor(field) : scalarInput(field.spec, field.value, attrs);
  const title = [field.spec.name, field.spec.required ? "*" : "", field.spec.type === "money" ? " (amount, currency)" : ""].join("");
  const where = evidenceOf(field.full)
    ? el("button", { type: "button", class: "evidence-link", "data-testid": "evidence-link", title: "show where it was read", text: "where?" })
    : null;
  const block = el("div", {
    class: `field field-${field.spec.type}`,
    "data-field": field.full,
    "data-type": field.spec.type,
    "data-original": JSON.stringify(present(field.value) ? field.value : null),
  }, el("span", { class: "field-name" }, title, where), input);
  block.addEventListener("focusin", () => showEvidence(field.full));
  if (where) where.addEventListener("click", () => showEvidence(field.full));
  block.spec = field.spec;
  return block;
}

function readBlock(block) {
  const spec = block.spec;
  if (spec.type === "list") return readList({ spec }, block);
  const input = spec.type === "money" ? block : block.querySelector("input, select, textarea");
  return readScalar(spec, input);
}

// ── the form ─────────────────────────────────────────────────────────────────────────────

async function renderReviewForm(job) {
  await loadClasses();
  const review = job.review || {};
  const analysis = review.analysis || {};
  reviewState = { jobId: job.jobId, analysis, page: null, pageUrl: null };
  const why = review.reason === "requested"
    ? "The sender asked for a review."
    : `The analyzer was unsure (confidence ${analysis.confidence}).`;
  const warnings = (analysis.warnings || []).join(" ");
  $("review-why").textContent = `${why} ${warnings} Waiting ${age(review.since)}. Edit a field to correct it.`;
  const select = $("class-select");
  select.replaceChildren(...classesCache.map((c) => el("option", { value: c.name, text: c.name, title: c.description })));
  select.value = analysis.documentType || "other";
  select.dataset.original = select.value;
  const summary = $("review-summary");
  summary.value = summary.dataset.original = analysis.summary || "";
  const language = $("review-language");
  language.value = language.dataset.original = analysis.language || "";
  drawFields(select.value);
  clearReviewer();
  $("review-message").textContent = "";
  delete $("review-message").dataset.outcome;
  const first = fieldsFor(select.value, analysis).find((f) => evidenceOf(f.full));
  showPage(first ? evidenceOf(first.full).page : 1, first ? evidenceOf(first.full) : null);
}

// The class's fields: those with a value or required are shown; the rest can be added.
function drawFields(className) {
  const analysis = reviewState.analysis;
  const fields = fieldsFor(className, analysis);
  const shown = fields.filter((f) => present(f.value) || f.spec.required);
  $("review-fields").replaceChildren(...shown.map(fieldBlock));
  const missing = fields.filter((f) => !shown.includes(f));
  const add = $("add-field-select");
  add.replaceChildren(el("option", { value: "", text: missing.length ? "add a field…" : "every field is shown" }),
    ...missing.map((f) => el("option", { value: f.full, text: `${f.full} (${f.spec.type})` })));
  add.disabled = !missing.length;
  add.fields = missing;
}

function addField() {
  const add = $("add-field-select");
  const field = (add.fields || []).find((f) => f.full === add.value);
  if (!field) return;
  const block = fieldBlock(field);
  $("review-fields").append(block);
  add.querySelector(`option[value="${CSS.escape(field.full)}"]`).remove();
  add.fields = add.fields.filter((f) => f !== field);
  add.value = "";
  const input = block.querySelector("input, select, textarea");
  if (input) input.focus();
}

function collectCorrections() {
  const corrections = {};
  const select = $("class-select");
  if (select.value !== select.dataset.original) corrections.documentType = select.value;
  for (const input of [$("review-summary"), $("review-language")]) {
    const value = input.value.trim();
    if (value && value !== input.dataset.original) corrections[input.name] = value;
  }
  for (const block of $("review-fields").querySelectorAll(".field[data-field]")) {
    const value = readBlock(block);
    if (value === null || (Array.isArray(value) && !value.length && block.dataset.original === "null")) continue;
    if (JSON.stringify(value) !== block.dataset.original) corrections[block.dataset.field] = value;
  }
  return corrections;
}

function markInvalid(field) {
  for (const node of document.querySelectorAll("#review-form .invalid")) node.classList.remove("invalid");
  if (!field) return;
  const name = field.replace(/\.(amount|currency)$/, "");
  const block = [...document.querySelectorAll("#review-form [data-field]")].find(
    (node) => node.dataset.field === field || node.dataset.field === name || node.dataset.field.endsWith(`.${name}`));
  if (block) block.classList.add("invalid");
}

// Reviewer and comment belong to one decision: cleared whenever a form is drawn or sent; the
// name comes back only when the reviewer ticked "remember me" on this browser.
function clearReviewer() {
  const form = $("review-form");
  const remembered = localStorage.getItem(REMEMBERED_REVIEWER) || "";
  form.elements.reviewer.value = remembered;
  form.elements.remember.checked = remembered !== "";
  form.elements.comment.value = "";
}

function rememberReviewer() {
  const form = $("review-form");
  const name = form.elements.reviewer.value.trim();
  if (form.elements.remember.checked && name) localStorage.setItem(REMEMBERED_REVIEWER, name);
  else localStorage.removeItem(REMEMBERED_REVIEWER);
}

// ── the page and the evidence box ────────────────────────────────────────────────────────

function evidenceOf(full) {
  const evidence = (reviewState && reviewState.analysis.evidence) || {};
  const bare = full.replace(/^keyFigures\./, "");
  return evidence[full] || evidence[bare] || null;
}

function showEvidence(full) {
  for (const node of document.querySelectorAll("#review-fields .selected")) node.classList.remove("selected");
  const block = document.querySelector(`#review-fields [data-field="${CSS.escape(full)}"]`);
  if (block) block.classList.add("selected");
  const evidence = evidenceOf(full);
  $("page-caption").textContent = evidence ? `${full}: “${evidence.text}” on page ${evidence.page}` : `${full}: not located on a page`;
  if (evidence) showPage(evidence.page, evidence);
  else drawBox(null);
}

// Shows `page` and, when it is the page `evidence` cites, its box. Loads overlap (a click
// while a page is on its way): the box drawn is always the latest selection's.
async function showPage(page, evidence) {
  const state = reviewState;
  if (!state) return;
  state.evidence = evidence;
  if (state.page !== page) {
    state.page = page;
    state.loaded = false;
    drawBox(null);
    $("page-label").textContent = `page ${page}`;
    $("page-view").dataset.page = String(page);
    const response = await fetch(`jobs/${encodeURIComponent(state.jobId)}/pages/${page}`, { headers: { "X-Docpipe-Console": "1" } });
    if (state !== reviewState || state.page !== page) return; // another job or page since
    const image = $("page-image");
    if (state.pageUrl) URL.revokeObjectURL(state.pageUrl);
    state.pageUrl = null;
    if (!response.ok) {
      let message = `HTTP ${response.status}`;
      try { message = (await response.json()).message || message; } catch (_) { /* not JSON */ }
      image.hidden = true;
      $("page-missing").hidden = false;
      $("page-missing").textContent = `No page image: ${message}`;
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    if (state !== reviewState || state.page !== page) { URL.revokeObjectURL(url); return; }
    state.pageUrl = url;
    image.src = url;
    image.hidden = false;
    $("page-missing").hidden = true;
    state.loaded = true;
  }
  if (!state.loaded) return; // the load under way draws the box when it lands
  const current = state.evidence;
  drawBox(current && current.page === page ? current.bbox : null);
}

function drawBox(bbox) {
  const box = $("evidence-box");
  box.hidden = !bbox;
  if (!bbox) return;
  const [x0, y0, x1, y1] = bbox;
  box.style.left = `${x0 * 100}%`;
  box.style.top = `${y0 * 100}%`;
  box.style.width = `${(x1 - x0) * 100}%`;
  box.style.height = `${(y1 - y0) * 100}%`;
  box.dataset.bbox = bbox.join(",");
}

function forgetReview() {
  if (reviewState && reviewState.pageUrl) URL.revokeObjectURL(reviewState.pageUrl);
  reviewState = null;
  $("page-image").hidden = true;
  $("page-image").removeAttribute("src");
  $("page-caption").textContent = "";
  delete $("page-view").dataset.page;
  drawBox(null);
  clearReviewer();
}

function setupReviewForm() {
  $("class-select").addEventListener("change", (event) => drawFields(event.target.value));
  $("add-field").addEventListener("click", addField);
  $("page-prev").addEventListener("click", () => reviewState && reviewState.page > 1 && showPage(reviewState.page - 1, null));
  $("page-next").addEventListener("click", () => reviewState && showPage((reviewState.page || 1) + 1, null));
}
