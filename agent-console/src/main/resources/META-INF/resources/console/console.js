// The agent console: plain JS over /console/api, refreshed live by the server-sent events of /console/api/live.
'use strict';

const api = (path, options = {}) => fetch('/console/api' + path, {
  credentials: 'same-origin',
  headers: { 'Content-Type': 'application/json' },
  ...options,
}).then(async (response) => {
  if (response.status === 401) { showLogin(); throw new Error('unauthorized'); }
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  if (!response.ok) { throw new Error((body && body.message) || response.statusText); }
  return body;
});

const $ = (id) => document.getElementById(id);
const state = { me: null, open: null, live: null };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([key, value]) => {
    if (key === 'class') node.className = value; else if (key.startsWith('data-')) node.setAttribute(key, value);
    else node[key] = value;
  });
  children.flat().forEach((child) => node.append(child));
  return node;
}

function showLogin() {
  $('login-view').hidden = false;
  $('console-view').hidden = true;
  $('me').hidden = true;
  if (state.live) { state.live.close(); state.live = null; }
}

async function start() {
  try {
    state.me = await api('/me');
  } catch (e) {
    return;
  }
  $('login-view').hidden = true;
  $('console-view').hidden = false;
  $('me').hidden = false;
  showMe();
  await Promise.all([loadQueue(), loadMine(), loadTickets()]);
  listen();
}

function showMe() {
  const me = state.me;
  $('me-name').textContent = `${me.displayName} (${me.username})`;
  $('availability').checked = me.available;
  $('max-chats').value = me.maxOpenChats;
  $('open-chats').textContent = `会话 Chats ${me.openChats}/${me.maxOpenChats}`;
}

