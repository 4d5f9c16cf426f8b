// The clerk's page: plain JavaScript over the portal's REST API (HTTP Basic, problem details).
'use strict';

const state = { experts: new Map(), demands: new Map(), counties: [] };
const $ = (id) => document.getElementById(id);

function credentials() {
  return sessionStorage.getItem('talentmatch.auth');
}

function say(text, ok) {
  $('message').textContent = text;
  $('message').className = ok ? 'ok' : '';
}

/** Calls the API; a failure shows the problem details' detail and each field error, then throws. */
async function api(path, options = {}) {
  const headers = { 'X-Requested-With': 'talentmatch-page', ...(options.headers || {}) };
  if (credentials()) headers.Authorization = 'Basic ' + credentials();
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { ...options, headers });
  if (!response.ok) {
    let text = response.status + ' ' + response.statusText;
    try {
      const problem = await response.json();
      text = problem.detail || problem.title || text;
      if (problem.errors && problem.errors.length) {
        text += ' ' + problem.errors.map((e) => e.path + ': ' + e.message).join('; ');
      }
    } catch (ignored) { /* not a problem document */ }
    say(text, false);
    throw new Error(text);
  }
  return response;
}

const json = async (path, options) => (await api(path, options)).json();

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function button(label, className, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.className = className;
  b.addEventListener('click', onClick);
  return b;
}

async function login(event) {
  event.preventDefault();
  sessionStorage.setItem('talentmatch.auth', btoa(unescape(encodeURIComponent(
    $('login-user').value + ':' + $('login-password').value))));
  try {
    await loadReference();
    $('login-status').textContent = '已登录：' + $('login-user').value;
    say('', true);
    await Promise.all([loadExperts(), loadDemands()]);
  } catch (e) {
    sessionStorage.removeItem('talentmatch.auth');
    $('login-status').textContent = '未登录';
  }
}

async function loadReference() {
  const programs = await json('/api/programs');
  $('d-program').replaceChildren(...programs.map((p) => new Option(p.name, p.code)));
  state.counties = await json('/api/regions');
  $('d-region').replaceChildren(...state.counties.map((c) => new Option(c.city + ' ' + c.name, c.code)));
}

async function loadExperts() {
  state.experts = new Map((await json('/api/experts')).map((e) => [e.id, e]));
}

async function loadDemands() {
  const demands = await json('/api/demands');
  state.demands = new Map(demands.map((d) => [d.id, d]));
  const body = $('demand-table').tBodies[0];
  body.replaceChildren();
  for (const d of demands) {
    const row = body.insertRow();
    row.dataset.demand = d.id;
    cell(row, d.id);
    cell(row, d.title);
    cell(row, d.program);
    cell(row, countyName(d.location.region) + ' · ' + d.hostUnit.name);
    cell(row, d.start + ' – ' + d.end);
    const seats = cell(row, '');
    d.seats.forEach((s, i) => seats.append(
      button(s.skills.join('、') + ' ×' + s.count, 'candidates', () => showCandidates(d, i))));
    cell(row, d.priorityArea ? '重点帮扶' : '');
  }
}

async function showCandidates(demand, seat) {
  const candidates = await json(`/api/demands/${encodeURIComponent(demand.id)}/candidates?seat=${seat}&limit=20`);
  $('candidates').hidden = false;
  $('candidates-title').textContent = `${demand.title} · 岗位 ${seat}（${demand.seats[seat].skills.join('、')}）的候选人`;
  const body = $('candidate-table').tBodies[0];
  body.replaceChildren();
  for (const c of candidates) {
    const row = body.insertRow();
    cell(row, expertName(c.expertId));
    cell(row, c.relevance.toFixed(2));
    cell(row, Math.round(c.distanceKm) + ' km');
    cell(row, c.reasons.join('；'), 'reasons');
  }
  if (!candidates.length) cell(body.insertRow(), '没有通过硬性条件的候选人');
}

function countyName(code) {
  const county = state.counties.find((c) => c.code === code);
  return county ? county.city + county.name : code;
}

function expertName(id) {
  const expert = state.experts.get(id);
  return expert ? `${expert.name}（${expert.institution}）` : id;
}

async function publish(event) {
  event.preventDefault();
  const county = state.counties.find((c) => c.code === $('d-region').value);
  const demand = {
    id: $('d-id').value.trim(),
    program: $('d-program').value,
    title: $('d-title').value.trim(),
    description: $('d-description').value.trim(),
    hostUnit: { name: $('d-unit').value.trim(), type: $('d-unit-type').value },
    location: { region: county.code, lat: county.lat, lon: county.lon },
    priorityArea: $('d-priority-area').checked,
    start: $('d-start').value,
    end: $('d-end').value,
    seats: [{ role: 'MEMBER', count: Number($('d-count').value),
      skills: $('d-skills').value.split(/[,，、]/).map((s) => s.trim()).filter((s) => s) }],
  };
  await api('/api/demands', { method: 'POST', body: JSON.stringify(demand) });
  say('已发布需求 ' + demand.id, true);
  await loadDemands();
}

