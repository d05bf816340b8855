// docpipe console: plain JavaScript, no build step. It talks to the status API on the origin
// that served it (relative URLs), so the same file works behind API Gateway, on the local
// stack and through `docpipe console`, which signs each call with the user's AWS credentials.
"use strict";

// Every call is a Lambda invocation in AWS, so the console polls every 2 s only while
// something changes; unchanged answers stretch the interval to 15 s, a hidden tab polls not
// at all, and any action or change brings it back to 2 s.
const REFRESH_MS = 2000;
const MAX_REFRESH_MS = 15000;
const STEPS = ["download", "extract", "analyze", "store", "notify"];
// What each error code means and what to do (docs/errors.md's table, for people at the console).
const ERROR_MEANINGS = {
  unsupported_type: "The bytes are not a format docpipe reads (decided from content, not the name). Convert it.",
  corrupt_document: "The file does not parse as its type, or changed while being processed. Re-upload a good copy.",
  too_large: "Over the size, page, pixel or decompression limits (the message names which). Split it, or raise the limit named: DOCPIPE_MAX_DOCUMENT_BYTES, _PAGES, _PIXELS or _UNZIPPED_BYTES.",
  not_found: "The object was gone (or not readable) when the worker fetched it. Upload it again.",
  configuration_error: "The deployment is misconfigured (e.g. Bedrock access denied). Fix the setting, resend with a new jobId.",
  retries_exhausted: "A dependency kept failing for every attempt of a step. Resend once it is healthy.",
  timed_out: "The job exceeded DOCPIPE_JOB_TIMEOUT_SECONDS.",
  workflow_failed: "The durable execution itself failed (see the worker log).",
  rejected_in_review: "A reviewer rejected the analysis.",
  review_timed_out: "Nobody reviewed the job within DOCPIPE_REVIEW_TIMEOUT_SECONDS.",
};

const $ = (id) => document.getElementById(id);
let timer = null;
let delay = REFRESH_MS;
// GET path -> answer text: the previous refresh's and this one's (so at most one refresh's
// worth is kept), to see whether anything changed.
let answersBefore = new Map();
let answersNow = new Map();
let changed = false;
let shownJob = null; // {id, status} of the job page on screen, to keep a form being edited

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path, options) {
  // The header marks the call as the console's: `docpipe console` forwards (and signs) only
  // calls that carry it, which a page on another origin cannot send.
  const init = { ...(options || {}) };
  init.headers = { ...(init.headers || {}), "X-Docpipe-Console": "1" };
  const response = await fetch(path, init);
  const text = await response.text();
  if (!init.method) {
    if (answersBefore.get(path) !== text) changed = true;
    answersNow.set(path, text);
  }
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (_) { body = { message: text }; }
  if (!response.ok) {
    const error = new Error((body && body.message) || `HTTP ${response.status}`);
    error.status = response.status;
    error.field = body && body.field; // a refused correction's name (422)
    throw error;
  }
  return body;
}

function age(ms) {
  if (!ms) return "";
  const seconds = Math.max(0, Math.round((Date.now() - ms) / 1000));
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)}h ${Math.floor((seconds % 3600) / 60)}m`;
  return `${Math.floor(seconds / 86400)}d ${Math.floor((seconds % 86400) / 3600)}h`;
}

// A finished job's run time (it does not grow); a running job's age (it does).
function finished(job) {
  return job.status === "done" || job.status === "failed";
}

function runTime(job) {
  if (!job.createdAt) return "";
  return finished(job) ? `took ${duration((job.updatedAt || job.createdAt) - job.createdAt)}` : age(job.createdAt);
}

function duration(ms) {
  if (ms === null || ms === undefined) return "";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;
}

function documentName(url) {
  return (url || "").replace(/^s3:\/\//, "");
}

function statusBadge(status) {
  return el("span", { class: `status status-${status}`, text: (status || "").replace("_", " ") });
}

function analysisOf(job) {
  if (job.status === "awaiting_review" && job.review) return job.review.analysis || {};
  return (job.result && job.result.analysis) || {};
}

function jobLink(jobId) {
  return el("a", { href: `#/job/${encodeURIComponent(jobId)}`, text: jobId });
}

// ── views ────────────────────────────────────────────────────────────────────────────────

