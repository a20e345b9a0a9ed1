// The web chat widget: messages go in over REST, replies come back on the conversation's WebSocket stream.
(function () {
  const log = document.getElementById('log');
  const quick = document.getElementById('quick');
  const form = document.getElementById('form');
  const input = document.getElementById('text');
  const status = document.getElementById('status');

  // One conversation per browser tab session, kept across reloads.
  let conversationId = sessionStorage.getItem('shopmate.conversationId');
  if (!conversationId) {
    conversationId = 'web-' + crypto.randomUUID();
    sessionStorage.setItem('shopmate.conversationId', conversationId);
  }
  const base = '/v1/conversations/' + encodeURIComponent(conversationId);
  // The conversation is this visitor's: the answer to its first message carries a visitor token, which every later
  // request sends (the stream, which cannot carry headers, as ?access_token=).
  let visitorToken = sessionStorage.getItem('shopmate.visitorToken');

  function show(text, who, card) {
    const item = document.createElement('li');
    item.className = who;
    item.textContent = text;
    if (card) item.appendChild(cardOf(card));
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  // The order, parcel, return or product a reply is about: its title, then one "label: value" line per field.
  function cardOf(card) {
    const box = document.createElement('div');
    box.className = 'card';
    const title = document.createElement('div');
    title.className = 'card__title';
    title.textContent = card.title || card.id;
    box.appendChild(title);
    (card.fields || []).forEach(field => {
      const line = document.createElement('div');
      line.textContent = field.label + ': ' + field.value;
      box.appendChild(line);
    });
    return box;
  }

  function showQuickReplies(options) {
    quick.replaceChildren(...options.map(option => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = option;
      button.addEventListener('click', () => send(option));
      return button;
    }));
  }

  function showDelivered(delivered) {
    const byAgent = delivered.author === 'agent';
    delivered.replies.forEach(reply => {
      // A person's message names them, so the shopper knows who is answering.
      if (byAgent) show('客服 ' + delivered.agentName + ' · Agent', 'notice');
      show(reply.text, byAgent ? 'agent' : 'bot', reply.card);
    });
    // The turn that hands over; the bot's text says so too. Agents' own messages carry the flag without news.
    if (delivered.handoff && !byAgent && delivered.replies.length) show('已转人工客服 · Handed to a human agent', 'notice');
    const last = delivered.replies[delivered.replies.length - 1];
    showQuickReplies(last && last.quickReplies ? last.quickReplies : []);
  }

  function connect() {
    if (!visitorToken) { status.textContent = 'online'; return; }
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const socket = new WebSocket(scheme + location.host + base + '/stream?access_token='
      + encodeURIComponent(visitorToken));
    socket.onopen = () => { status.textContent = 'online'; };
    socket.onmessage = event => showDelivered(JSON.parse(event.data));
    // Reconnect after a gateway restart; replies composed meanwhile are re-fetched by re-sending.
    socket.onclose = () => { status.textContent = 'reconnecting…'; setTimeout(connect, 2000); };
  }

  async function send(text) {
    text = text.trim();
    if (!text) return;
    show(text, 'shopper');
    showQuickReplies([]);
    // channel 'web' tells the gateway this is the widget, not the shop's app (UtteranceReceived's channel).
    const body = { messageId: crypto.randomUUID(), text: text, locale: navigator.language, channel: 'web' };
    const headers = { 'content-type': 'application/json' };
    if (visitorToken) headers.authorization = 'Bearer ' + visitorToken;
    // The first message waits for its replies in the answer: the stream opens only once the token is known.
    const first = !visitorToken;
    try {
      const response = await fetch(base + '/messages' + (first ? '?wait=10' : ''), {
        method: 'POST', headers: headers, body: JSON.stringify(body)
      });
      if (!response.ok) {
        const error = await response.json().catch(() => ({ message: response.statusText }));
        show(error.message, 'error');
        return;
      }
      const answer = await response.json();
      if (answer.visitorToken) {
        visitorToken = answer.visitorToken;
        sessionStorage.setItem('shopmate.visitorToken', visitorToken);
      }
      if (first) {
        if (answer.replies) showDelivered(answer);
        connect();
      }
    } catch (e) {
      show('网络错误，请重试 / Network error, please retry', 'error');
    }
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    send(input.value);
    input.value = '';
    input.focus();
  });
  connect();
})();