async function runPlan() {
  const job = await json('/api/plans', { method: 'POST', body: '{}' });
  await watch(job.id);
}

/** Follows the plan's server-sent events (fetch, so the request carries the credentials), then shows the plan. */
async function watch(planId) {
  $('plan-status').textContent = '规划中…';
  const response = await api(`/api/plans/${planId}/events`, { headers: { Accept: 'text/event-stream' } });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = event.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('\n');
      if (data) showProgress(JSON.parse(data));
    }
  }
  await showPlan(planId);
}

function showProgress(p) {
  $('plan-progress').max = Math.max(1, p.slotsTotal);
  $('plan-progress').value = p.slotsFilled;
  $('plan-status').textContent = `${p.status === 'SOLVING' ? '规划中' : '完成'}：${p.slotsFilled} / ${p.slotsTotal} 个岗位，`
    + `用时 ${(p.elapsedMillis / 1000).toFixed(1)} 秒`;
}

async function showPlan(planId) {
  const view = await json(`/api/plans/${planId}`);
  const plan = view.plan;
  $('plan-status').dataset.status = view.status;
  if (!plan) {
    $('plan-status').textContent = `${view.status}：没有方案（详见服务器日志）`;
    return;
  }
  $('plan-status').textContent = `${view.status === 'SOLVED' ? '完成' : view.status}：`
    + `${plan.metrics.seatsFilled} / ${plan.metrics.seatsTotal} 个岗位已安排，平均相关度 ${plan.metrics.meanRelevance.toFixed(2)}`;
  $('plan-progress').max = Math.max(1, plan.metrics.seatsTotal);
  $('plan-progress').value = plan.metrics.seatsFilled;
  const body = $('plan-table').tBodies[0];
  body.replaceChildren();
  for (const a of plan.assignments) {
    const row = body.insertRow();
    row.dataset.demand = a.demandId;
    row.dataset.seat = a.seat;
    row.dataset.slot = a.slot;
    const demand = state.demands.get(a.demandId);
    cell(row, demand ? demand.title : a.demandId);
    cell(row, `${a.seat}-${a.slot}`);
    cell(row, expertName(a.expertId));
    cell(row, a.relevance === null || a.relevance === undefined ? '—' : a.relevance.toFixed(2));
    cell(row, a.reasons.map((r) => r.text).join('；'), 'reasons');
    const actions = cell(row, '');
    if (a.pinned) {
      row.className = 'confirmed';
      actions.textContent = '已确认';
    } else if (view.status === 'SOLVED') {
      actions.append(button('确认', 'confirm', () => decide(planId, a, 'CONFIRM')),
        button('婉拒', 'decline', () => decide(planId, a, 'DECLINE')));
    }
  }
  $('unfilled').replaceChildren(...plan.unfilled.map((u) => {
    const item = document.createElement('li');
    const demand = state.demands.get(u.demandId);
    item.textContent = `${demand ? demand.title : u.demandId} 岗位 ${u.seat}-${u.slot}：${u.reason}`;
    return item;
  }));
}

async function decide(planId, assignment, decision) {
  await api(`/api/plans/${planId}/decisions`, { method: 'POST', body: JSON.stringify({
    demandId: assignment.demandId, seat: assignment.seat, slot: assignment.slot,
    expertId: assignment.expertId, decision }) });
  say(decision === 'CONFIRM' ? '已确认' : '已婉拒，正在重新规划', true);
  await watch(planId);
}

async function loadStatistics() {
  const stats = await json(`/api/ledger/statistics?year=${$('stats-year').value}`);
  const entries = Object.entries(stats.servicesByCity);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  const width = 520;
  const rowHeight = 22;
  const svg = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${rowHeight * entries.length + 4}" role="img" aria-label="各市服务次数">`];
  entries.forEach(([city, n], i) => {
    const y = i * rowHeight + 2;
    const bar = Math.round((width - 140) * n / max);
    svg.push(`<text x="0" y="${y + 15}" font-size="13">${escapeXml(city)}</text>`,
      `<rect x="90" y="${y + 3}" width="${bar}" height="15" fill="#2680c2"></rect>`,
      `<text x="${96 + bar}" y="${y + 15}" font-size="12">${n}</text>`);
  });
  svg.push('</svg>');
  $('city-chart').innerHTML = entries.length ? svg.join('') : '<p>这一年台账中没有服务记录。</p>';
}

function escapeXml(text) {
  return String(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

$('login').addEventListener('submit', login);
$('demand-form').addEventListener('submit', (e) => publish(e).catch(() => {}));
$('reload-demands').addEventListener('click', () => loadDemands().catch(() => {}));
$('run-plan').addEventListener('click', () => runPlan().catch(() => {}));
$('load-stats').addEventListener('click', () => loadStatistics().catch(() => {}));