// Jobs per page (`?pageSize=N` in the console's address picks another, up to the API's 100).
const JOBS_PAGE = new URLSearchParams(location.search).get("pageSize") || "50";
let jobsCursor = null;
// Once older pages are on screen the list stops refreshing (a refresh would drop them),
// until the reviewer goes back to the newest jobs.
let jobsPaged = false;

async function showJobs(stale, more = false) {
  if (jobsPaged && !more) return;
  const status = $("status-filter").value;
  const query = new URLSearchParams({ limit: JOBS_PAGE });
  if (status) query.set("status", status);
  if (more && jobsCursor) query.set("cursor", jobsCursor);
  const body = await api(`jobs?${query}`);
  if (stale()) return;
  const rows = body.jobs.map((job) =>
    el("tr", { "data-job": job.jobId, "data-status": job.status },
      el("td", {}, statusBadge(job.status)),
      el("td", {}, jobLink(job.jobId)),
      el("td", { class: "doc", text: documentName(job.documentUrl) }),
      el("td", { text: analysisOf(job).documentType || "" }),
      el("td", { text: stepText(job) }),
      el("td", { class: "run-time", text: runTime(job) }),
    ));
  if (more) $("jobs-body").append(...rows);
  else $("jobs-body").replaceChildren(...rows);
  jobsCursor = body.cursor || null;
  $("jobs-more").hidden = !jobsCursor;
  $("jobs-paused").hidden = !jobsPaged;
  $("jobs-empty").hidden = $("jobs-body").children.length > 0;
}

function showNewestJobs() {
  jobsPaged = false;
  refresh();
  schedule();
}

let reviewCursor = null;

async function showReviews(more, stale) {
  const query = new URLSearchParams({ limit: "25" });
  if (more && reviewCursor) query.set("cursor", reviewCursor);
  const body = await api(`reviews?${query}`);
  if (stale()) return;
  const rows = body.reviews.map((job) => {
    const review = job.review || {};
    const analysis = review.analysis || {};
    return el("tr", { "data-job": job.jobId },
      el("td", { text: age(review.since) }),
      el("td", {}, jobLink(job.jobId)),
      el("td", { class: "doc", text: documentName(job.documentUrl) }),
      el("td", { text: review.reason === "requested" ? "requested" : "low confidence" }),
      el("td", { text: analysis.confidence ?? "" }),
      el("td", { text: analysis.documentType || "" }),
    );
  });
  if (more) $("reviews-body").append(...rows);
  else $("reviews-body").replaceChildren(...rows);
  reviewCursor = body.cursor || null;
  $("reviews-more").hidden = !reviewCursor;
  $("reviews-empty").hidden = $("reviews-body").children.length > 0;
}

async function countReviews() {
  try {
    const body = await api("reviews?limit=100");
    const count = body.reviews.length;
    $("review-count").hidden = count === 0;
    $("review-count").textContent = body.cursor ? "100+" : String(count);
  } catch (_) { /* the badge is a convenience; the views report errors */ }
}

// The running step; a long scan in extract also shows its pages read so far.
function stepText(job) {
  const p = job.progress;
  if (!job.step) return "";
  return p && p.pages ? `${job.step} (pages ${p.pagesDone}/${p.pages})` : job.step;
}

async function showJob(jobId, stale) {
  const job = await api(`status/${encodeURIComponent(jobId)}`);
  if (stale()) return;
  $("job-id").textContent = job.jobId;
  $("job-status").replaceChildren(statusBadge(job.status));
  $("job-status").dataset.status = job.status;
  const analysis = analysisOf(job);
  const facts = [
    ["Document", documentName(job.documentUrl)],
    ["Type", analysis.documentType],
    ["Step", stepText(job)],
    ["Created", job.createdAt ? new Date(job.createdAt).toLocaleString() : ""],
    finished(job) ? ["Ran for", duration((job.updatedAt || job.createdAt) - job.createdAt)] : ["Age", age(job.createdAt)],
  ];
  if (job.retryOf) facts.push(["Retry of", jobLink(job.retryOf)]);
  if (job.status === "done") {
    const base = `jobs/${encodeURIComponent(job.jobId)}/files/`;
    facts.push(["Files", el("span", {},
      el("a", { href: base + "text.txt", "data-file": "text.txt", target: "_blank", text: "extracted text" }), " · ",
      el("a", { href: base + "result.json", "data-file": "result.json", target: "_blank", text: "result.json" }))]);
  }
  if (job.result && job.result.review) {
    const r = job.result.review;
    facts.push(["Reviewed", `${r.decision}${r.reviewer ? " by " + r.reviewer : ""}${r.comment ? ": " + r.comment : ""}`]);
  }
  $("job-facts").replaceChildren(...facts.filter(([, v]) => v).flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { "data-fact": k }, v)]));
  renderError(job.error);
  renderTimeline(job);
  renderAnalysis(analysis);
  const waiting = job.status === "awaiting_review";
  const changed = !shownJob || shownJob.id !== job.jobId || shownJob.status !== job.status;
  shownJob = { id: job.jobId, status: job.status };
  if (changed) {
    if (!waiting) $("review-form").hidden = true;
    else {
      await renderReviewForm(job); // drawn before it is shown, so nothing half-drawn is edited
      if (stale()) return;
      $("review-form").hidden = false;
    }
  }
}