const waited = (seconds) => seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${seconds % 60}s`;

async function loadQueue() {
  const queue = await api('/queue');
  $('queue').replaceChildren(...queue.map((entry) => {
    const emotion = entry.latestEmotion;
    const item = el('li', { class: 'queue-item' + (emotion && emotion.polarity === 'negative' ? ' negative' : ''),
      'data-conversation-id': entry.conversationId },
    el('strong', {}, `${entry.reason} · ${entry.channel}`),
    el('div', {}, entry.summary || ''),
    el('div', { class: 'meta' }, `情绪 Emotion: ${emotion ? emotion.emotion : '—'} · 订单 Orders: `
      + `${(entry.orders || []).join(', ') || '—'} · 等待 Waiting ${waited(entry.waitingSeconds)}`),
    el('button', { class: 'claim', type: 'button', onclick: (event) => { event.stopPropagation(); claim(entry); } },
      '接入 Claim'));
    item.onclick = () => openConversation(entry.conversationId);
    return item;
  }));
}

async function loadMine() {
  const mine = await api('/conversations/mine');
  $('mine').replaceChildren(...mine.map((c) => el('li', { class: 'mine-item', 'data-conversation-id': c.conversationId,
    onclick: () => openConversation(c.conversationId) }, `${c.conversationId} · ${c.channel}`,
  el('div', { class: 'meta' }, c.summary || ''))));
}

async function loadTickets() {
  const tickets = await api('/tickets');
  $('tickets').replaceChildren(...tickets.map((t) => el('li', { class: 'ticket', 'data-ticket-id': t.id },
    el('strong', {}, `${t.reason} · ${t.contact || '—'}`), el('div', {}, t.summary),
    el('div', { class: 'meta' }, `${t.conversationId} · ${new Date(t.createdAt).toLocaleString()}`),
    el('button', { class: 'ticket-done', type: 'button', onclick: () => api(`/tickets/${t.id}/done`,
      { method: 'POST' }).then(loadTickets).catch(showError) }, '完成 Done'))));
}

async function claim(entry) {
  try {
    await api(`/conversations/${encodeURIComponent(entry.conversationId)}/claim`, { method: 'POST' });
    await Promise.all([loadQueue(), loadMine(), refreshMe()]);
    await openConversation(entry.conversationId);
  } catch (e) {
    alert(e.message);
    loadQueue();
  }
}

async function refreshMe() {
  state.me = await api('/me');
  showMe();
}

const AUTHOR = { shopper: '顾客 Shopper', bot: '机器人 Bot', agent: '客服 Agent', note: '备注 Note', system: '系统 System' };

async function openConversation(id) {
  const details = await api(`/conversations/${encodeURIComponent(id)}`);
  const c = details.conversation;
  state.open = c;
  $('conversation').hidden = false;
  $('conversation').dataset.conversationId = c.conversationId;
  $('conversation-title').textContent = `${c.conversationId} · ${c.channel} · ${c.status}`;
  $('conversation-info').textContent = [c.reason, c.summary, c.customerId && `客户 Customer ${c.customerId}`,
    c.contact && `联系 Contact ${c.contact}`, (c.orders || []).length && `订单 Orders ${c.orders.join(', ')}`,
    c.owner && `负责人 Owner ${c.owner}`].filter(Boolean).join(' · ');
  $('transcript').replaceChildren(...details.transcript.map((line) => el('li', { class: `line ${line.author}` },
    el('span', { class: 'who' }, `${AUTHOR[line.author] || line.author}${line.agentName ? ' ' + line.agentName : ''}`
      + ` · ${new Date(line.at).toLocaleTimeString()}`), line.text)));
  $('transcript').scrollTop = $('transcript').scrollHeight;
  const mine = c.status === 'claimed' && c.owner === state.me.username;
  ['reply-text', 'reply-send', 'canned', 'note-text', 'note-send', 'transfer-to', 'transfer', 'handback']
    .forEach((control) => { $(control).disabled = !mine; });
  if (state.me.roles.includes('supervisor') && c.status === 'claimed') {
    $('handback').disabled = false; $('note-text').disabled = false; $('note-send').disabled = false;
  }
  await loadCanned(c.language || 'zh');
}

async function loadCanned(language) {
  const canned = await api(`/canned-replies?language=${encodeURIComponent(language)}`);
  $('canned').replaceChildren(el('option', { value: '' }, '常用回复 Canned replies…'),
    ...canned.map((reply) => el('option', { value: reply.text }, reply.title)));
}

function showError(e) {
  $('conversation-error').hidden = false;
  $('conversation-error').textContent = e.message;
  setTimeout(() => { $('conversation-error').hidden = true; }, 5000);
}

async function post(path, body) {
  const id = encodeURIComponent(state.open.conversationId);
  return api(`/conversations/${id}/${path}`, { method: 'POST', body: body && JSON.stringify(body) });
}

$('canned').onchange = () => { if ($('canned').value) { $('reply-text').value = $('canned').value; } };
$('reply-send').onclick = () => post('messages', { text: $('reply-text').value })
  .then(() => { $('reply-text').value = ''; return openConversation(state.open.conversationId); }).catch(showError);
$('note-send').onclick = () => post('notes', { text: $('note-text').value })
  .then(() => { $('note-text').value = ''; return openConversation(state.open.conversationId); }).catch(showError);
$('transfer').onclick = () => post('transfer', { to: $('transfer-to').value })
  .then(() => Promise.all([loadMine(), refreshMe(), openConversation(state.open.conversationId)])).catch(showError);
$('handback').onclick = () => post('handback')
  .then(() => Promise.all([loadMine(), refreshMe(), openConversation(state.open.conversationId)])).catch(showError);

const saveAvailability = () => api('/me/availability', { method: 'PUT',
  body: JSON.stringify({ available: $('availability').checked, maxOpenChats: Number($('max-chats').value) }) })
  .then((me) => { state.me = me; showMe(); }).catch((e) => alert(e.message));
$('availability').onchange = saveAvailability;
$('max-chats').onchange = saveAvailability;

$('login-form').onsubmit = async (event) => {
  event.preventDefault();
  const form = new URLSearchParams({ j_username: $('login-username').value, j_password: $('login-password').value });
  const response = await fetch('/j_security_check', { method: 'POST', body: form, credentials: 'same-origin' });
  $('login-error').hidden = response.ok;
  if (response.ok) { $('login-password').value = ''; start(); }
};

$('logout').onclick = () => fetch('/console/api/sign-out', { method: 'POST', credentials: 'same-origin' })
  .finally(showLogin);

function listen() {
  if (state.live) { return; }
  state.live = new EventSource('/console/api/live');
  state.live.onmessage = (message) => {
    const notice = JSON.parse(message.data);
    if (notice.kind === 'ping') { return; }
    if (notice.kind === 'queue') { loadQueue(); loadMine(); }
    if (notice.kind === 'conversation') { loadQueue(); loadMine(); loadTickets(); }
    if (state.open && notice.conversationId === state.open.conversationId) { openConversation(notice.conversationId); }
  };
}

// The waiting times tick even when nothing changes.
setInterval(() => { if (!$('console-view').hidden) { loadQueue().catch(() => {}); } }, 15000);

start();
