/*
 * ES5 on purpose: this file must run where the task pane's bundle cannot even be parsed.
 * Office 2016/2019 volume-licensed (Trident, Internet Explorer 11) and Office 2019 retail on older
 * Windows 10 (EdgeHTML) show add-ins in webviews that do not understand ES2020: without this the
 * pane stays blank (docs/addin.md lists which Excel uses which webview). It is a file, not an inline
 * script, because the page's Content-Security-Policy allows scripts from 'self' only.
 */
/* global window, document */
(function () {
  var ua = (window.navigator && window.navigator.userAgent) || '';
  // Trident: "Trident/7.0" (IE11) or "MSIE"; EdgeHTML: "Edge/18.x" (Chromium Edge says "Edg/").
  var legacy = /Trident\/|MSIE /.test(ua) ? 'Internet Explorer' : /Edge\/\d/.test(ua) ? '旧版 Edge (EdgeHTML)' : '';

  function show(engine) {
    var root = document.getElementById('root');
    if (!root || root.getAttribute('data-unsupported')) return;
    root.setAttribute('data-unsupported', 'true');
    var page = String(window.location.href).split('?')[0].split('#')[0];
    root.innerHTML = '';
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.style.padding = '16px';
    box.style.lineHeight = '1.6';
    var lines = [
      '研修考核助手无法在这个版本的 Excel 中运行。',
      '原因：这个 Excel 用' + engine + '内核显示加载项，它不支持本加载项使用的网页技术。',
      '解决办法（任选其一）：',
      '1. 升级到 Microsoft 365 或 Office 2021 及以上版本（使用 Microsoft Edge WebView2），再打开本加载项；',
      '2. 用 Chrome 或新版 Edge 浏览器打开网页版：' + page + '，选择工作簿文件即可评分，结果可下载；',
      '3. 在电脑上用命令行：npm run cli -- score 工作簿.xlsx -o 结果.xlsx。'
    ];
    for (var i = 0; i < lines.length; i++) {
      var p = document.createElement('p');
      p.style.margin = '0 0 8px 0';
      p.appendChild(document.createTextNode(lines[i]));
      box.appendChild(p);
    }
    root.appendChild(box);
  }

  if (legacy) {
    show(legacy);
    return;
  }
  // Any other browser too old for the bundle (e.g. Safari before 14): the bundle fails to parse
  // with a SyntaxError; say so instead of a blank pane.
  var previous = window.onerror;
  window.onerror = function (message, source) {
    if (/SyntaxError|Unexpected|Invalid regular expression/i.test(String(message)) && /taskpane\.js/.test(String(source))) {
      show('较旧的浏览器');
    }
    return previous ? previous.apply(this, arguments) : false;
  };
})();