function renderError(error) {
  const box = $("job-error");
  box.hidden = !error;
  if (!error) return;
  box.replaceChildren(
    el("strong", { text: error.code || "error" }),
    el("p", { text: error.message || "" }),
    el("p", { class: "meaning", text: ERROR_MEANINGS[error.code] || "" }),
  );
}

function renderTimeline(job) {
  const entries = (job.timeline || []).map((t) => ({ ...t }));
  if (job.review && job.review.since) {
    const decidedAt = job.result && job.result.review && job.result.review.at;
    entries.push({
      step: "review",
      startedAt: job.review.since,
      endedAt: job.status === "awaiting_review" ? null : decidedAt || job.updatedAt,
      attempts: 1,
      failures: 0,
      outcome: job.status === "awaiting_review" ? null : "ok",
    });
  }
  entries.sort((a, b) => a.startedAt - b.startedAt);
  if (!entries.length) {
    $("timeline").replaceChildren(el("p", { class: "empty", text: "No step has run yet." }));
    return;
  }
  const start = entries[0].startedAt;
  const now = Date.now();
  const end = Math.max(...entries.map((t) => t.endedAt || now), ...entries.flatMap((t) => (t.ranges || []).map((r) => r.endedAt)));
  const span = Math.max(1, end - start);
  const rows = entries.map((t) => {
    const stop = t.endedAt || now;
    const left = ((t.startedAt - start) / span) * 100;
    const width = Math.max(0.5, ((stop - t.startedAt) / span) * 100);
    const state = t.endedAt ? (t.outcome === "failed" ? "failed" : "ok") : "running";
    const retries = Math.max(0, (t.attempts || 1) - 1);
    const notes = [
      `+${duration(t.startedAt - start)}`,
      duration(stop - t.startedAt) + (t.endedAt ? "" : " so far"),
      retries ? `${retries} ${retries === 1 ? "retry" : "retries"}` : null,
      t.failures ? `${t.failures} failed` : null,
    ].filter(Boolean).join(" · ");
    const row = el("div", { class: "bar-row", "data-step": t.step },
      el("span", { class: "bar-label", text: t.step }),
      el("span", { class: "bar-track" },
        el("span", { class: `bar bar-${state}`, style: `left:${left}%;width:${width}%`, title: notes })),
      el("span", { class: "bar-note", text: notes }));
    return [row, ...(t.ranges || []).map((r) => rangeRow(r, start, span))];
  });
  $("timeline").replaceChildren(...rows.flat());
}

// One execution of a long scan's page range, under extract on the same time axis: a retried
// attempt (it failed and ran again) is hatched amber, one that failed for good red.
function rangeRow(r, start, span) {
  const [first, last] = r.pages;
  const left = ((r.startedAt - start) / span) * 100;
  const width = Math.max(0.5, ((r.endedAt - r.startedAt) / span) * 100);
  const notes = [
    `+${duration(r.startedAt - start)}`,
    duration(r.endedAt - r.startedAt),
    r.outcome === "retry" ? `attempt ${r.attempt} failed, retried` : r.attempt > 1 ? `attempt ${r.attempt}` : null,
    r.outcome === "failed" ? "failed" : null,
    r.worker,
  ].filter(Boolean).join(" · ");
  return el("div", { class: "bar-row bar-range-row", "data-range": `${first}-${last}`, "data-attempt": String(r.attempt), "data-outcome": r.outcome },
    el("span", { class: "bar-label", text: `p. ${first}-${last}` }),
    el("span", { class: "bar-track" },
      el("span", { class: `bar bar-range bar-${r.outcome}`, style: `left:${left}%;width:${width}%`, title: notes })),
    el("span", { class: "bar-note", text: notes }));
}

