// The Cityline test phone: places a call on the simulated network, sends keys, and shows what the
// caller hears by polling GET /api/sim/calls/{id} twice a second. Plain JavaScript, no build step.
(() => {
  'use strict';

  const API = '/api/sim/calls';
  const POLL_MS = 500;
  const KEYS = '0123456789*#';
  const MASK = '•';

  const $ = (id) => document.getElementById(id);
  const el = {
    from: $('from'), withheld: $('withheld'), to: $('to'), language: $('language'),
    display: $('display'), keypad: $('keypad'), call: $('call'), hangup: $('hangup'),
    state: $('state'), timer: $('timer'), languageShown: $('language-shown'),
    callId: $('call-id'), lines: $('lines'), message: $('message'),
  };

  const phone = {
    callId: null,
    call: null,      // the last state read from the server
    live: false,
    pending: '',     // keys waiting to be sent, in order
    sending: false,
    shown: '',       // the keys shown on the display for this call
    pollTimer: null,
    readAt: 0,       // when the last state was read, by this browser's clock
    linesShown: -1,
  };

  const params = new URLSearchParams(location.search);
  el.from.value = params.get('from') || '+15055550123';
  if (params.get('to')) el.to.value = params.get('to');

  async function request(method, path, body) {
    const options = { method, headers: {} };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const response = await fetch(path, options);
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    return { status: response.status, ok: response.ok, json };
  }

  function say(message) { el.message.textContent = message || ''; }

  async function placeCall() {
    if (phone.live) return;
    say('');
    const body = {
      from: el.withheld.checked ? 'anonymous' : el.from.value.trim(),
      to: el.to.value.trim(),
    };
    if (el.language.value) body.language = el.language.value;
    try {
      const answer = await request('POST', API, body);
      if (answer.status !== 201) {
        say(answer.json && answer.json.error ? answer.json.error : 'The call was refused (HTTP ' + answer.status + ').');
        return;
      }
      follow(answer.json.callId);
    } catch (e) {
      say('Cannot reach Cityline: ' + e.message);
    }
  }

  function follow(callId) {
    phone.callId = callId;
    phone.call = null;
    phone.live = true;
    phone.pending = '';
    phone.shown = '';
    phone.linesShown = -1;
    el.display.textContent = '\u00a0';
    history.replaceState(null, '', '/phone?call=' + encodeURIComponent(callId));
    controls();
    poll();
  }

  function press(key) {
    if (!phone.live || KEYS.indexOf(key) < 0) return;
    const masked = phone.call && phone.call.collecting && phone.call.collecting.masked;
    phone.shown = (phone.shown + (masked ? MASK : key)).slice(-14);
    el.display.textContent = phone.shown;
    flash(key);
    phone.pending += key;
    sendKeys();
  }

  // Keys go one request at a time, so they arrive in the order they were pressed.
  async function sendKeys() {
    if (phone.sending || !phone.pending || !phone.callId) return;
    phone.sending = true;
    const keys = phone.pending.slice(0, 32);
    phone.pending = phone.pending.slice(keys.length);
    try {
      const answer = await request('POST', API + '/' + encodeURIComponent(phone.callId) + '/digits', { digits: keys });
      if (answer.status !== 202) {
        say(answer.json && answer.json.error ? answer.json.error : 'The keys were refused (HTTP ' + answer.status + ').');
        phone.pending = '';
      }
    } catch (e) {
      say('Cannot reach Cityline: ' + e.message);
      phone.pending = '';
    } finally {
      phone.sending = false;
    }
    if (phone.pending) sendKeys();
    poll();
  }

  async function hangUp() {
    if (!phone.callId || !phone.live) return;
    try {
      const answer = await request('DELETE', API + '/' + encodeURIComponent(phone.callId));
      if (answer.status !== 204) say(answer.json && answer.json.error ? answer.json.error : 'Hang-up refused (HTTP ' + answer.status + ').');
    } catch (e) {
      say('Cannot reach Cityline: ' + e.message);
    }
    poll();
  }

  async function poll() {
    clearTimeout(phone.pollTimer);
    if (!phone.callId) return;
    const callId = phone.callId;
    try {
      const answer = await request('GET', API + '/' + encodeURIComponent(callId));
      if (callId !== phone.callId) return;
      if (answer.status === 404) {
        say('This call is no longer known to the simulator.');
        phone.live = false;
        controls();
        return;
      }
      if (answer.ok) render(answer.json);
    } catch (e) {
      say('Cannot reach Cityline: ' + e.message);
    }
    if (phone.live) phone.pollTimer = setTimeout(poll, POLL_MS);
  }

  function render(call) {
    phone.call = call;
    phone.readAt = Date.now();
    phone.live = call.state !== 'ended';
    el.state.textContent = label(call.state);
    el.state.className = 'badge ' + call.state;
    el.languageShown.textContent = call.language === 'es-US' ? 'Español' : 'English';
    el.callId.textContent = call.callId;
    if (!phone.live) {
      el.from.value = call.from || el.from.value;
    }
    renderLines(call.transcript);
    tick();
    controls();
  }

  function label(state) {
    return {
      'ringing': 'Ringing', 'in-ivr': 'In the IVR', 'waiting': 'Waiting for an agent',
      'connected': 'With an agent', 'on-hold': 'On hold', 'ended': 'Call ended',
    }[state] || state;
  }

  function renderLines(transcript) {
    const last = transcript.length ? transcript[transcript.length - 1] : null;
    const signature = transcript.length + '|' + (last ? last.at + last.text : '');
    if (signature === phone.linesShown) return;
    phone.linesShown = signature;
    el.lines.replaceChildren(...transcript.map(line));
    el.lines.scrollTop = el.lines.scrollHeight;
  }

  function line(entry) {
    const item = document.createElement('li');
    item.className = entry.speaker;
    if (entry.speaker !== 'network') {
      const who = document.createElement('span');
      who.className = 'who';
      who.textContent = (entry.speaker === 'ivr' ? 'Cityline IVR' : 'You pressed') + ' · ' + clock(entry.at);
      item.appendChild(who);
    }
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = entry.text;
    item.appendChild(text);
    return item;
  }

  function clock(iso) {
    return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  function tick() {
    const call = phone.call;
    if (!call) { el.timer.textContent = '0:00'; return; }
    // The server's figure, plus the time since it was read while the call is live: the browser's
    // clock need not agree with the server's.
    const since = phone.live ? Math.floor((Date.now() - phone.readAt) / 1000) : 0;
    const seconds = Math.max(0, call.durationSeconds + since);
    el.timer.textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
  }

  function controls() {
    el.call.disabled = phone.live;
    el.hangup.disabled = !phone.live;
    for (const input of [el.from, el.withheld, el.to, el.language]) input.disabled = phone.live;
    el.from.disabled = phone.live || el.withheld.checked;
    for (const button of el.keypad.querySelectorAll('button')) button.disabled = !phone.live;
  }

  function flash(key) {
    const button = el.keypad.querySelector('[data-key="' + (key === '#' ? '\\#' : key) + '"]');
    if (!button) return;
    button.classList.add('pressed');
    setTimeout(() => button.classList.remove('pressed'), 150);
  }

  el.keypad.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-key]');
    if (button) press(button.dataset.key);
  });
  el.call.addEventListener('click', placeCall);
  el.hangup.addEventListener('click', hangUp);
  el.withheld.addEventListener('change', controls);
  el.dial = $('dial');
  el.dial.addEventListener('submit', (event) => { event.preventDefault(); placeCall(); });
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (event.key === 'Enter' && !phone.live) { event.preventDefault(); placeCall(); return; }
    if (event.key === 'Escape') { hangUp(); return; }
    if (typing && !phone.live) return;
    if (KEYS.indexOf(event.key) >= 0 && event.key.length === 1) { event.preventDefault(); press(event.key); }
  });
  setInterval(() => { if (phone.live) tick(); }, 1000);

  controls();
  if (params.get('call')) follow(params.get('call'));
})();
