// A corpus of script-injection payloads for the XSS end-to-end tests, written for Qubao from the
// classic families (script elements, event handlers, svg/math namespaces, iframe srcdoc,
// javascript:/data: URLs, entity and percent encodings, mutation-XSS parser confusions, CSS
// loads) and multiplied by systematic context breakers and spellings. Every payload carries its
// own id: if it ever runs it sets `top.__qubaoXss`, asks a beacon URL for `/x/<id>` and opens a
// dialog, so the test can tell which one got through and where.

export interface XssPayload {
  id: number;
  family: string;
  text: string;
}

/** What a payload does when it runs, in spellings that survive different quoting contexts. */
function actions(beacon: string, id: number) {
  const url = `${beacon}/x/${id}`;
  const codes = Array.from(url, (c) => c.charCodeAt(0)).join(',');
  return {
    /** Uses single quotes. */
    js: `top.__qubaoXss=${id};new Image().src='${url}';alert(${id})`,
    /** No quotes, no spaces: for unquoted attributes. */
    bare: `top.__qubaoXss=${id};fetch(String.fromCharCode(${codes}));alert(${id})`,
    /** A URL the browser would load by itself (img, iframe, css…). */
    url,
  };
}

type Template = (a: ReturnType<typeof actions>) => string;

const BASES: Record<string, Template[]> = {
  script: [
    (a) => `<script>${a.js}</script>`,
    (a) => `<SCRIPT>${a.js}</SCRIPT>`,
    (a) => `<script src=${a.url}.js></script>`,
    (a) => `<script/x>${a.js}</script>`,
    (a) => `<scr<script>ipt>${a.js}</scr</script>ipt>`,
    (a) => `<script type=module>${a.js}</script>`,
    (a) => `<script>/*</script><script>*/${a.js}</script>`,
  ],
  'img-onerror': [
    (a) => `<img src=x onerror=${a.bare}>`,
    (a) => `<img src="x" onerror="${a.js}">`,
    (a) => `<IMG SRC=x ONERROR=${a.bare}>`,
    (a) => `<img/src/onerror=${a.bare}>`,
    (a) => `<img src=${a.url}.png>`,
    (a) => `<img srcset="${a.url}.png 1x">`,
    (a) => `<picture><source srcset=${a.url}.webp><img src=x></picture>`,
  ],
  'svg-onload': [
    (a) => `<svg onload=${a.bare}>`,
    (a) => `<svg><script>${a.js}</script></svg>`,
    (a) => `<svg><animate onbegin=${a.bare} attributeName=x dur=1s>`,
    (a) => `<svg><a xlink:href="javascript:${a.js}"><text x=20 y=20>点击</text></a></svg>`,
    (a) => `<svg><image href="${a.url}.svg"/></svg>`,
    (a) => `<svg><set attributeName=onload to=${a.bare}>`,
  ],
  iframe: [
    (a) => `<iframe srcdoc="<script>${a.js}</script>"></iframe>`,
    (a) => `<iframe srcdoc="&lt;img src=x onerror=${a.bare}&gt;"></iframe>`,
    (a) => `<iframe src="javascript:${a.js}"></iframe>`,
    (a) => `<iframe src=${a.url}.html></iframe>`,
    (a) => `<iframe src="data:text/html,<script>${a.js}</script>"></iframe>`,
  ],
  handlers: [
    (a) => `<body onload=${a.bare}>`,
    (a) => `<details open ontoggle=${a.bare}>`,
    (a) => `<input autofocus onfocus=${a.bare}>`,
    (a) => `<video src=x onerror=${a.bare}></video>`,
    (a) => `<audio src=x onerror=${a.bare}>`,
    (a) => `<marquee onstart=${a.bare}>走马灯</marquee>`,
    (a) => `<object data="javascript:${a.js}"></object>`,
    (a) => `<embed src=${a.url}.swf>`,
    (a) => `<form action="javascript:${a.js}"><button>提交</button></form>`,
    (a) => `<button formaction="javascript:${a.js}">提交</button>`,
    (a) => `<div onmouseover=${a.bare} style="position:fixed;inset:0">覆盖</div>`,
    (a) => `<input type=image src=${a.url}.gif>`,
    (a) => `<link rel=stylesheet href=${a.url}.css>`,
    (a) => `<meta http-equiv=refresh content="0;url=javascript:${a.js}">`,
    (a) => `<base href=${a.url}/>`,
  ],
  'link-url': [
    (a) => `<a href="javascript:${a.js}">原文</a>`,
    (a) => `<a href="JaVaScRiPt:${a.js}">原文</a>`,
    (a) => `<a href="java&#x09;script:${a.js}">原文</a>`,
    (a) => `<a href="&#106;avascript:${a.js}">原文</a>`,
    (a) => `<a href="data:text/html;base64,${btoa(`<script>${a.js}</script>`)}">原文</a>`,
    (a) => `<math href="javascript:${a.js}"><mtext>公式</mtext></math>`,
  ],
  entities: [
    (a) => `&lt;script&gt;${a.js}&lt;/script&gt;`,
    (a) => `&#60;img src=x onerror=${a.bare}&#62;`,
    (a) => `&#x3c;svg onload=${a.bare}&#x3e;`,
    (a) => `\\u003cscript\\u003e${a.js}\\u003c/script\\u003e`,
    (a) => `%3Cscript%3E${encodeURIComponent(a.js)}%3C/script%3E`,
  ],
  mxss: [
    (a) => `<noscript><p title="</noscript><img src=x onerror=${a.bare}>">`,
    (a) => `<style><img src=x onerror=${a.bare}></style>`,
    (a) => `<template><img src=x onerror=${a.bare}></template>`,
    (a) => `<math><mtext><table><mglyph><style><img src=x onerror=${a.bare}>`,
    (a) => `<svg></p><style><a id="</style><img src=1 onerror=${a.bare}>">`,
    (a) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${a.bare}>`,
    (a) => `<img src=\`x\` onerror=\`${a.js}\`>`,
    (a) => `<!--<img src="--><img src=x onerror=${a.bare}//">`,
    (a) => `<title><img src=x onerror=${a.bare}></title>`,
    (a) => `<textarea><img src=x onerror=${a.bare}></textarea>`,
    (a) => `<xmp><img src=x onerror=${a.bare}></xmp>`,
    (a) => `<![CDATA[><img src=x onerror=${a.bare}>]]>`,
    (a) => `<svg><style><img src=x onerror=${a.bare}></style></svg>`,
  ],
  css: [
    (a) => `<div style="background:url(${a.url}.png)">底图</div>`,
    (a) => `<style>@import '${a.url}.css';</style>`,
    (a) => `<p style="width:expression(${a.bare})">旧IE</p>`,
  ],
  templates: [(a) => `{{constructor.constructor('${a.js}')()}}`, (a) => `\${${a.bare}}`],
};

