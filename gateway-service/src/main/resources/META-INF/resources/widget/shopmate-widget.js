// Shopmate's web chat, embedded in any shop page with one tag (docs/widget.md):
//   <script src="https://GATEWAY/widget/shopmate-widget.js" data-color="#e4393c" data-lang="zh" async></script>
// It lives in a Shadow DOM root, so the shop's CSS cannot reach it, and talks only to the gateway it was loaded from:
// messages go in over REST, replies come back on the conversation's WebSocket stream, and the history endpoint
// restores the conversation after a reload or a dropped connection.
(function () {
  'use strict';

  const script = document.currentScript;
  // A shop that pastes the tag twice gets one widget.
  if (!script || window.ShopmateWidget) return;

  // The gateway is wherever this file came from (the tag may sit on the shop's own origin): /widget/.. is its root.
  const gateway = new URL('..', script.src).href.replace(/\/$/, '');
  const REPLY_TIMEOUT_MS = 15000;
  // The gateway holds a ?wait request at most this long (shopmate.gateway.max-wait-seconds).
  const WAIT_SECONDS = 10;
  const RECONNECT_FIRST_MS = 1000;
  const RECONNECT_MAX_MS = 30000;
  const MAX_INPUT_HEIGHT = 120;
  const LOCALE_TAG = /^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8}){0,3}$/;

  const STRINGS = {
    zh: {
      title: '店铺小助手',
      online: '在线 · 通常几秒内回复',
      reconnecting: '网络已断开，正在重新连接…',
      openChat: '打开在线客服',
      closeChat: '关闭聊天',
      unread: n => `，${n} 条新消息`,
      dialog: '在线客服',
      log: '聊天记录',
      quick: '快捷回复',
      message: '输入消息',
      placeholder: '输入您的问题…',
      send: '发送',
      greeting: '您好！我是店铺小助手，可以帮您查订单、查物流、办理退换货，也可以帮您挑选商品。',
      starters: ['推荐一款蓝牙耳机', '多久能发货？', '有什么优惠？'],
      typing: '小助手正在输入',
      handoff: '已转人工客服，请稍候',
      agent: '人工客服',
      failed: '发送失败',
      retry: '重试',
      sending: '发送中…',
      networkError: '网络异常，消息未发出',
      kinds: { order: '订单', shipment: '物流', return: '退货', product: '商品', verify: '验证' },
      poweredBy: 'Shopmate 提供技术支持',
      verify: {
        orderId: '订单号',
        phone: '下单手机号',
        code: '短信验证码',
        sendCode: '发送验证码',
        resendCode: '重新发送',
        confirm: '验证',
        codeSent: '验证码已发送，请查收短信',
        verified: id => `已验证订单 ${id}`,
        errors: {
          missing_order: '请输入订单号',
          invalid_phone: '请输入正确的手机号',
          missing_code: '请输入验证码',
          wrong_code: '验证码不正确，请重新输入',
          no_code: '验证码已过期，请重新发送',
          too_many_attempts: '错误次数过多，请重新发送验证码',
          too_many_codes: '发送次数过多，请稍后再试',
          code_sent_recently: '验证码刚刚发送过，请一分钟后再试',
          already_verified: '您已登录，无需验证'
        }
      }
    },
    en: {
      title: 'Shop assistant',
      online: 'Online · usually replies in seconds',
      reconnecting: 'Connection lost, reconnecting…',
      openChat: 'Open chat',
      closeChat: 'Close chat',
      unread: n => `, ${n} new message${n === 1 ? '' : 's'}`,
      dialog: 'Customer service chat',
      log: 'Conversation',
      quick: 'Suggested replies',
      message: 'Message',
      placeholder: 'Ask us anything…',
      send: 'Send',
      greeting: 'Hi! I am the shop assistant. I can track your orders and parcels, handle returns and help you choose products.',
      starters: ['Recommend wireless earbuds', 'How long does shipping take?', 'Any discounts?'],
      typing: 'The assistant is typing',
      handoff: 'Handed to a human agent, please wait',
      agent: 'Agent',
      failed: 'Not sent',
      retry: 'Retry',
      sending: 'Sending…',
      networkError: 'Network error, message not sent',
      kinds: { order: 'Order', shipment: 'Shipment', return: 'Return', product: 'Product', verify: 'Verify' },
      poweredBy: 'Powered by Shopmate',
      verify: {
        orderId: 'Order number',
        phone: 'Phone number used for the order',
        code: 'Code from the text message',
        sendCode: 'Send code',
        resendCode: 'Send again',
        confirm: 'Verify',
        codeSent: 'We texted you a code',
        verified: id => `Order ${id} verified`,
        errors: {
          missing_order: 'Please enter the order number',
          invalid_phone: 'Please enter a valid phone number, with its country code (+44…)',
          missing_code: 'Please enter the code',
          wrong_code: 'That code is not right, please try again',
          no_code: 'The code has expired, please send a new one',
          too_many_attempts: 'Too many wrong codes, please send a new one',
          too_many_codes: 'Too many codes sent, please try again later',
          code_sent_recently: 'A code was sent a moment ago, please wait a minute',
          already_verified: 'You are logged in: no need to verify'
        }
      }
    }
  };

  // The language: the tag's data-lang, else the page's, else the browser's.
  const languageTag = script.dataset.lang || document.documentElement.lang || navigator.language || 'en';
  const lang = /^zh/i.test(languageTag) ? 'zh' : 'en';
  const locale = LOCALE_TAG.test(languageTag) ? languageTag : (lang === 'zh' ? 'zh-CN' : 'en');
  const t = STRINGS[lang];
  const pageMode = script.dataset.mode === 'page';
  const currency = script.dataset.currency || '';

  // Line icons (24×24, stroked) for the launcher, the header and the products that come without a photo.
  const ICON_PATHS = {
    chat: 'M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4A1.5 1.5 0 0 1 4 14.5z'
      + 'M8.5 9.5h.01M12 9.5h.01M15.5 9.5h.01',
    chevron: 'M6 9l6 6 6-6',
    close: 'M6 6l12 12M18 6L6 18',
    send: 'M4 12l16-8-6 16-2.5-6.5z M11.5 13.5L20 4',
    assistant: 'M12 3v3M7 8h10a3 3 0 0 1 3 3v5a3 3 0 0 1-3 3H7a3 3 0 0 1-3-3v-5a3 3 0 0 1 3-3zM9 13h.01M15 13h.01M9.5 16h5',
    retry: 'M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7',
    phones: 'M8 3h8a1.5 1.5 0 0 1 1.5 1.5v15A1.5 1.5 0 0 1 16 21H8a1.5 1.5 0 0 1-1.5-1.5v-15A1.5 1.5 0 0 1 8 3zM11 18h2',
    headphones: 'M4 15v-3a8 8 0 0 1 16 0v3M4 15a2 2 0 0 1 2-2h1v7H6a2 2 0 0 1-2-2zM20 15a2 2 0 0 0-2-2h-1v7h1a2 2 0 0 0 2-2z',
    sneakers: 'M3 16.5V9l4 1 2.5-3 3 4.5 5 1.5a3.5 3.5 0 0 1 3.5 3.5v1H3zM3 19.5h18M10 12.5l1-1M12.5 14l1-1',
    beauty: 'M9 21h6v-9H9zM10 12V7.5L14 4v8M9 16h6',
    snacks: 'M12 3a9 9 0 1 0 9 9 3 3 0 0 1-3-3 3 3 0 0 1-3-3 3 3 0 0 1-3-3zM8.5 11h.01M12 15.5h.01M8 15h.01M15.5 14h.01',
    womens_clothing: 'M9 3l3 3 3-3M9 3L7.5 8 10 10l-4 11h12l-4-11 2.5-2L15 3',
    mens_clothing: 'M8 3L3 6l2 4 2.5-1V21h9V9l2.5 1 2-4-5-3a4 4 0 0 1-8 0z',
    small_appliances: 'M6 9h10v8a3 3 0 0 1-3 3H9a3 3 0 0 1-3-3zM16 11h1.5a2 2 0 0 1 0 4H16M9 6c0-1 1-1 1-2M12 6c0-1 1-1 1-2',
    kitchenware: 'M3 11h13v2a5 5 0 0 1-5 5H8a5 5 0 0 1-5-5zM16 12h5M6 8V6M9.5 8V5M13 8V6',
    laptops: 'M5 5h14v10H5zM2.5 19h19l-2-4h-15z',
    baby: 'M10 3h4v3h-4zM9 6h6l1 3v10a2 2 0 0 1-2 2h-4a2 2 0 0 1-2-2V9zM8 12h3M8 15h3',
    smartwatches: 'M9 3h6l.5 4M9 3l-.5 4M9 21h6l.5-4M9 21l-.5-4M7 7h10v10H7zM12 10v2.5l1.5 1',
    product: 'M5 8h14l-1 12H6zM9 8V6.5a3 3 0 0 1 6 0V8'
  };
  // Category codes of other catalogues that mean the same thing.
  const CATEGORY_ALIASES = { audio: 'headphones', earphones: 'headphones', phone: 'phones', shoes: 'sneakers',
    food: 'snacks', cosmetics: 'beauty', appliances: 'small_appliances', kitchen: 'kitchenware', laptop: 'laptops',
    watches: 'smartwatches', fashion: 'womens_clothing' };

  function icon(name, className) {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    if (className) svg.setAttribute('class', className);
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', ICON_PATHS[name]);
    svg.appendChild(path);
    return svg;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([key, value]) => {
      if (value === undefined || value === null || value === false) return;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    });
    children.flat(Infinity).forEach(child => { if (child !== null && child !== undefined) node.append(child); });
    return node;
  }

  // crypto.randomUUID exists only on https (and localhost); shops still on http get the same form from getRandomValues.
  function uuid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  // The conversation survives reloads and new tabs: kept per gateway, since one shop page could embed two. A
  // logged-in customer has a conversation of their own (an anonymous one is its visitor's: the gateway would refuse
  // the customer), kept under their customer id. Their token is not stored: the shop's page gives it on every load.
  const storageKey = 'shopmate.widget:' + gateway;
  let customerToken = script.dataset.customerToken || null;
  let session = loadSession();

  function sessionKey() {
    return customerToken ? storageKey + ':customer:' + (tokenSubject(customerToken) || '') : storageKey;
  }

  function loadSession() {
    try {
      const saved = JSON.parse(localStorage.getItem(sessionKey()));
      if (saved && saved.conversationId) return saved;
    } catch (e) { /* storage blocked or corrupt: a new conversation */ }
    return { conversationId: 'web-' + uuid(), visitorToken: null, opened: false, verifiedOrderId: null };
  }

  function saveSession() {
    try {
      localStorage.setItem(sessionKey(), JSON.stringify(session));
    } catch (e) { /* storage blocked: the conversation lasts as long as the page */ }
  }

  // Only to tell customers apart in storage; the gateway is the one that checks the signature.
  function tokenSubject(token) {
    try {
      const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(atob(payload)).sub || null;
    } catch (e) {
      return null;
    }
  }

  // The conversation exists on the gateway: an anonymous one once it gave the visitor token.
  function opened() {
    return customerToken ? !!session.opened : !!session.visitorToken;
  }

  function credential() {
    return customerToken || session.visitorToken;
  }

  const state = {
    socket: null,
    socketOpen: false,
    reconnectDelay: RECONNECT_FIRST_MS,
    reconnectTimer: null,
    // A dropped stream may have missed replies: the next connection re-reads the history.
    needsRestore: false,
    restoring: false,
    heldBack: [],
    // Shopper's messages not (yet) confirmed by the gateway: messageId → {text, row}.
    outbox: new Map(),
    delivered: new Set(),
    handoff: false,
    lastFrom: null,
    // The shopper's latest question, and the latest verify card: a verification answers that question.
    lastQuestion: null,
    verifyCard: null,
    verifySerial: 0,
    typingTimer: null,
    unread: 0
  };

  // ---- The DOM: a host element with an open shadow root (open, so tests and the shop's own scripts can reach in).
  const host = el('div', { id: 'shopmate-widget', 'data-mode': pageMode ? 'page' : 'floating' });
  // Hidden until the stylesheet is in: no flash of an unstyled widget.
  host.style.cssText = 'all: initial; visibility: hidden;';
  const root = host.attachShadow({ mode: 'open' });
  const stylesheet = el('link', { rel: 'stylesheet', href: gateway + '/widget/shopmate-widget.css' });
  stylesheet.addEventListener('load', () => host.style.removeProperty('visibility'));
  stylesheet.addEventListener('error', () => host.style.removeProperty('visibility'));
  if (script.dataset.color && CSS.supports('color', script.dataset.color)) {
    host.style.setProperty('--sm-color', script.dataset.color);
    host.style.setProperty('--sm-on-color', readableOn(script.dataset.color));
  }

  const badge = el('span', { class: 'launcher__badge', 'aria-hidden': 'true', hidden: true });
  const launcher = el('button', {
    id: 'launcher', class: 'launcher', type: 'button', 'aria-label': t.openChat, 'aria-expanded': 'false',
    'aria-controls': 'panel', onclick: () => (isOpen() ? close() : open())
  }, icon('chat', 'launcher__icon launcher__icon--chat'), icon('chevron', 'launcher__icon launcher__icon--close'),
  badge);

  const status = el('p', { id: 'status', class: 'header__status', role: 'status', text: t.online });
  const closeButton = el('button', {
    id: 'close', class: 'header__close', type: 'button', 'aria-label': t.closeChat, onclick: () => close()
  }, icon('close'));
  const log = el('ol', { id: 'log', class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t.log });
  const typing = el('div', { id: 'typing', class: 'typing', hidden: true },
    el('span', { class: 'avatar avatar--bot', 'aria-hidden': 'true' }, icon('assistant')),
    el('span', { class: 'typing__dots', role: 'status', 'aria-label': t.typing },
      el('span'), el('span'), el('span')));
  const scroller = el('div', { class: 'scroller' }, log, typing);
  const quick = el('div', { id: 'quick', class: 'quick', role: 'group', 'aria-label': t.quick });
  const input = el('textarea', {
    id: 'text', class: 'composer__input', rows: '1', maxlength: '2000', autocomplete: 'off',
    placeholder: t.placeholder, 'aria-label': t.message
  });
  const sendButton = el('button', { id: 'send', class: 'composer__send', type: 'submit', 'aria-label': t.send },
    icon('send'));
  const form = el('form', { id: 'form', class: 'composer' }, input, sendButton);
  const panel = el('section', { id: 'panel', class: 'panel', role: 'dialog', 'aria-label': t.dialog },
    el('header', { class: 'header' },
      el('span', { class: 'avatar avatar--header', 'aria-hidden': 'true' }, icon('assistant')),
      el('div', { class: 'header__text' }, el('h2', { class: 'header__title', text: script.dataset.title || t.title }),
        status),
      closeButton),
    scroller, quick, form,
    el('p', { class: 'brand', text: t.poweredBy }));
  root.append(stylesheet, launcher, panel);

  // ---- Opening and closing.
  function isOpen() {
    return panel.classList.contains('is-open');
  }

  // On a phone the chat is the whole screen: the page under it must not scroll instead of the conversation.
  const phone = window.matchMedia('(max-width: 480px)');
  let pageOverflow = null;

  function holdPage(held) {
    if (held && phone.matches && pageOverflow === null) {
      pageOverflow = document.documentElement.style.overflow;
      document.documentElement.style.overflow = 'hidden';
    } else if (!held && pageOverflow !== null) {
      document.documentElement.style.overflow = pageOverflow;
      pageOverflow = null;
    }
  }

  function open() {
    holdPage(true);
    panel.classList.add('is-open');
    host.classList.add('is-open');
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-label', t.closeChat);
    state.unread = 0;
    showUnread();
    scrollToEnd();
    // After the opening transition has made the panel focusable.
    requestAnimationFrame(() => input.focus());
  }

  function close() {
    if (pageMode) return;
    holdPage(false);
    panel.classList.remove('is-open');
    host.classList.remove('is-open');
    launcher.setAttribute('aria-expanded', 'false');
    showUnread();
    launcher.focus();
  }

  function showUnread() {
    badge.hidden = state.unread === 0;
    badge.textContent = state.unread > 9 ? '9+' : String(state.unread);
    if (!isOpen()) launcher.setAttribute('aria-label', t.openChat + (state.unread ? t.unread(state.unread) : ''));
  }

  panel.addEventListener('keydown', event => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  });

  // ---- Rendering.
  function scrollToEnd() {
    scroller.scrollTop = scroller.scrollHeight;
  }

  function row(from, ...content) {
    // Consecutive messages of one author are grouped: the avatar and name show once per run.
    const first = state.lastFrom !== from;
    state.lastFrom = from;
    const item = el('li', { class: `row row--${from}${first ? ' row--first' : ''}` });
    if (from !== 'shopper') {
      item.append(el('span', { class: `avatar avatar--${from}`, 'aria-hidden': 'true' },
        from === 'bot' ? icon('assistant') : null));
    }
    item.append(el('div', { class: 'row__body' }, content));
    log.append(item);
    return item;
  }

  function showShopper(text, messageId) {
    const item = row('shopper', el('div', { class: 'bubble shopper', text: text }));
    item.dataset.messageId = messageId;
    state.lastQuestion = text;
    scrollToEnd();
    return item;
  }

  // A bot's or an agent's message: its text, then the card it is about.
  function showReply(from, message, agentName) {
    const body = [];
    if (from === 'agent' && state.lastFrom !== 'agent') {
      body.push(el('div', { class: 'sender', text: `${agentName || t.agent} · ${t.agent}` }));
    }
    if (message.text) body.push(el('div', { class: `bubble ${from}`, text: message.text }));
    if (message.card) body.push(cardOf(message.card));
    const item = row(from, body);
    if (from === 'agent') item.querySelector('.avatar').textContent = (agentName || t.agent).slice(0, 1);
    if (!isOpen()) {
      state.unread += 1;
      showUnread();
    }
    return item;
  }

  function showNotice(text, kind) {
    state.lastFrom = null;
    log.append(el('li', { class: `notice${kind ? ' notice--' + kind : ''}` }, el('span', { text: text })));
    scrollToEnd();
  }

  function cardOf(card) {
    if (card.kind === 'verify') return verifyCard(card);
    return card.kind === 'product' ? productCard(card) : detailCard(card);
  }

  // ---- Order verification: an anonymous shopper proves with a code sent by SMS that an order is theirs
  // (docs/identity.md). The bot's reply carries a verify card; here it is a small form: order number and phone, then
  // the code. Afterwards the question that needed it is asked again, and the bot can answer it.
  function verifyCard(card) {
    const question = state.lastQuestion;
    const n = ++state.verifySerial;
    const v = t.verify;
    const box = el('div', { class: 'card card--detail card--verify', 'data-card-id': card.id },
      el('div', { class: 'card__head' },
        el('span', { class: 'card__kind', text: t.kinds.verify }),
        el('span', { class: 'card__title', id: `verify-title-${n}`, text: card.title || v.sendCode })));
    // Seen again in the history after the check, or by a logged-in customer: no form to fill in.
    if (session.verifiedOrderId || customerToken) {
      if (session.verifiedOrderId) {
        box.append(el('p', { class: 'verify__done', text: v.verified(session.verifiedOrderId) }));
      }
      return box;
    }
    const field = (name, label, attributes) => {
      const id = `verify-${name}-${n}`;
      const input = el('input', Object.assign({ id: id, name: name, class: `verify__input verify__${name}`,
        autocomplete: 'off', required: true }, attributes));
      return [el('label', { class: 'verify__label', for: id, text: label }), input];
    };
    const [orderLabel, orderInput] = field('order', v.orderId, { inputmode: 'text', maxlength: '64' });
    const [phoneLabel, phoneInput] = field('phone', v.phone, { type: 'tel', autocomplete: 'tel', maxlength: '20' });
    const [codeLabel, codeInput] = field('code', v.code,
      { inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '10' });
    const sendCode = el('button', { class: 'verify__button verify__send', type: 'submit', text: v.sendCode });
    const confirm = el('button', { class: 'verify__button verify__confirm', type: 'submit', text: v.confirm });
    const message = el('p', { class: 'verify__message', role: 'status' });
    const error = el('p', { class: 'verify__error', role: 'alert' });
    const codeForm = el('form', { class: 'verify__form verify__step--code', hidden: true, novalidate: true },
      codeLabel, codeInput, confirm);
    const orderForm = el('form', { class: 'verify__form verify__step--order', novalidate: true,
      'aria-labelledby': `verify-title-${n}` }, orderLabel, orderInput, phoneLabel, phoneInput, sendCode);
    box.append(el('div', { class: 'verify' }, orderForm, codeForm, message, error));

    const busy = (on, button) => { button.disabled = on; box.classList.toggle('is-busy', on); };
    const fail = problem => {
      message.textContent = '';
      error.textContent = (problem && v.errors[problem.error]) || (problem && problem.message) || t.networkError;
    };
    orderForm.addEventListener('submit', async event => {
      event.preventDefault();
      error.textContent = '';
      busy(true, sendCode);
      try {
        await verification('', { orderId: orderInput.value.trim(), phone: e164(phoneInput.value), locale: locale });
        message.textContent = v.codeSent;
        sendCode.textContent = v.resendCode;
        codeForm.hidden = false;
        codeInput.focus();
      } catch (problem) {
        fail(problem);
      } finally {
        busy(false, sendCode);
      }
    });
    codeForm.addEventListener('submit', async event => {
      event.preventDefault();
      error.textContent = '';
      busy(true, confirm);
      try {
        const answer = await verification('/confirm', { code: codeInput.value.trim() });
        session.verifiedOrderId = answer.orderId;
        saveSession();
        box.querySelector('.verify').replaceWith(el('p', { class: 'verify__done', text: v.verified(answer.orderId) }));
        showNotice(v.verified(answer.orderId), 'verified');
        input.focus();
        // The question that needed the verification, asked again: now the bot can answer it.
        if (question) send(question);
      } catch (problem) {
        fail(problem);
        codeInput.select();
      } finally {
        busy(false, confirm);
      }
    });
    state.verifyCard = { title: card.title, focus: () => (codeForm.hidden ? orderInput : codeInput).focus() };
    return box;
  }

  async function verification(path, body) {
    const response = await fetch(`${conversationUrl()}/order-verification${path}`, {
      method: 'POST',
      headers: Object.assign({ 'content-type': 'application/json' }, authorization()),
      body: JSON.stringify(body)
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) throw answer;
    return answer;
  }

  // The gateway wants E.164; Chinese shoppers type their 11-digit mobile number without +86.
  function e164(phone) {
    const digits = phone.replace(/[\s()-]/g, '');
    if (/^1\d{10}$/.test(digits)) return '+86' + digits;
    if (/^86\d{11}$/.test(digits)) return '+' + digits;
    return digits;
  }

  // A product: its photo or its category's picture, name, price (the first field) and the rest (stock) small.
  function productCard(card) {
    const fields = card.fields || [];
    const media = el('div', { class: 'card__media' });
    const placeholder = () => media.replaceChildren(icon(categoryIcon(card.category), 'card__placeholder'));
    const image = imageUrl(card.imageUrl);
    if (image) {
      media.append(el('img', { src: image, alt: '', loading: 'lazy', onerror: placeholder }));
    } else {
      placeholder();
    }
    return el('div', { class: 'card card--product', 'data-card-id': card.id, 'data-category': card.category },
      media,
      el('div', { class: 'card__body' },
        el('div', { class: 'card__title', text: card.title || card.id }),
        fields.length ? el('div', { class: 'card__price', text: price(fields[0].value) }) : null,
        fields.slice(1).map(field => el('div', { class: 'card__meta' },
          el('span', { text: field.label }), ' ', el('strong', { text: field.value })))));
  }

  // An order, a parcel, a return (or a kind added later): what it is, its title, then a label/value table.
  function detailCard(card) {
    return el('div', { class: `card card--detail card--${card.kind}`, 'data-card-id': card.id },
      el('div', { class: 'card__head' },
        el('span', { class: 'card__kind', text: t.kinds[card.kind] || card.kind }),
        el('span', { class: 'card__title', text: card.title || card.id })),
      el('dl', { class: 'card__fields' }, (card.fields || []).map(field => el('div', { class: 'card__field' },
        el('dt', { text: field.label }), el('dd', { text: field.value })))));
  }

  // The catalogue's prices are bare amounts; the shop says in which currency (data-currency="¥").
  function price(value) {
    return currency && /^\d[\d.,]*$/.test(value) ? currency + value : value;
  }

  function categoryIcon(category) {
    const code = CATEGORY_ALIASES[category] || category;
    return code && ICON_PATHS[code] && !['chat', 'chevron', 'close', 'send', 'assistant', 'retry'].includes(code)
      ? code : 'product';
  }

  // Only web images: a card's URL is the shop's data, but it must not become a javascript: or file: link.
  function imageUrl(url) {
    if (!url) return null;
    try {
      const resolved = new URL(url, gateway + '/');
      return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : null;
    } catch (e) {
      return null;
    }
  }

  // A reply with a verify card offers its form from the quick reply of the same name, instead of sending the words.
  function showQuickReplies(options, card) {
    const verify = card && card.kind === 'verify' && state.verifyCard;
    quick.replaceChildren(...(options || []).map(option => el('button', {
      class: 'quick-reply', type: 'button', text: option,
      onclick: () => (verify && option === card.title ? openVerify(verify) : send(option))
    })));
  }

  function openVerify(verify) {
    verify.focus();
    scrollToEnd();
  }

  function setStatus(entry, status) {
    entry.row.dataset.status = status;
    const old = entry.row.querySelector('.delivery');
    if (old) old.remove();
    if (status === 'sending') {
      entry.row.querySelector('.row__body').append(el('div', { class: 'delivery', text: t.sending }));
    } else if (status === 'failed') {
      entry.row.querySelector('.row__body').append(el('div', { class: 'delivery delivery--failed' },
        el('span', { text: entry.error || t.failed }),
        el('button', { class: 'retry', type: 'button', onclick: () => send(entry.text, entry.messageId) },
          icon('retry'), t.retry)));
    }
  }

  function showTyping() {
    // While a person owns the conversation nobody is "typing" on the bot's side.
    if (state.handoff) return;
    typing.hidden = false;
    scrollToEnd();
    clearTimeout(state.typingTimer);
    state.typingTimer = setTimeout(hideTyping, REPLY_TIMEOUT_MS);
  }

  function hideTyping() {
    clearTimeout(state.typingTimer);
    typing.hidden = true;
  }

  function greet() {
    state.lastFrom = null;
    state.lastQuestion = null;
    state.verifyCard = null;
    log.replaceChildren();
    // Not a .bot message: the gateway never sent it, and the history will not have it.
    row('bot', el('div', { class: 'bubble greeting', text: t.greeting }));
    showQuickReplies(t.starters);
  }

  // One DeliveredReply of the gateway (REST or stream), once: a reply can come on both, and again after a restore.
  function deliver(delivered) {
    const key = `${delivered.author}:${delivered.messageId}`;
    if (state.delivered.has(key)) return;
    state.delivered.add(key);
    const byAgent = delivered.author === 'agent';
    hideTyping();
    (delivered.replies || []).forEach(reply => showReply(byAgent ? 'agent' : 'bot', reply, delivered.agentName));
    // The turn that hands over; the bot's text says so too. Agents' own messages carry the flag without news.
    if (delivered.handoff && !byAgent && !state.handoff && (delivered.replies || []).length) {
      showNotice(t.handoff, 'handoff');
    }
    state.handoff = !!delivered.handoff;
    const last = (delivered.replies || [])[delivered.replies.length - 1];
    showQuickReplies(last && last.quickReplies, last && last.card);
    scrollToEnd();
  }

  // ---- Talking to the gateway.
  function conversationUrl() {
    return `${gateway}/v1/conversations/${encodeURIComponent(session.conversationId)}`;
  }

  function authorization() {
    return credential() ? { authorization: 'Bearer ' + credential() } : {};
  }

  async function send(text, retryOf) {
    text = text.trim();
    if (!text) return;
    // A retry re-sends the same messageId: the gateway dedupes by it, so a message that did arrive is not doubled.
    const messageId = retryOf || uuid();
    let entry = state.outbox.get(messageId);
    if (!entry) {
      entry = { messageId: messageId, text: text, row: showShopper(text, messageId) };
      state.outbox.set(messageId, entry);
    }
    entry.error = null;
    setStatus(entry, 'sending');
    showQuickReplies([]);
    showTyping();
    // Without a live stream (the first message, or while reconnecting) the replies come in the answer instead.
    const waitHere = !opened() || !state.socketOpen;
    let response;
    try {
      response = await fetch(`${conversationUrl()}/messages${waitHere ? '?wait=' + WAIT_SECONDS : ''}`, {
        method: 'POST',
        headers: Object.assign({ 'content-type': 'application/json' }, authorization()),
        // channel 'web' tells the gateway this is the widget, not the shop's app (UtteranceReceived's channel).
        body: JSON.stringify({ messageId: messageId, text: text, locale: locale, channel: 'web' })
      });
    } catch (e) {
      return failed(entry, t.networkError);
    }
    if (response.status === 504 && opened()) {
      // Queued, but the reply is slower than the wait: it will come on the stream or with the history.
      return sent(entry);
    }
    if (!response.ok) {
      const error = await response.json().catch(() => ({}));
      if (response.status === 403 && opened() || response.status === 401 && !customerToken && session.visitorToken) {
        // The conversation is no longer this visitor's (its token expired): carry on in a new one. (A customer's
        // expired token is the shop page's to renew: a new conversation would not help.)
        startOver();
        state.outbox.delete(messageId);
        entry.row.remove();
        return send(text, messageId);
      }
      return failed(entry, error.message || t.failed);
    }
    const answer = await response.json().catch(() => ({}));
    if (answer.visitorToken && !customerToken) session.visitorToken = answer.visitorToken;
    session.opened = true;
    saveSession();
    sent(entry);
    if (answer.replies) deliver(answer);
    connect();
  }

  function sent(entry) {
    state.outbox.delete(entry.messageId);
    setStatus(entry, 'sent');
  }

  function failed(entry, reason) {
    entry.error = reason;
    setStatus(entry, 'failed');
    hideTyping();
  }

  function startOver() {
    session = { conversationId: 'web-' + uuid(), visitorToken: null, opened: false, verifiedOrderId: null };
    saveSession();
    disconnect();
    state.delivered.clear();
    state.outbox.clear();
    state.heldBack = [];
    state.handoff = false;
  }

  // The conversation as the gateway has it, oldest first: after a reload, and after the stream was down (replies
  // composed meanwhile were never pushed). Messages this page has not got through yet stay at the end.
  async function restore() {
    if (!opened()) return;
    state.restoring = true;
    try {
      const response = await fetch(`${conversationUrl()}/messages`, { headers: authorization() });
      if (response.status === 403 || response.status === 401 && !customerToken) {
        startOver();
        greet();
        return;
      }
      // 404: never opened (its first message did not arrive); anything else: keep what the page shows.
      if (!response.ok) return;
      const history = await response.json();
      showHistory(history);
      state.needsRestore = false;
    } catch (e) {
      state.needsRestore = true;
    } finally {
      state.restoring = false;
      const heldBack = state.heldBack.splice(0);
      heldBack.forEach(delivered => deliver(delivered));
    }
  }

  function showHistory(history) {
    greet();
    const messages = history.messages || [];
    let withPerson = false;
    messages.forEach((message, index) => {
      if (message.from === 'shopper') {
        showShopper(message.text, message.messageId);
        state.outbox.delete(message.messageId);
        return;
      }
      showReply(message.from === 'agent' ? 'agent' : 'bot', message, message.agentName);
      state.delivered.add(`${message.from}:${message.messageId}`);
      if (message.from !== 'bot') return;
      // The notice follows the last message of the bot's reply that handed over, as it did live.
      const next = messages[index + 1];
      const endOfReply = !next || next.from !== 'bot' || next.messageId !== message.messageId;
      if (message.handoff && endOfReply && !withPerson) showNotice(t.handoff, 'handoff');
      if (endOfReply) withPerson = !!message.handoff;
    });
    state.handoff = !!history.handoff;
    state.unread = 0;
    showUnread();
    const last = messages[messages.length - 1];
    showQuickReplies(last && last.from !== 'shopper' ? last.quickReplies : (messages.length ? [] : t.starters),
      last && last.card);
    state.outbox.forEach(entry => {
      log.append(entry.row);
      state.lastFrom = 'shopper';
    });
    // A question asked just before the reload may still be being answered.
    if (last && last.from === 'shopper' && Date.now() - Date.parse(last.at) < REPLY_TIMEOUT_MS) showTyping();
    else hideTyping();
    scrollToEnd();
  }

  function connect() {
    if (!opened() || state.socket) return;
    clearTimeout(state.reconnectTimer);
    const streamUrl = conversationUrl().replace(/^http/, 'ws') + '/stream?access_token='
      + encodeURIComponent(credential());
    const socket = new WebSocket(streamUrl);
    state.socket = socket;
    socket.onopen = () => {
      state.socketOpen = true;
      state.reconnectDelay = RECONNECT_FIRST_MS;
      setOnline(true);
      if (state.needsRestore) restore();
    };
    socket.onmessage = event => {
      const delivered = JSON.parse(event.data);
      // Held back while the history is read, then shown unless the history had it.
      if (state.restoring) state.heldBack.push(delivered);
      else deliver(delivered);
    };
    socket.onclose = () => {
      if (state.socket !== socket) return;
      state.socket = null;
      state.socketOpen = false;
      state.needsRestore = true;
      setOnline(false);
      // Backoff with jitter: a gateway coming back is not hit by every open page in the same second.
      state.reconnectTimer = setTimeout(connect, state.reconnectDelay * (0.75 + Math.random() / 2));
      state.reconnectDelay = Math.min(state.reconnectDelay * 2, RECONNECT_MAX_MS);
    };
  }

  function disconnect() {
    const socket = state.socket;
    state.socket = null;
    state.socketOpen = false;
    clearTimeout(state.reconnectTimer);
    if (socket) socket.close();
  }

  function setOnline(online) {
    status.textContent = online ? t.online : t.reconnecting;
    panel.classList.toggle('is-offline', !online);
  }

  // The browser knows first when the network goes and comes back: say so, and do not wait for the backoff.
  window.addEventListener('offline', () => setOnline(false));
  window.addEventListener('online', () => {
    if (state.socketOpen) {
      setOnline(true);
    } else if (!state.socket && opened()) {
      state.reconnectDelay = RECONNECT_FIRST_MS;
      connect();
    }
  });

  // ---- The composer: Enter sends, Shift+Enter is a new line; an IME's Enter only picks the characters.
  form.addEventListener('submit', event => {
    event.preventDefault();
    const text = input.value;
    input.value = '';
    fitInput();
    input.focus();
    send(text);
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  input.addEventListener('input', fitInput);

  // The box grows with the text up to MAX_INPUT_HEIGHT, then scrolls.
  function fitInput() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight, MAX_INPUT_HEIGHT) + 'px';
    input.style.overflowY = input.scrollHeight > MAX_INPUT_HEIGHT ? 'auto' : 'hidden';
  }

  // Text on the shop's colour: white, unless the colour is light enough that dark text reads better.
  function readableOn(color) {
    const probe = document.createElement('canvas').getContext('2d');
    probe.fillStyle = color;
    const hex = probe.fillStyle;
    if (!/^#[0-9a-f]{6}$/i.test(hex)) return '#fff';
    const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map(c => (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.4 ? '#1f2328' : '#fff';
  }

  // A login or a logout on the shop's page: the widget changes to that shopper's own conversation.
  function identify(token) {
    token = token || null;
    if (token === customerToken) return;
    const sameCustomer = token && customerToken && tokenSubject(token) === tokenSubject(customerToken);
    customerToken = token;
    disconnect();
    if (sameCustomer) {
      // A renewed token of the same customer: the same conversation, a stream opened with the new token.
      connect();
      return;
    }
    if (!token) {
      // Logged out: a new anonymous conversation, not the one from before the login (this may be a shared computer).
      try { localStorage.removeItem(storageKey); } catch (e) { /* storage blocked */ }
    }
    session = loadSession();
    state.delivered.clear();
    state.outbox.clear();
    state.heldBack = [];
    state.handoff = false;
    if (!mounted) return;
    greet();
    saveSession();
    restore().then(connect);
  }

  // What the shop's own page may do: open the chat from a "contact us" link, know the conversation, say who is
  // logged in.
  window.ShopmateWidget = {
    open: open,
    close: close,
    conversationId: () => session.conversationId,
    identify: identify,
    logout: () => identify(null)
  };

  let mounted = false;

  function mount() {
    mounted = true;
    document.body.appendChild(host);
    greet();
    saveSession();
    if (opened()) {
      restore().then(connect);
    }
    if (pageMode || script.dataset.open === 'true') open();
  }

  // An async tag in <head> can run before <body> exists.
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
