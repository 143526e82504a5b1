// TextLint duty-staff page: paste a post, check it with POST v1/check, see every finding in place,
// apply suggestions, copy the corrected text. Plain JavaScript, no build step, nothing from a CDN.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const input = $('input');
  const verdictEl = $('verdict');
  const statusEl = $('status');
  const results = $('results');
  const preview = $('preview');
  const list = $('findings');
  const tokenRow = $('token-row');
  const tokenInput = $('token');
  const checkButton = $('check');
  const failOnSelect = $('failOn');

  const SEVERITY_NAME = { error: '错误', warning: '警告', info: '提示' };
  const RANK = { info: 0, warning: 1, error: 2 };
  const HTML_TAG = /<(!doctype|html|head|body|p|div|span|br|hr|h[1-6]|a|img|table|tr|td|ul|ol|li|strong|b|em|i|u|section|article|meta|title|font)\b[^>]*>/i;

  let last = null; // { source, kind, findings, verdict, failOn }
  let busy = false;

  tokenInput.value = sessionStorage.getItem('textlint.token') || '';
  if (tokenInput.value) tokenRow.hidden = false;

  function setStatus(message) { statusEl.textContent = message; }

  function inputKind(source) {
    const chosen = document.querySelector('input[name=mode]:checked').value;
    if (chosen !== 'auto') return chosen;
    return HTML_TAG.test(source) ? 'html' : 'text';
  }

  async function check() {
    if (busy) return;
    const source = input.value;
    if (!source.trim()) {
      setStatus('请先粘贴要检查的内容。');
      input.focus();
      return;
    }
    busy = true;
    checkButton.disabled = true;
    setStatus('正在检查…');
    const kind = inputKind(source);
    const failOn = failOnSelect.value;
    const headers = { 'Content-Type': 'application/json' };
    const token = tokenInput.value.trim();
    if (token) headers.Authorization = 'Bearer ' + token;
    try {
      const response = await fetch('v1/check', {
        method: 'POST',
        headers,
        body: JSON.stringify({ [kind]: source, failOn }),
      });
      const data = await response.json().catch(() => null);
      if (response.status === 401) {
        tokenRow.hidden = false;
        tokenInput.focus();
        showFailure('本服务需要访问令牌：请填写后重新检查。');
        return;
      }
      if (!response.ok || !data || !Array.isArray(data.findings)) {
        showFailure(data && data.error ? data.error.message : '检查失败（HTTP ' + response.status + '）');
        return;
      }
      if (token) sessionStorage.setItem('textlint.token', token);
      last = { source, kind, findings: data.findings, verdict: data.verdict, failOn: data.failOn };
      render();
      setStatus('检查完成：' + source.length + ' 个字符，' + data.findings.length + ' 处问题'
        + (kind === 'html' ? '（按 HTML 源码检查）。' : '。'));
    } catch (error) {
      showFailure('无法连接检查服务：' + error.message);
    } finally {
      busy = false;
      checkButton.disabled = false;
    }
  }

  function showFailure(message) {
    verdictEl.className = 'verdict failed';
    verdictEl.textContent = '未能检查：' + message;
    setStatus(message);
  }

  function verdictText(verdict, findings, failOn) {
    const blocking = failOn === 'none' ? 0 : findings.filter((f) => RANK[f.severity] >= RANK[failOn]).length;
    switch (verdict) {
      case 'block': return '禁止发布：' + blocking + ' 处问题必须修改（共 ' + findings.length + ' 处）';
      case 'review': return '需人工复核：' + findings.length + ' 处问题，请逐条确认';
      default: return '可以发布：未发现问题';
    }
  }

  function render() {
    const { source, findings, verdict, failOn } = last;
    verdictEl.className = 'verdict ' + verdict;
    verdictEl.textContent = verdictText(verdict, findings, failOn);
    renderPreview(source, findings);
    renderList(findings);
    results.hidden = false;
    results.classList.remove('stale');
  }

  // The text, cut at every finding's start and end; each piece covered by findings becomes a <mark>
  // coloured by the most serious of them. Overlapping findings are shown, none is lost.
  function renderPreview(source, findings) {
    const cuts = new Set([0, source.length]);
    findings.forEach((f) => {
      cuts.add(Math.min(f.offset, source.length));
      cuts.add(Math.min(f.offset + f.length, source.length));
    });
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    for (let p = 0; p + 1 < points.length; p++) {
      const start = points[p];
      const end = points[p + 1];
      const piece = source.slice(start, end);
      const covering = [];
      findings.forEach((f, i) => { if (f.length > 0 && f.offset <= start && f.offset + f.length >= end) covering.push(i); });
      if (covering.length === 0) {
        fragment.appendChild(document.createTextNode(piece));
        continue;
      }
      const worst = covering.reduce((a, i) => (RANK[findings[i].severity] > RANK[a] ? findings[i].severity : a), 'info');
      const mark = document.createElement('mark');
      mark.className = 'sev-' + worst;
      mark.dataset.findings = covering.join(' ');
      mark.title = covering.map((i) => findings[i].message).join('\n');
      mark.textContent = piece;
      mark.addEventListener('click', () => focusFinding(covering[0]));
      fragment.appendChild(mark);
    }
    preview.replaceChildren(fragment);
  }

  function renderList(findings) {
    const fragment = document.createDocumentFragment();
    findings.forEach((f, i) => {
      const item = document.createElement('li');
      item.className = 'finding sev-' + f.severity;
      item.id = 'finding-' + i;
      item.tabIndex = 0;
      item.dataset.index = String(i);

      const head = document.createElement('div');
      head.className = 'head';
      head.append(tag(f.severity), span('第 ' + f.line + ' 行第 ' + f.column + ' 列'), span(f.ruleId, 'rule'));
      const message = document.createElement('div');
      message.className = 'message';
      message.textContent = f.message;
      const original = document.createElement('div');
      original.className = 'original';
      original.textContent = '原文：' + f.text;
      item.append(head, message, original);

      const fixes = document.createElement('div');
      fixes.className = 'fixes';
      if (f.suggestions.length === 0) {
        fixes.append(span('无替换建议：请删除或改写', 'nofix'));
      }
      f.suggestions.forEach((suggestion) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'apply';
        button.textContent = '改为「' + suggestion + '」';
        button.addEventListener('click', () => apply(i, suggestion));
        fixes.append(button);
      });
      item.append(fixes);
      item.addEventListener('focus', () => activate(i));
      fragment.append(item);
    });
    if (findings.length === 0) {
      const none = document.createElement('li');
      none.className = 'empty';
      none.textContent = '未发现问题。';
      fragment.append(none);
    }
    list.replaceChildren(fragment);
  }

  function tag(severity) {
    const element = span(SEVERITY_NAME[severity] || severity, 'tag sev-' + severity);
    return element;
  }

  function span(text, className) {
    const element = document.createElement('span');
    element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  function activate(index) {
    list.querySelectorAll('.finding.active').forEach((e) => e.classList.remove('active'));
    preview.querySelectorAll('mark.active').forEach((e) => e.classList.remove('active'));
    const item = $('finding-' + index);
    if (item) item.classList.add('active');
    let first = null;
    preview.querySelectorAll('mark').forEach((mark) => {
      if (mark.dataset.findings.split(' ').includes(String(index))) {
        mark.classList.add('active');
        first = first || mark;
      }
    });
    if (first) first.scrollIntoView({ block: 'nearest' });
  }

  function focusFinding(index) {
    const item = $('finding-' + index);
    if (item) item.focus();
  }

  async function apply(index, suggestion) {
    if (!last || input.value !== last.source) {
      setStatus('文本在检查之后已修改，请先重新检查（Ctrl+Enter）。');
      return;
    }
    const f = last.findings[index];
    const current = input.value;
    const original = current.slice(f.offset, f.offset + f.length);
    if (last.kind === 'html' && original.includes('<')) {
      setStatus('「' + f.text + '」中间有 HTML 标签，请在输入框中手动修改。');
      return;
    }
    input.value = current.slice(0, f.offset) + suggestion + current.slice(f.offset + f.length);
    setStatus('已将「' + f.text + '」改为「' + suggestion + '」，正在重新检查…');
    await check();
    // Keep the keyboard where it was: the finding now at the same place in the list, or the text.
    const items = list.querySelectorAll('.finding');
    if (items.length > 0) items[Math.min(index, items.length - 1)].focus();
    else input.focus();
  }

  async function copyText() {
    try {
      await navigator.clipboard.writeText(input.value);
    } catch {
      input.select();
      document.execCommand('copy');
    }
    setStatus('已复制输入框中的文本（' + input.value.length + ' 个字符）。');
  }

  function clearAll() {
    input.value = '';
    last = null;
    results.hidden = true;
    verdictEl.className = 'verdict idle';
    verdictEl.textContent = '粘贴待发布的文本或 HTML，按“检查”（Ctrl+Enter）。';
    setStatus('');
    input.focus();
  }

  input.addEventListener('input', () => {
    if (!last) return;
    const stale = input.value !== last.source;
    results.classList.toggle('stale', stale);
    verdictEl.classList.toggle('stale', stale);
    list.querySelectorAll('button.apply').forEach((b) => { b.disabled = stale; });
    if (stale) setStatus('文本已修改，按 Ctrl+Enter 重新检查。');
  });

  list.addEventListener('keydown', (event) => {
    const item = event.target.closest('.finding');
    if (!item) return;
    const items = [...list.querySelectorAll('.finding')];
    const at = items.indexOf(item);
    let next = null;
    if (event.key === 'ArrowDown') next = items[Math.min(at + 1, items.length - 1)];
    else if (event.key === 'ArrowUp') next = items[Math.max(at - 1, 0)];
    else if (event.key === 'Home') next = items[0];
    else if (event.key === 'End') next = items[items.length - 1];
    else if (event.key === 'Escape') { event.preventDefault(); input.focus(); return; }
    else if (event.key === 'Enter' && event.target === item) {
      const first = item.querySelector('button.apply');
      if (first && !first.disabled) { event.preventDefault(); first.click(); }
      return;
    }
    if (next) { event.preventDefault(); next.focus(); }
  });

  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      check();
    }
  });

  checkButton.addEventListener('click', check);
  $('copy').addEventListener('click', copyText);
  $('clear').addEventListener('click', clearAll);
})();