/** Contexts a payload might have to break out of before it can start a tag. */
const BREAKERS = ['', '">', "'>", '</title>', '</textarea>', '--!>', ']]>', '</script>', '</style>'];

/** Systematic spellings applied on top (whitespace and case tricks browsers used to forgive). */
const SPELLINGS: ((s: string) => string)[] = [(s) => s, (s) => s.replace(/ /g, '\n'), (s) => s.replace(/<([a-z])/gi, '<\u0000$1')];

/** URLs stored as links (original article URLs, image URLs): schemes that must never become an href. */
export function hostileUrls(beacon: string, startId: number): XssPayload[] {
  const list: string[] = [];
  const tails = (id: number) => actions(beacon, id);
  const schemes = ['javascript:', 'JAVASCRIPT:', ' javascript:', 'java\tscript:', 'javascript&colon;', 'vbscript:', 'data:text/html,', 'data:image/svg+xml,'];
  let id = startId;
  for (const s of schemes) list.push(`${s}${tails(id++).js}`);
  const out = list.map((text, i) => ({ id: startId + i, family: 'url', text }));
  out.push({ id: id, family: 'url', text: `//${beacon.replace(/^https?:\/\//, '')}/x/${id}` });
  return out;
}

/** At least 500 payloads, ids from 1, each acting on `beacon` (e.g. http://127.0.0.1:4321). */
export function xssPayloads(beacon: string): XssPayload[] {
  const out: XssPayload[] = [];
  let id = 1;
  for (const [family, templates] of Object.entries(BASES)) {
    for (const t of templates) {
      for (const breaker of BREAKERS) {
        out.push({ id, family, text: breaker + t(actions(beacon, id)) });
        id++;
      }
    }
  }
  // Spelling variants of the plain (no breaker) forms.
  for (const [family, templates] of Object.entries(BASES)) {
    for (const t of templates) {
      for (const spell of SPELLINGS.slice(1)) {
        out.push({ id, family: `${family}/spelling`, text: spell(t(actions(beacon, id))) });
        id++;
      }
    }
  }
  out.push(...hostileUrls(beacon, id));
  return out;
}
