/*
 * editor.js — rich-text editing of article bodies in the back office.
 *
 * Progressive enhancement of <textarea data-editor> inside a .field with a <label for>.
 * Without JavaScript, or if Squire did not load, the textarea holding HTML is posted as it is.
 * With it, the textarea is hidden and replaced by a toolbar and a Squire editing area, and the
 * textarea's value follows every change (and is written once more on submit), so the POST is
 * exactly what it would have been.
 *
 * Needs Squire's classic build (window.Squire) loaded before this file, both as `defer`:
 *   <script src="/assets/vendor/squire.js" defer></script>
 *   <script src="/assets/js/editor.js" defer></script>
 *
 * Content-Security-Policy: script-src 'self', style-src 'self'. This file writes no style
 * attributes and no inline scripts; the look is in /assets/css/editor.css.
 *
 * Safety: the server sanitizes every body with an allow-list (src/platform/html/sanitize.ts) and
 * that is the defence that counts. The cleaning below is Squire's required HTML-to-DOM step
 * (it uses DOMPurify if present; we give it this instead) and applies the same allow-list, so that
 * what the author sees after a paste from Word is what will be published.
 */
(function () {
  'use strict';

  var Squire = window.Squire;
  if (typeof Squire !== 'function' || !('content' in document.createElement('template'))) return;

  var isMac = /Mac OS X|iP(?:ad|hone|od)/.test(navigator.userAgent);
  var ctrl = isMac ? 'Meta-' : 'Ctrl-'; // Squire's own key naming
  var ctrlName = isMac ? 'Meta' : 'Control'; // aria-keyshortcuts naming
  var ctrlShown = isMac ? '⌘' : 'Ctrl+';

  // ---------------------------------------------------------------------------
  // Allow-list, kept in step with src/platform/html/sanitize.ts.
  // ---------------------------------------------------------------------------

  var ALLOWED = set('p br h2 h3 h4 strong em u s sub sup blockquote ul ol li a table caption thead tbody tfoot tr th td img figure figcaption hr');
  // Dropped with their content: raw text, plug-ins, forms, foreign content, Word's document head.
  var DROP = set('script style template noscript xmp iframe noembed noframes plaintext title textarea object embed applet param frame frameset canvas audio video form input button select option optgroup datalist svg math head meta link base xml');
  var RENAME = { h1: 'h2', h5: 'h4', h6: 'h4', b: 'strong', i: 'em', strike: 's', del: 's', ins: 'u' };
  // Block containers that become paragraphs (or are unwrapped when they hold blocks themselves).
  var BLOCKISH = set('div section article header footer main nav aside address center pre dd dt details summary legend fieldset');
  var BLOCK_SELECTOR = 'p, div, h1, h2, h3, h4, h5, h6, ul, ol, li, table, blockquote, figure, section, article, pre, hr';

  function set(words) {
    var out = Object.create(null);
    words.split(' ').forEach(function (w) { out[w] = true; });
    return out;
  }

  function styleOf(el) {
    var out = Object.create(null);
    rawStyle(el).split(';').forEach(function (decl) {
      var colon = decl.indexOf(':');
      if (colon > 0) out[decl.slice(0, colon).trim().toLowerCase()] = decl.slice(colon + 1).trim().toLowerCase();
    });
    return out;
  }

  // The URL a browser would act on: tab/newline removed anywhere, controls and spaces at the ends.
  function browserUrl(raw) {
    if (raw == null) return null;
    var url = String(raw).replace(/[\t\n\r]/g, '');
    // A loop, not /^[…]+|[…]+$/: that regular expression is quadratic on long runs of spaces.
    var start = 0;
    var end = url.length;
    while (start < end && url.charCodeAt(start) <= 0x20) start++;
    while (end > start && url.charCodeAt(end - 1) <= 0x20) end--;
    url = url.slice(start, end);
    return url === '' || /[\u0000-\u001f\u007f]/.test(url) ? null : url;
  }
  function isSiteRelative(url) {
    return url.charAt(0) === '/' && url.charAt(1) !== '/' && url.indexOf('\\') === -1;
  }
  function isAbsolute(url, schemes) {
    var m = /^([a-z][a-z0-9+.-]*):/i.exec(url);
    var scheme = m ? m[1].toLowerCase() : '';
    if (schemes.indexOf(scheme) === -1) return false;
    if (scheme === 'mailto') return true;
    if (!/^https?:\/\/[^/\\]/i.test(url)) return false;
    try { return new URL(url).protocol === scheme + ':'; } catch (e) { return false; }
  }
  function safeHref(raw) {
    var url = browserUrl(raw);
    return url !== null && (isSiteRelative(url) || isAbsolute(url, ['http', 'https', 'mailto'])) ? url : null;
  }
  function safeImageSrc(raw) {
    var url = browserUrl(raw);
    if (url === null) return null;
    if (isSiteRelative(url) && /^\/(assets|tep)\//.test(url)) {
      var dots = url.split(/[?#]/)[0].split('/').some(function (s) {
        s = s.replace(/%2e/gi, '.');
        return s === '.' || s === '..';
      });
      return dots ? null : url;
    }
    return isAbsolute(url, ['https']) ? url : null;
  }
  function integer(raw, max) {
    if (raw == null || !/^\s*\d{1,6}\s*$/.test(raw)) return null;
    var n = Number(raw);
    return n >= 1 && n <= max ? String(n) : null;
  }

  function copyAttributes(from, to, tag) {
    if (tag === 'a') {
      var href = safeHref(from.getAttribute('href'));
      if (href === null) return;
      to.setAttribute('href', href);
      to.setAttribute('rel', 'noopener noreferrer');
      if ((from.getAttribute('target') || '').trim().toLowerCase() === '_blank') to.setAttribute('target', '_blank');
    } else if (tag === 'img') {
      var src = safeImageSrc(from.getAttribute('src'));
      if (src === null) return;
      to.setAttribute('src', src);
      to.setAttribute('alt', from.getAttribute('alt') || '');
      ['width', 'height'].forEach(function (name) {
        var v = integer(from.getAttribute(name), 10000);
        if (v) to.setAttribute(name, v);
      });
    } else if (tag === 'td' || tag === 'th') {
      var colspan = integer(from.getAttribute('colspan'), 1000);
      var rowspan = integer(from.getAttribute('rowspan'), 65534);
      var scope = (from.getAttribute('scope') || '').trim().toLowerCase();
      if (colspan) to.setAttribute('colspan', colspan);
      if (rowspan) to.setAttribute('rowspan', rowspan);
      if (/^(row|col|rowgroup|colgroup)$/.test(scope)) to.setAttribute('scope', scope);
    }
  }

  /**
   * Word writes list items as paragraphs: <p style="mso-list:l0 level2 lfo1"> with the bullet or
   * number in a <span style="mso-list:Ignore"> between <![if !supportLists]> markers. Turn runs of
   * such paragraphs into real (nested) lists; the marker text tells numbered from bulleted.
   */
  function convertWordLists(root) {
    var paragraphs = Array.prototype.filter.call(root.querySelectorAll('p'), function (p) {
      return /mso-list:\s*l\d+\s+level\d+/i.test(rawStyle(p));
    });
    var stack = [];
    var last = null;
    paragraphs.forEach(function (p) {
      var level = Number(/level(\d+)/i.exec(rawStyle(p))[1]);
      var marker = '';
      Array.prototype.slice.call(p.querySelectorAll('span')).forEach(function (span) {
        // p.contains: an inner marker span may already have gone with its outer one.
        if (/mso-list:\s*ignore/i.test(rawStyle(span)) && p.contains(span)) {
          marker += span.textContent;
          span.parentNode.removeChild(span);
        }
      });
      var ordered = /^\s*[(\[]?([0-9]+|[a-z]{1,4})[.)\]]/i.test(marker.replace(/\u00a0/g, ' '));
      // A run continues only if nothing but white space separates this paragraph from the last one.
      var between = last && last.parentNode === p.parentNode ? last.nextSibling : null;
      while (between && between !== p && between.nodeType === 3 && !between.data.trim()) between = between.nextSibling;
      if (between !== p) stack = [];
      while (stack.length && stack[stack.length - 1].level > level) stack.pop();
      var top = stack[stack.length - 1];
      if (!top || top.level < level) {
        var list = document.createElement(ordered ? 'ol' : 'ul');
        if (top && top.list.lastElementChild) top.list.lastElementChild.appendChild(list);
        else p.parentNode.insertBefore(list, p);
        top = { level: level, list: list };
        stack.push(top);
      }
      var li = document.createElement('li');
      while (p.firstChild) li.appendChild(p.firstChild);
      top.list.appendChild(li);
      // Keep an empty placeholder where the paragraph was, so "between" can be measured next time.
      var anchor = document.createComment('');
      p.parentNode.replaceChild(anchor, p);
      last = anchor;
    });
  }

  /** Formatting that some sources (Google Docs, LibreOffice, web pages) express only in CSS. */
  function wrapForStyle(style, to) {
    var weight = style['font-weight'];
    if (weight && (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600)) to = to.appendChild(document.createElement('strong'));
    if (style['font-style'] === 'italic') to = to.appendChild(document.createElement('em'));
    if (/underline/.test(style['text-decoration'] || style['text-decoration-line'] || '')) to = to.appendChild(document.createElement('u'));
    return to;
  }

  function isBlank(el) {
    return !/[^\s\u00a0\u200b]/.test(el.textContent) && !el.querySelector('img');
  }

  function cleanChildren(from, to) {
    for (var node = from.firstChild; node; node = node.nextSibling) cleanNode(node, to);
  }

  function cleanNode(node, to) {
    if (node.nodeType === 3) {
      // Source line breaks (Word wraps its HTML at ~80 columns) are white space, not breaks;
      // no-break spaces are kept.
      to.appendChild(document.createTextNode(node.data.replace(/[ \t\r\n]+/g, ' ')));
      return;
    }
    if (node.nodeType !== 1) return; // comments (Word's conditional comments), processing instructions
    var name = node.localName.toLowerCase();
    if (DROP[name]) return;
    var style = styleOf(node);
    // Google Docs wraps a whole paste in <b style="font-weight:normal">; Word's
    // <b style="mso-bidi-font-weight:normal"> is real bold.
    if ((name === 'b' && /^(normal|lighter|[1-5]00)$/.test(style['font-weight'] || '')) || (name === 'i' && style['font-style'] === 'normal')) {
      cleanChildren(node, to);
      return;
    }
    if (name === 'p' && /\bMsoTitle\b/.test(node.getAttribute('class') || '')) name = 'h1';
    var tag = RENAME[name] || name;
    if (BLOCKISH[tag]) tag = node.querySelector(BLOCK_SELECTOR) ? null : 'p';
    if (!tag || !ALLOWED[tag]) {
      // Wrappers (span, font, o:p, w:sdt…) go; their text stays, with bold/italic/underline from CSS.
      cleanChildren(node, name === 'span' || name === 'font' ? wrapForStyle(style, to) : to);
      return;
    }
    var el = document.createElement(tag);
    copyAttributes(node, el, tag);
    if (tag === 'a' && !el.hasAttribute('href')) {
      cleanChildren(node, to);
      return;
    }
    if (tag === 'img' && !el.hasAttribute('src')) return; // Word's file:///C:/… images cannot be published
    cleanChildren(node, el);
    // Word's spacer paragraphs (<p><o:p>&nbsp;</o:p></p>) are dropped by the server; drop them here too.
    if (/^(p|h2|h3|h4)$/.test(tag) && isBlank(el)) return;
    to.appendChild(el);
  }

  /**
   * Squire's sanitizeToDOMFragment: parse in an inert <template> (no script runs, no image loads,
   * no handler fires), then rebuild only allowed nodes in the live document.
   */
  // Word's style attributes are renamed before parsing: parsing them, even in an inert template,
  // makes the browser report a CSP violation for each one. Their values are only read, never applied.
  var STYLE_ATTRIBUTE = /(<[a-z][^>]*?\s)style(\s*=)/gi;

  function rawStyle(el) {
    return el.getAttribute('data-cchc-style') || el.getAttribute('style') || '';
  }

  function toCleanFragment(html) {
    var template = document.createElement('template');
    template.innerHTML = String(html).replace(STYLE_ATTRIBUTE, '$1data-cchc-style$2');
    convertWordLists(template.content);
    var out = document.createDocumentFragment();
    cleanChildren(template.content, out);
    return out;
  }

  // ---------------------------------------------------------------------------
  // Toolbar.
  // ---------------------------------------------------------------------------

  // label: the visible text; name: the accessible name (starts with the label: WCAG 2.5.3).
  var BUTTONS = [
    { id: 'bold', label: 'Đậm', name: 'Đậm chữ', key: 'b', tag: 'B' },
    { id: 'italic', label: 'Nghiêng', name: 'Nghiêng chữ', key: 'i', tag: 'I' },
    { id: 'underline', label: 'Gạch chân', name: 'Gạch chân chữ', key: 'u', tag: 'U' },
    { id: 'h2', label: 'Tiêu đề', name: 'Tiêu đề mục', alt: '2', tag: 'H2', group: true },
    { id: 'h3', label: 'Tiêu đề nhỏ', name: 'Tiêu đề nhỏ (mục con)', alt: '3', tag: 'H3' },
    { id: 'ul', label: 'Danh sách', name: 'Danh sách gạch đầu dòng', shift: '8', tag: 'UL', group: true },
    { id: 'ol', label: 'Danh sách số', name: 'Danh sách số thứ tự', shift: '9', tag: 'OL' },
    { id: 'quote', label: 'Trích dẫn', name: 'Trích dẫn', key: ']', tag: 'BLOCKQUOTE' },
    { id: 'link', label: 'Liên kết', name: 'Liên kết: chèn hoặc sửa', key: 'k', tag: 'A', group: true },
    { id: 'clear', label: 'Bỏ định dạng', name: 'Bỏ định dạng' },
    { id: 'undo', label: 'Hoàn tác', name: 'Hoàn tác', key: 'z', group: true },
    { id: 'redo', label: 'Làm lại', name: 'Làm lại', key: 'y' },
  ];

  function shortcutOf(b) {
    if (b.key) return { aria: ctrlName + '+' + b.key.toUpperCase(), shown: ctrlShown + b.key.toUpperCase() };
    if (b.shift) return { aria: ctrlName + '+Shift+' + b.shift, shown: ctrlShown + 'Shift+' + b.shift };
    if (b.alt) return { aria: ctrlName + '+Alt+' + b.alt, shown: ctrlShown + 'Alt+' + b.alt };
    return null;
  }

  var counter = 0;

  function enhance(textarea) {
    if (textarea.hasAttribute('data-editor-ready') || textarea.disabled || textarea.readOnly) return;
    textarea.setAttribute('data-editor-ready', '');
    var id = textarea.id || (textarea.id = 'editor-source-' + ++counter);
    var label = document.querySelector('label[for="' + (window.CSS && CSS.escape ? CSS.escape(id) : id) + '"]');
    if (label && !label.id) label.id = id + '-label';

    var wrapper = document.createElement('div');
    wrapper.className = 'editor';

    var toolbar = document.createElement('div');
    toolbar.className = 'editor__toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', 'Định dạng văn bản');
    toolbar.setAttribute('aria-controls', id + '-editor');

    var area = document.createElement('div');
    area.className = 'editor__area';
    area.id = id + '-editor';
    area.setAttribute('role', 'textbox');
    area.setAttribute('aria-multiline', 'true');
    if (label) area.setAttribute('aria-labelledby', label.id);
    else area.setAttribute('aria-label', textarea.getAttribute('aria-label') || 'Nội dung');
    // Hints and error messages the page tied to the textarea now describe the editor.
    ['aria-describedby', 'aria-invalid'].forEach(function (name) {
      if (textarea.hasAttribute(name)) area.setAttribute(name, textarea.getAttribute(name));
    });
    // A hidden required control blocks submission with no visible message ("not focusable");
    // the server checks emptiness and re-renders with an error (422), so the requirement moves here.
    if (textarea.required) {
      textarea.required = false;
      area.setAttribute('aria-required', 'true');
    }

    var buttons = BUTTONS.map(function (b, i) {
      var el = document.createElement('button');
      el.type = 'button';
      el.className = 'editor__button editor__button--' + b.id + (b.group ? ' editor__button--group' : '');
      el.textContent = b.label;
      el.setAttribute('aria-label', b.name);
      el.tabIndex = i === 0 ? 0 : -1;
      var shortcut = shortcutOf(b);
      if (shortcut) {
        el.setAttribute('aria-keyshortcuts', shortcut.aria);
        el.title = b.name + ' (' + shortcut.shown + ')';
      } else {
        el.title = b.name;
      }
      if (b.tag) el.setAttribute('aria-pressed', 'false');
      if (b.id === 'undo' || b.id === 'redo') el.setAttribute('aria-disabled', 'true');
      el.setAttribute('data-command', b.id);
      toolbar.appendChild(el);
      return el;
    });

    wrapper.appendChild(toolbar);
    wrapper.appendChild(area);
    textarea.parentNode.insertBefore(wrapper, textarea.nextSibling);

    var editor = new Squire(area, {
      blockTag: 'P',
      sanitizeToDOMFragment: function (html) { return toCleanFragment(html); },
      didError: function (error) { if (window.console) console.error(error); },
    });
    editor.setHTML(textarea.value);
    textarea.hidden = true;

    // Ctrl+D would make <pre>/<code>, which articles do not allow.
    editor.setKeyHandler(ctrl + 'd', null);
    editor.setKeyHandler(ctrl + 'k', function (self, event) { event.preventDefault(); run('link'); });
    editor.setKeyHandler('Alt-' + ctrl + '2', function (self, event) { event.preventDefault(); run('h2'); });
    editor.setKeyHandler('Alt-' + ctrl + '3', function (self, event) { event.preventDefault(); run('h3'); });

    // --- State of the buttons -------------------------------------------------

    function activeTest() {
      var path = editor.getPath();
      if (path === '(selection)') return function (tag) { return editor.hasFormat(tag); };
      var names = path.split('>').map(function (part) { return part.replace(/[.#[].*$/, ''); });
      return function (tag) {
        if (tag === 'B') return names.indexOf('B') !== -1 || names.indexOf('STRONG') !== -1;
        if (tag === 'I') return names.indexOf('I') !== -1 || names.indexOf('EM') !== -1;
        return names.indexOf(tag) !== -1;
      };
    }

    function inTable() {
      var node = editor.getSelection().commonAncestorContainer;
      for (; node && node !== area; node = node.parentNode) if (node.nodeName === 'TABLE') return true;
      return false;
    }

    function updatePressed() {
      var isActive = activeTest();
      var table = inTable();
      BUTTONS.forEach(function (b, i) {
        if (b.tag) buttons[i].setAttribute('aria-pressed', String(isActive(b.tag)));
        // Squire reshapes blocks by extracting them; inside a table cell that would tear the table.
        if (b.id === 'h2' || b.id === 'h3' || b.id === 'ul' || b.id === 'ol' || b.id === 'quote') {
          buttons[i].setAttribute('aria-disabled', String(table));
        }
      });
    }
    ['pathChange', 'select', 'cursor', 'input'].forEach(function (type) { editor.addEventListener(type, updatePressed); });
    function button(command) {
      return buttons[BUTTONS.findIndex(function (b) { return b.id === command; })];
    }
    editor.addEventListener('undoStateChange', function (event) {
      button('undo').setAttribute('aria-disabled', String(!event.detail.canUndo));
      button('redo').setAttribute('aria-disabled', String(!event.detail.canRedo));
    });

    // --- Commands -------------------------------------------------------------

    function blockAround(node) {
      for (; node && node !== area; node = node.parentNode) {
        if (node.nodeType === 1 && /^(P|DIV|H[1-6]|LI|BLOCKQUOTE|TD|TH|CAPTION|FIGCAPTION)$/.test(node.nodeName)) return node;
      }
      return null;
    }

    function toggleHeading(tag) {
      var on = activeTest()(tag);
      editor.modifyBlocks(function (frag) {
        Array.prototype.forEach.call(frag.querySelectorAll('p, div, h1, h2, h3, h4, h5, h6'), function (block) {
          if (block.querySelector(BLOCK_SELECTOR)) return; // only blocks that hold text directly
          var el = document.createElement(on ? 'p' : tag);
          while (block.firstChild) el.appendChild(block.firstChild);
          block.parentNode.replaceChild(el, block);
        });
        return frag;
      });
      editor.focus();
    }

    function editLink() {
      var range = editor.getSelection();
      var anchor = range.startContainer;
      while (anchor && anchor !== area && anchor.nodeName !== 'A') anchor = anchor.parentNode;
      if (anchor === area) anchor = null;
      var current = anchor ? anchor.getAttribute('href') : '';
      var answer = window.prompt('Địa chỉ liên kết (https://…, mailto:… hoặc đường dẫn bắt đầu bằng /). Để trống để bỏ liên kết.', current || 'https://');
      if (answer === null) return editor.focus();
      var url = answer.trim();
      if (url === '' || url === 'https://') {
        if (anchor) {
          range.selectNode(anchor);
          editor.setSelection(range);
        }
        editor.removeLink();
        return;
      }
      if (/^www\./i.test(url)) url = 'https://' + url;
      else if (/^[^\s@/:]+@[^\s@/]+\.[a-z]{2,}$/i.test(url)) url = 'mailto:' + url;
      if (safeHref(url) === null) {
        window.alert('Liên kết không hợp lệ. Chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc /.');
        return editor.focus();
      }
      if (anchor && range.collapsed) {
        // Editing the link under the cursor: apply to the whole link, not insert the URL as text.
        range.selectNodeContents(anchor);
        editor.setSelection(range);
      }
      editor.makeLink(url, { rel: 'noopener noreferrer' });
    }

    function clearFormatting() {
      var range = editor.getSelection();
      if (range.collapsed) {
        var block = blockAround(range.startContainer);
        if (!block) return editor.focus();
        range = document.createRange();
        if (/^(TD|TH|CAPTION|FIGCAPTION|LI)$/.test(block.nodeName)) range.selectNodeContents(block);
        else range.selectNode(block); // the whole block, so a heading becomes a paragraph again
      }
      editor.removeAllFormatting(range);
    }

    function run(command) {
      if (button(command).getAttribute('aria-disabled') === 'true') return;
      var isActive = activeTest();
      switch (command) {
        case 'bold': return isActive('B') ? editor.removeBold() : editor.bold();
        case 'italic': return isActive('I') ? editor.removeItalic() : editor.italic();
        case 'underline': return isActive('U') ? editor.removeUnderline() : editor.underline();
        case 'h2': return toggleHeading('H2');
        case 'h3': return toggleHeading('H3');
        case 'ul': return isActive('UL') ? editor.removeList() : editor.makeUnorderedList();
        case 'ol': return isActive('OL') ? editor.removeList() : editor.makeOrderedList();
        case 'quote': return isActive('BLOCKQUOTE') ? editor.decreaseQuoteLevel() : editor.increaseQuoteLevel();
        case 'link': return editLink();
        case 'clear': return clearFormatting();
        case 'undo': return editor.undo();
        case 'redo': return editor.redo();
      }
    }

    // Mouse: keep the caret and selection in the editing area while a button is pressed.
    toolbar.addEventListener('mousedown', function (event) {
      if (event.target.closest('button')) event.preventDefault();
    });
    toolbar.addEventListener('click', function (event) {
      var target = event.target.closest('button');
      if (!target) return;
      run(target.getAttribute('data-command'));
      updatePressed();
    });

    // Keyboard: one tab stop for the whole toolbar; arrows, Home and End move between buttons.
    function moveTo(target) {
      buttons.forEach(function (b) { b.tabIndex = b === target ? 0 : -1; });
      target.focus();
    }
    toolbar.addEventListener('focusin', function (event) {
      if (buttons.indexOf(event.target) !== -1) moveTo(event.target);
    });
    toolbar.addEventListener('keydown', function (event) {
      var i = buttons.indexOf(document.activeElement);
      if (i === -1) return;
      var next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      moveTo(buttons[(next + buttons.length) % buttons.length]);
    });

    // --- Keeping the textarea in step ---------------------------------------------

    function serialize() {
      if (!/[^\s\u00a0\u200b]/.test(area.textContent) && !area.querySelector('img')) return '';
      var html = editor.getHTML();
      if (html.indexOf('<img') === -1) return html;
      // Squire's image resizing writes style="width:…px", which the server drops; keep it as width.
      var template = document.createElement('template');
      template.innerHTML = html;
      Array.prototype.forEach.call(template.content.querySelectorAll('img[style]'), function (img) {
        // Read the attribute: under the CSP the inert copy's style attribute is never applied.
        var width = parseInt(styleOf(img).width, 10);
        if (width > 0) {
          img.setAttribute('width', String(width));
          img.removeAttribute('height');
        }
        img.removeAttribute('style');
      });
      return template.innerHTML;
    }

    function sync() {
      var html = serialize();
      if (textarea.value === html) return;
      textarea.value = html;
      // Behave like the textarea it replaces for code watching the form (unsaved-changes warnings).
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
    editor.addEventListener('input', sync);
    editor.addEventListener('blur', sync);
    var form = textarea.form;
    if (form) {
      // Capture on the document runs before any submit handler of the form itself (htmx included).
      document.addEventListener('submit', function (event) { if (event.target === form) sync(); }, true);
      form.addEventListener('formdata', function (event) {
        sync();
        if (textarea.name && !textarea.disabled) event.formData.set(textarea.name, textarea.value);
      });
      form.addEventListener('reset', function () {
        setTimeout(function () { editor.setHTML(textarea.value); updatePressed(); }, 0);
      });
    }

    // The label, and the error summary's link to #id, lead to the editing area.
    if (label) {
      label.addEventListener('click', function (event) {
        event.preventDefault();
        editor.focus();
      });
    }
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[href="#' + id + '"]');
      if (!link) return;
      event.preventDefault();
      wrapper.scrollIntoView({ block: 'center' });
      editor.focus();
    });

    updatePressed();
    return editor;
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('textarea[data-editor]'), enhance);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