// Shown in tables of their own (or beside the figures they cite), not as rows of JSON.
const STRUCTURED_KEYS = new Set(["entities", "keyFigures", "lineItems", "sections", "evidence", "warnings"]);

function money(value) {
  return value && typeof value === "object" ? `${value.amount} ${value.currency || ""}`.trim() : value;
}

function renderAnalysis(analysis) {
  if (!analysis || !Object.keys(analysis).length) {
    $("analysis").replaceChildren(el("p", { class: "empty", text: "No analysis yet." }));
    return;
  }
  const rows = [];
  for (const [key, value] of Object.entries(analysis)) {
    if (STRUCTURED_KEYS.has(key) || key === "fields") continue;
    rows.push(el("tr", {}, el("th", { text: key }), el("td", { text: typeof value === "object" ? JSON.stringify(value) : value })));
  }
  const evidence = analysis.evidence || {};
  for (const [key, value] of Object.entries(analysis.keyFigures || {})) {
    const cited = evidence[key] ? ` (p. ${evidence[key].page})` : "";
    rows.push(el("tr", { "data-field": `keyFigures.${key}` }, el("th", { text: `keyFigures.${key}` }), el("td", { text: `${money(value)}${cited}` })));
  }
  for (const [key, value] of Object.entries(analysis.fields || {})) {
    const cited = evidence[`fields.${key}`] ? ` (p. ${evidence[`fields.${key}`].page})` : "";
    const text = value && typeof value === "object" && !Array.isArray(value) ? money(value) : (typeof value === "object" ? JSON.stringify(value) : value);
    rows.push(el("tr", { "data-field": `fields.${key}` }, el("th", { text: `fields.${key}` }), el("td", { text: `${text}${cited}` })));
  }
  if ((analysis.warnings || []).length) {
    rows.push(el("tr", { class: "warning" }, el("th", { text: "warnings" }), el("td", { text: analysis.warnings.join("; ") })));
  }
  for (const [kind, items] of Object.entries(analysis.entities || {})) {
    if (!items || !items.length) continue;
    const text = items.map((i) => (typeof i === "string" ? i : i.text || i.name || JSON.stringify(i))).join("; ");
    rows.push(el("tr", {}, el("th", { text: kind }), el("td", { text })));
  }
  const currency = ((analysis.keyFigures || {}).total || {}).currency || "";
  $("analysis").replaceChildren(
    el("table", { class: "facts-table" }, el("tbody", {}, ...rows)),
    ...lineItemsTable(analysis.lineItems, currency, "line-items"),
    ...sectionsTable(analysis.sections),
  );
}

// A document's line items: description, quantity, unit price, amount and the page cited.
function lineItemsTable(items, currency, testid) {
  if (!items || !items.length) return [];
  const head = ["Description", "Qty", "Unit price", "Amount", "Page"];
  const body = items.map((item) => el("tr", {},
    el("td", { text: item.description }),
    el("td", { class: "num", text: item.quantity ?? "" }),
    el("td", { class: "num", text: item.unitPrice ?? "" }),
    el("td", { class: "num", text: `${item.amount} ${currency}`.trim() }),
    el("td", { class: "num", text: item.evidence ? item.evidence.page : "" })));
  return [el("h3", { text: `Line items (${items.length})` }),
    el("table", { class: "list items", "data-testid": testid },
      el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { text: h })))), el("tbody", {}, ...body))];
}

