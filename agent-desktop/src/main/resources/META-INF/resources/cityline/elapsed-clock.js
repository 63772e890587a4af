// <cityline-elapsed>: a clock that ticks in the browser, so "time in state" and the ring countdown
// move every second without a server push. Plain custom element: no npm package, no bundle build.
//   since="<epoch ms>"  counts up from that instant ("3:07", "1:02:09")
//   until="<epoch ms>"  counts down to that instant, stopping at 0:00
//   server-now="<epoch ms>" the server's time when the attributes were set; corrects a skewed
//                       browser clock
class CitylineElapsed extends HTMLElement {
  static get observedAttributes() {
    return ['since', 'until', 'server-now'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<style>:host{font-variant-numeric:tabular-nums}</style><span part="time"></span>';
    this.skew = 0;
  }

  connectedCallback() {
    this.render();
    this.timer = setInterval(() => this.render(), 1000);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
  }

  attributeChangedCallback(name) {
    if (name === 'server-now') {
      const serverNow = Number(this.getAttribute('server-now'));
      this.skew = Number.isFinite(serverNow) ? serverNow - Date.now() : 0;
    }
    this.render();
  }

  render() {
    const now = Date.now() + this.skew;
    let millis = null;
    if (this.hasAttribute('until')) {
      millis = Math.max(0, Number(this.getAttribute('until')) - now);
    } else if (this.hasAttribute('since')) {
      millis = Math.max(0, now - Number(this.getAttribute('since')));
    }
    this.shadowRoot.querySelector('span').textContent =
      millis === null || !Number.isFinite(millis) ? '' : CitylineElapsed.format(millis);
  }

  static format(millis) {
    const total = Math.floor(millis / 1000);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = String(total % 60).padStart(2, '0');
    return hours > 0
      ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
      : `${minutes}:${seconds}`;
  }
}

if (!customElements.get('cityline-elapsed')) {
  customElements.define('cityline-elapsed', CitylineElapsed);
}
