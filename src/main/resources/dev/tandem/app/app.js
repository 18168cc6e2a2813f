// Tandem's app: a little script over pages that are plain HTML. Served from the jar; no other script.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
  upload();
  progress();
  writing();
  sortable();
  filter();
  fillFromFile();
});

// A coach's page shown again from the browser's back/forward cache is fetched anew, so that while a
// client answers on this device, Back shows them only what the app shows now (that an assessment is
// under way), never the coach's page as it was.
window.addEventListener("pageshow", (event) => {
  if (event.persisted) window.location.reload();
});

// Add responses: files dropped on the box or picked are sent one by one, then the page shows how they were read.
function upload() {
  const form = document.getElementById("upload");
  if (!form) return;
  const input = document.getElementById("files");
  const status = document.getElementById("upload-status");
  const send = async (files) => {
    for (const file of files) {
      status.textContent = "Reading " + file.name + "…";
      const answer = await fetch("/upload", { method: "POST", body: file,
        headers: { "X-File-Name": encodeURIComponent(file.name) } });
      const result = await answer.json().catch(() => ({ ok: false }));
      if (!result.ok) break;
    }
    window.location.reload();
  };
  form.addEventListener("submit", (event) => { event.preventDefault(); if (input.files.length) send(input.files); });
  input.addEventListener("change", () => { if (input.files.length) send(input.files); });
  form.addEventListener("dragover", (event) => { event.preventDefault(); form.classList.add("over"); });
  form.addEventListener("dragleave", () => form.classList.remove("over"));
  form.addEventListener("drop", (event) => { event.preventDefault(); form.classList.remove("over"); send(event.dataTransfer.files); });
}

// Creating reports: the counts twice a second, then the results.
function progress() {
  const box = document.getElementById("progress");
  if (!box) return;
  const bar = document.getElementById("bar");
  const show = (id, value) => { document.getElementById(id).textContent = value; };
  const poll = async () => {
    const status = await (await fetch(box.dataset.status)).json();
    show("rows", status.rows);
    show("clients", status.clients);
    show("reports", status.reports + (status.reportsTotal ? " of " + status.reportsTotal : ""));
    if (status.reportsTotal) { bar.max = status.reportsTotal; bar.value = status.reports; }
    if (status.state === "running" && !status.analysed) setTimeout(poll, 500);
    else window.location.assign(box.dataset.done);
  };
  poll();
}

// Results shown while the reports are still being written: the page reloads, with their links, when they are done.
function writing() {
  const note = document.getElementById("writing");
  if (!note) return;
  const poll = async () => {
    const status = await (await fetch(note.dataset.status)).json();
    if (status.state === "running") setTimeout(poll, 1000);
    else window.location.reload();
  };
  poll();
}

// Tables of class "sortable": each column heading becomes a button that sorts by that column.
function sortable() {
  for (const table of document.querySelectorAll("table.sortable")) {
    const headings = table.tHead.rows[0].cells;
    for (let column = 0; column < headings.length; column++) {
      const heading = headings[column];
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = heading.textContent;
      heading.textContent = "";
      heading.appendChild(button);
      button.addEventListener("click", () => {
        const ascending = heading.getAttribute("aria-sort") !== "ascending";
        for (const other of headings) other.removeAttribute("aria-sort");
        heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        const key = (row) => { const cell = row.cells[column]; return cell.dataset.sort ?? cell.textContent.trim(); };
        rows.sort((a, b) => {
          const x = key(a), y = key(b);
          const nx = parseFloat(x), ny = parseFloat(y);
          const order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach((row) => body.appendChild(row));
      });
    }
  }
}

// A search box with data-filter="TABLE-ID" hides the rows that do not contain its text.
function filter() {
  for (const input of document.querySelectorAll("input[data-filter]")) {
    const table = document.getElementById(input.dataset.filter);
    input.addEventListener("input", () => {
      const wanted = input.value.trim().toLowerCase();
      for (const row of table.tBodies[0].rows) {
        row.hidden = wanted !== "" && !row.textContent.toLowerCase().includes(wanted);
      }
    });
  }
}

// A file input with data-fills="TEXTAREA-ID" puts the chosen file's text in the text area.
function fillFromFile() {
  for (const input of document.querySelectorAll("input[data-fills]")) {
    input.addEventListener("change", async () => {
      if (input.files.length) document.getElementById(input.dataset.fills).value = await input.files[0].text();
    });
  }
}