// The documents a file holds: type, pages and what each states, its line items below it.
function sectionsTable(sections) {
  if (!sections || !sections.length) return [];
  const head = ["Pages", "Type", "Number", "Total", "Confidence"];
  const body = sections.map((section) => {
    const figures = section.keyFigures || {};
    const [first, last] = section.pages;
    return el("tr", { "data-pages": `${first}-${last}` },
      el("td", { text: first === last ? `${first}` : `${first}-${last}` }),
      el("td", { text: section.documentType }),
      el("td", { text: figures.documentNumber || "" }),
      el("td", { text: money(figures.total) || "" }),
      el("td", { class: "num", text: section.confidence }));
  });
  return [el("h3", { text: `Documents in this file (${sections.length})` }),
    el("table", { class: "list", "data-testid": "sections" },
      el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { text: h })))), el("tbody", {}, ...body))];
}

async function submitReview(event) {
  event.preventDefault();
  const decision = event.submitter ? event.submitter.value : "approve";
  const form = $("review-form");
  const corrections = decision === "approve" ? collectCorrections() : {};
  const body = { decision, corrections };
  const reviewer = form.elements.reviewer.value.trim();
  const comment = form.elements.comment.value.trim();
  if (reviewer) body.reviewer = reviewer;
  if (comment) body.comment = comment;
  const message = $("review-message");
  message.textContent = "Sending…";
  delete message.dataset.outcome;
  markInvalid(null);
  try {
    const answer = await api(`jobs/${encodeURIComponent(shownJob.id)}/review`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    rememberReviewer();
    clearReviewer();
    message.textContent = answer.settled ? `${decision === "approve" ? "Approved" : "Rejected"}.` : "Already decided that way.";
    message.dataset.outcome = "ok";
    await refresh();
  } catch (error) {
    message.textContent = error.message;
    message.dataset.outcome = "error";
    markInvalid(error.field);
  }
}

// ── routing and refresh ──────────────────────────────────────────────────────────────────

function route() {
  const hash = location.hash || "#/";
  const job = hash.match(/^#\/job\/(.+)$/);
  return job ? { view: "job", id: decodeURIComponent(job[1]) } : { view: hash === "#/reviews" ? "reviews" : "jobs" };
}

// Refreshes overlap (the timer, a click, a submitted review); only the latest may draw, so a
// slow answer from before a change can never paint over the state after it.
let generation = 0;

async function refresh() {
  const mine = ++generation;
  const stale = () => mine !== generation;
  const current = route();
  for (const name of ["jobs", "reviews", "job"]) $(`${name}-view`).hidden = name !== current.view;
  for (const tab of document.querySelectorAll("nav a")) tab.classList.toggle("active", tab.dataset.tab === current.view);
  try {
    if (current.view === "jobs") await showJobs(stale);
    else if (current.view === "reviews") await showReviews(false, stale);
    else await showJob(current.id, stale);
    $("live").className = "live";
    $("live").textContent = "live";
  } catch (error) {
    $("live").className = "live down";
    $("live").textContent = error.status === 404 ? "not found" : `error: ${error.message}`;
  }
  countReviews();
}

function schedule(reset = true) {
  clearTimeout(timer);
  if (reset) delay = REFRESH_MS;
  if (document.hidden) return; // visibilitychange starts it again
  timer = setTimeout(async () => {
    [answersBefore, answersNow, changed] = [answersNow, new Map(), false];
    await refresh();
    delay = changed ? REFRESH_MS : Math.min(2 * delay, MAX_REFRESH_MS);
    schedule(false);
  }, delay);
}

document.addEventListener("visibilitychange", () => {
  if (document.hidden) clearTimeout(timer);
  else { refresh(); schedule(); }
});

// Another view clears the job page, so nothing of the job shown before (above all its review
// form) can be seen or edited until the next answer has drawn the page afresh.
function forgetShownJob() {
  shownJob = null;
  forgetReview();
  jobsPaged = false;
  $("review-form").hidden = true;
  $("review-fields").replaceChildren();
  $("job-error").hidden = true;
  delete $("job-status").dataset.status;
  for (const id of ["job-id", "job-status", "job-facts", "timeline", "analysis"]) $(id).replaceChildren();
}

window.addEventListener("hashchange", () => { forgetShownJob(); refresh(); schedule(); });
$("status-filter").addEventListener("change", showNewestJobs);
$("jobs-newest").addEventListener("click", showNewestJobs);
$("jobs-more").addEventListener("click", () => { jobsPaged = true; showJobs(() => false, true); });
$("review-form").addEventListener("submit", submitReview);
$("reviews-more").addEventListener("click", () => showReviews(true, () => false));
setupReviewForm();
refresh();
schedule();
