(function () {
  'use strict';

  function copyLink(button) {
    var url = button.getAttribute('data-url');
    var status = document.querySelector('.copy-status');
    var done = function () { if (status) { status.textContent = 'คัดลอกลิงก์แล้ว'; } };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(done, function () { window.prompt('คัดลอกลิงก์นี้', url); });
    } else {
      window.prompt('คัดลอกลิงก์นี้', url);
    }
  }

  function shareBar() {
    document.querySelectorAll('.copy-link').forEach(function (button) {
      button.addEventListener('click', function () { copyLink(button); });
    });
    if (!navigator.share) { return; }
    document.querySelectorAll('.native-share').forEach(function (button) {
      button.closest('.native-share-item').hidden = false;
      button.addEventListener('click', function () {
        navigator.share({ title: button.getAttribute('data-title'), url: button.getAttribute('data-url') })
          .catch(function () { /* the reader closed the share sheet */ });
      });
    });
  }

  function liveBanner() {
    var streamUrl = document.body.getAttribute('data-alerts-url');
    var banner = document.getElementById('live-banner');
    if (!streamUrl || !banner || !window.EventSource) { return; }
    var source = new EventSource(streamUrl);
    source.addEventListener('article.published', function (event) {
      var story = {};
      try { story = JSON.parse(event.data); } catch (e) { /* still worth telling the reader */ }
      document.getElementById('live-banner-title').textContent = story.title ? '“' + story.title + '”' : '';
      banner.hidden = false;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    shareBar();
    liveBanner();
  });
})();
